import type { EnvVariable, FormattedEnvironment } from "./env-variable";
import { formatEachOnce, hasLoneSurrogate } from "./env-variable";
import { fail, ok, type Result } from "./result";

/**
 * `export NAME='value'` lines to paste into bash or zsh. Everything is single-quoted: inside single quotes neither
 * shell expands anything (`$`, backticks, `!` history, globs), and the only character that needs care is the quote
 * itself, written as `'\''` (close, escaped quote, reopen). No value can end the quoting early, so none can inject a
 * command. Shell strings cannot hold NUL, so such values are rejected.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Read-only in bash (assigning fails) or rewritten by the shell on every read: exporting them cannot work. */
const SPECIAL = new Set([
  "BASHOPTS",
  "BASH_VERSINFO",
  "EUID",
  "PPID",
  "SHELLOPTS",
  "UID",
  "RANDOM",
  "SRANDOM",
  "SECONDS",
  "LINENO",
  "BASHPID",
  "EPOCHSECONDS",
  "EPOCHREALTIME",
]);

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

export function shellNameProblem(name: string): string | undefined {
  if (!IDENTIFIER.test(name))
    return "Not a shell variable name: use letters, digits and underscores, not starting with a digit.";
  if (SPECIAL.has(name)) return `${name} is managed by the shell and cannot be exported.`;
  return undefined;
}

export function formatShellExport(name: string, value: string): Result<string> {
  const problem = shellNameProblem(name);
  if (problem) return fail(problem);
  if (value.includes("\0")) return fail(`The value of ${name} holds a NUL character, which shells cannot store.`);
  if (hasLoneSurrogate(value)) return fail(`The value of ${name} is not valid text and cannot be pasted unchanged.`);
  return ok(`export ${name}=${shellQuote(value)}`);
}

/** One `export` line per variable; a repeated name is rejected rather than silently overriding the first. */
export function formatShellExports(variables: readonly EnvVariable[]): FormattedEnvironment {
  const { lines, rejected } = formatEachOnce(variables, formatShellExport);
  return { text: lines.length ? lines.join("\n") + "\n" : "", rejected };
}
