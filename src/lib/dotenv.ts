import type { EnvVariable, FormattedEnvironment } from "./env-variable";
import { formatEachOnce, hasLoneSurrogate } from "./env-variable";
import { fail, ok, type Result } from "./result";

/**
 * `.env` text that dotenv 17's parser reads back to exactly the values given. How that parser reads a value
 * (node_modules/dotenv/lib/main.js) decides the quoting:
 *
 * - Before anything, every `\r\n` and lone `\r` in the file becomes `\n`: a raw carriage return cannot survive.
 * - A value in `'…'`, `"…"` or `` `…` `` runs to the next quote of its kind; there is no escape for that quote
 *   (`\'` keeps its backslash), and a backslash right before the closing quote lets the match run on into later
 *   lines. So the value must not contain its quote nor end with a backslash. Newlines inside are kept.
 * - In `"…"` only, the two-character sequences `\n` and `\r` become a newline and a carriage return. That is the only
 *   way to write a carriage return, and it means a value holding a literal backslash-n cannot be double-quoted.
 * - Unquoted, a value stops at `#` or the end of the line and is trimmed of whitespace (Unicode's, as String#trim).
 *
 * Order of preference: unquoted for plain tokens (what people write by hand), then single quotes, double quotes,
 * backticks, and unquoted as a last resort. A value none of these can carry (say, all three quotes and a newline) is
 * rejected instead of being written wrong.
 *
 * dotenv itself never expands `$`. dotenv-expand (Next.js and Vite load `.env` files through it) runs on dotenv's
 * parsed values, after the quotes are gone, so quoting cannot protect a value from it: it replaces `$NAME`, `${NAME}`
 * and `${NAME:-default}` (unset names become empty) and turns every `\$` into `$`. A `\$` written to survive it would
 * reach plain dotenv with its backslash, so no text reads back the same under both: such a value is refused and named.
 */

/** What dotenv's key pattern `[\w.-]+` accepts; shells are stricter (see shell.ts). */
const DOTENV_NAME = /^[A-Za-z0-9_.-]+$/;
/** Written bare: nothing dotenv trims, cuts or unquotes, and no `$` for dotenv-expand to expand. */
const PLAIN = /^[A-Za-z0-9_\-.,:/@+=%~^?&*!]+$/;

function singleQuoted(value: string): string | undefined {
  if (value.includes("'") || value.includes("\r") || value.endsWith("\\")) return undefined;
  return `'${value}'`;
}

function doubleQuoted(value: string): string | undefined {
  if (value.includes('"') || value.endsWith("\\") || /\\[nr]/.test(value)) return undefined;
  return `"${value.replace(/\n/g, "\\n").replace(/\r/g, "\\r")}"`;
}

function backtickQuoted(value: string): string | undefined {
  if (value.includes("`") || value.includes("\r") || value.endsWith("\\")) return undefined;
  return `\`${value}\``;
}

function bare(value: string): string | undefined {
  if (value === "" || value.trim() !== value || /[#\r\n]/.test(value) || /^['"`]/.test(value)) return undefined;
  return value;
}

/** Why a name cannot be written, or undefined when it can. */
export function dotenvNameProblem(name: string): string | undefined {
  if (!DOTENV_NAME.test(name)) return "Not a valid .env name: use letters, digits and underscores.";
  // dotenv stores keys on a plain object, where this one sets the prototype instead.
  if (name === "__proto__") return "A .env file cannot hold a variable named __proto__.";
  return undefined;
}

/** What dotenv-expand 12 would change in a parsed value (node_modules/dotenv-expand/lib/main.js). */
const EXPANDED = /\\\$|\$(?:\{[^{}]+\}|[A-Za-z_])/;

/** Whether dotenv-expand would read this value differently from dotenv. */
export function expandsUnderDotenvExpand(value: string): boolean {
  return EXPANDED.test(value);
}

/** The value as dotenv will read it back, quoted as needed; undefined if no quoting carries it faithfully. */
export function quoteDotenvValue(value: string): string | undefined {
  if (hasLoneSurrogate(value)) return undefined;
  if (PLAIN.test(value)) return value;
  if (value === "") return "''";
  return singleQuoted(value) ?? doubleQuoted(value) ?? backtickQuoted(value) ?? bare(value);
}

/** One `NAME=value` line (without a line break). */
export function formatEnvLine(name: string, value: string): Result<string> {
  const problem = dotenvNameProblem(name);
  if (problem) return fail(problem);
  if (expandsUnderDotenvExpand(value))
    return fail(
      `The value of ${name} holds a $ that dotenv-expand (Next.js, Vite) would replace; copy the value on its own instead.`,
    );
  const quoted = quoteDotenvValue(value);
  if (quoted === undefined) return fail(`The value of ${name} cannot be written to a .env file unchanged.`);
  return ok(`${name}=${quoted}`);
}

/** A whole Environment as a `.env` file; later variables with a name already written are rejected, not merged. */
export function formatDotenv(variables: readonly EnvVariable[]): FormattedEnvironment {
  const { lines, rejected } = formatEachOnce(variables, formatEnvLine);
  return { text: lines.length ? lines.join("\n") + "\n" : "", rejected };
}
