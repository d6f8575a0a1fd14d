import type { EnvVariable, FormattedEnvironment, RejectedVariable } from "./env-variable";

/**
 * An Environment as a JSON object, keys in the order given. Written by hand rather than through an object, because
 * objects put integer-like keys ("10") first and give "__proto__" a meaning of its own.
 */
export function formatJsonEnv(variables: readonly EnvVariable[], indent = 2): FormattedEnvironment {
  const entries: string[] = [];
  const rejected: RejectedVariable[] = [];
  const seen = new Set<string>();
  const pad = " ".repeat(indent);
  for (const { name, value } of variables) {
    if (seen.has(name)) {
      rejected.push({ name, reason: `${name} appears more than once; the first one is kept.` });
      continue;
    }
    seen.add(name);
    entries.push(`${pad}${JSON.stringify(name)}:${indent > 0 ? " " : ""}${JSON.stringify(value)}`);
  }
  const separator = indent > 0 ? ",\n" : ",";
  const text =
    entries.length === 0 ? "{}" : indent > 0 ? `{\n${entries.join(separator)}\n}` : `{${entries.join(separator)}}`;
  return { text, rejected };
}
