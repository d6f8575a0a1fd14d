import type { EnvVariable, FormattedEnvironment } from "./env-variable";
import { formatEachOnce, hasLoneSurrogate } from "./env-variable";
import { fail, ok, type Result } from "./result";

/**
 * `.env` text that three readers read back to exactly the values given: dotenv 17 (Node), dotenv-expand 12 on top of
 * it (Next.js, Vite), and python-dotenv (Django, FastAPI and most Python tools; 0.21 to 1.x). Other readers (docker
 * compose, shells) have rules of their own and are not promised. How each reads a value decides the writing:
 *
 * - dotenv turns every `\r\n` and lone `\r` in the file into `\n` first, so a raw carriage return cannot survive.
 *   A quoted value runs to the next quote of its kind (no escape for that quote; a backslash right before the closing
 *   quote lets the match run on into later lines). In `"…"` only, `\n` and `\r` become a newline and a carriage
 *   return; every other backslash stays. Unquoted, a value stops at `#` or the end of the line and is trimmed.
 * - python-dotenv reads `\\` and `\'` inside `'…'` as one character, and inside `"…"` also `\"`, `\a`, `\b`, `\f`,
 *   `\n`, `\r`, `\t` and `\v`; backticks are no quotes to it. Unquoted, it cuts at whitespace followed by `#` and
 *   strips Python's whitespace (which counts \x1c to \x1f and \x85, where JavaScript counts \ufeff).
 *
 * So a value is written bare when it is a plain token, else in single quotes, else in double quotes (newline and
 * carriage return written `\n` and `\r`), else bare as a last resort, each only where both readers agree on it. A value
 * none of these carries (say, both quotes and a newline) is refused and named: no writing both readers agree on exists.
 *
 * dotenv itself never expands `$`. dotenv-expand runs on dotenv's parsed values, after the quotes are gone, so quoting
 * cannot protect a value from it: it replaces `$NAME`, `${NAME}` and `${NAME:-default}` (unset names become empty) and
 * turns every `\$` into `$`. python-dotenv replaces `${NAME}` and `${NAME:-default}`, quoted or not. A value holding
 * any of these is refused and named.
 */

/** What dotenv's key pattern `[\w.-]+` accepts; shells are stricter (see shell.ts). */
const DOTENV_NAME = /^[A-Za-z0-9_.-]+$/;
/** Written bare: nothing dotenv trims, cuts or unquotes, and no `$` for dotenv-expand to expand. */
const PLAIN = /^[A-Za-z0-9_\-.,:/@+=%~^?&*!]+$/;

/** Whitespace to JavaScript's trim or to Python's str.strip, at either end of a value. */
// eslint-disable-next-line no-control-regex -- Python counts these control characters as whitespace
const EDGE_SPACE = /^[\s\x1c-\x1f\x85]|[\s\x1c-\x1f\x85]$/;

function singleQuoted(value: string): string | undefined {
  if (/['\r]/.test(value) || value.endsWith("\\") || value.includes("\\\\")) return undefined;
  return `'${value}'`;
}

function doubleQuoted(value: string): string | undefined {
  if (value.includes('"') || value.endsWith("\\") || /\\[\\'"abfnrtv\r]/.test(value)) return undefined;
  // A backslash right before a line break: written as \n, python-dotenv would read an escaped backslash and an "n".
  // Both readers take a raw line break inside double quotes, so the break is written as it is.
  if (/\\\n/.test(value)) return value.includes("\r") ? undefined : `"${value}"`;
  return `"${value.replace(/\n/g, "\\n").replace(/\r/g, "\\r")}"`;
}

/**
 * A bare value opening with a backtick: python-dotenv takes backticks as text, but dotenv reads a backtick-quoted value
 * up to the next backtick, across lines, whenever only spaces or a comment follow that backtick on its line. So the
 * value must hold a next backtick with more of the value after it (a backtick last would also be unquoted by dotenv).
 */
function backtickSafe(value: string): boolean {
  const next = value.indexOf("`", 1);
  return next > 0 && next < value.length - 1 && !value.endsWith("`");
}

/**
 * dotenv's own unquoting of a parsed value. Its `m` flag makes `^` and `$` match at U+2028 and U+2029 too, so a
 * bare value with a quoted run right after one of them loses those quotes: a bare value must come through it as it
 * went in.
 */
const DOTENV_UNQUOTE = /^(['"`])([\s\S]*)\1$/gm;

function bare(value: string): string | undefined {
  if (value === "" || EDGE_SPACE.test(value) || /[#\r\n]/.test(value) || /^['"]/.test(value)) return undefined;
  if (value.startsWith("`") && !backtickSafe(value)) return undefined;
  if (value.replace(DOTENV_UNQUOTE, "$2") !== value) return undefined;
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
/** What python-dotenv would replace (dotenv/variables.py), quoted or not. */
const PYTHON_EXPANDED = /\$\{[^}:]*(?::-[^}]*)?\}/;

/** Whether dotenv-expand or python-dotenv would read this value differently from dotenv. */
export function expandsUnderDotenvExpand(value: string): boolean {
  return EXPANDED.test(value) || PYTHON_EXPANDED.test(value);
}

/** The value as dotenv will read it back, quoted as needed; undefined if no quoting carries it faithfully. */
export function quoteDotenvValue(value: string): string | undefined {
  if (hasLoneSurrogate(value)) return undefined;
  if (PLAIN.test(value)) return value;
  if (value === "") return "''";
  return singleQuoted(value) ?? doubleQuoted(value) ?? bare(value);
}

/** One `NAME=value` line (without a line break). */
export function formatEnvLine(name: string, value: string): Result<string> {
  const problem = dotenvNameProblem(name);
  if (problem) return fail(problem);
  if (expandsUnderDotenvExpand(value))
    return fail(
      `The value of ${name} holds a $ that dotenv-expand (Next.js, Vite) or python-dotenv would replace; copy the value on its own instead.`,
    );
  const quoted = quoteDotenvValue(value);
  if (quoted === undefined)
    return fail(
      `The value of ${name} cannot be written so that dotenv and python-dotenv both read it unchanged; copy the value on its own instead.`,
    );
  return ok(`${name}=${quoted}`);
}

/** A whole Environment as a `.env` file; later variables with a name already written are rejected, not merged. */
export function formatDotenv(variables: readonly EnvVariable[]): FormattedEnvironment {
  const { lines, rejected } = formatEachOnce(variables, formatEnvLine);
  return { text: lines.length ? lines.join("\n") + "\n" : "", rejected };
}
