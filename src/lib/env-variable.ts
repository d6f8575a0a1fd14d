import type { Result } from "./result";
/** A variable with its value, as an Environment hands it over. Lives in memory only while an action needs it. */
export interface EnvVariable {
  name: string;
  value: string;
}

/** A variable a formatter left out, and why. The reason never quotes the value. */
export interface RejectedVariable {
  name: string;
  reason: string;
}

/** A formatted Environment: the text to copy, and what could not be written into it faithfully. */
export interface FormattedEnvironment {
  text: string;
  rejected: RejectedVariable[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A broken UTF-16 string cannot be written to a UTF-8 file or clipboard unchanged. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * Formats each variable with `formatOne`, in order, once per name: a repeated name is rejected (the first one is kept)
 * rather than silently overriding it, and a variable the format cannot carry is rejected with its reason.
 */
export function formatEachOnce(
  variables: readonly EnvVariable[],
  formatOne: (name: string, value: string) => Result<string>,
): { lines: string[]; rejected: RejectedVariable[] } {
  const lines: string[] = [];
  const rejected: RejectedVariable[] = [];
  const seen = new Set<string>();
  for (const { name, value } of variables) {
    if (seen.has(name)) {
      rejected.push({ name, reason: `${name} appears more than once; the first one is kept.` });
      continue;
    }
    const line = formatOne(name, value);
    if (!line.ok) {
      rejected.push({ name, reason: line.error });
      continue;
    }
    seen.add(name);
    lines.push(line.value);
  }
  return { lines, rejected };
}
