import type { EnvVariable, FormattedEnvironment } from "./env-variable";
import { formatEachOnce } from "./env-variable";
import { ok } from "./result";

/**
 * An Environment as a JSON object, keys in the order given. Written by hand rather than through an object, because
 * objects put integer-like keys ("10") first and give "__proto__" a meaning of its own.
 */
export function formatJsonEnv(variables: readonly EnvVariable[], indent = 2): FormattedEnvironment {
  const pad = " ".repeat(indent);
  const { lines: entries, rejected } = formatEachOnce(variables, (name, value) =>
    ok(`${pad}${JSON.stringify(name)}:${indent > 0 ? " " : ""}${JSON.stringify(value)}`),
  );
  const separator = indent > 0 ? ",\n" : ",";
  const text =
    entries.length === 0 ? "{}" : indent > 0 ? `{\n${entries.join(separator)}\n}` : `{${entries.join(separator)}}`;
  return { text, rejected };
}
