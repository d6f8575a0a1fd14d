import type { EnvVariable, FormattedEnvironment } from "./env-variable";
import { formatEachOnce, hasLoneSurrogate } from "./env-variable";
import { fail, ok, type Result } from "./result";
import { listShells, SHELL_MANAGED_NAMES } from "./shell-managed-names";

/**
 * `export NAME='value'` lines to paste into bash, zsh or dash. Everything is single-quoted: inside single quotes no
 * shell expands anything (`$`, backticks, `!` history, globs), and the only character that needs care is the quote
 * itself, written as `'\''` (close, escaped quote, reopen). No value can end the quoting early.
 *
 * Quoting does not protect a paste into a terminal, though: the terminal and the line editor act on control characters
 * before any shell parses the text (^C abandons the line so far and a newline then runs what follows; a tab completes;
 * ESC starts a key sequence). So the output holds no C0 or C1 control character and no DEL, the line break aside, which
 * inside single quotes only continues the string. `$'\x03'` would carry them in bash and zsh, but dash (Debian's
 * /bin/sh) reads it as a literal `$` and quoted text, so a value holding one is refused and named instead.
 *
 * A name one of these shells keeps for itself (zsh's USERNAME, bash's GROUPS: see shell-managed-names.ts) would not hold
 * the value in that shell, so it is left out and the shells are named.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Names whose value a shell, or the programs it starts, later runs or acts on: prompts that substitute commands
 * (bash's PROMPT_COMMAND and PS0–PS4, zsh's PROMPT family with PROMPT_SUBST), TMOUT (closes the shell), start-up
 * files (BASH_ENV, ENV, ZDOTDIR) and libraries loaded into every program started afterwards. Their value would be
 * set exactly, but pasting the lines must run nothing, then or later: they are left out and named.
 */
export const SHELL_ACTED_ON_NAMES: ReadonlySet<string> = new Set(
  `PROMPT_COMMAND PS0 PS1 PS2 PS3 PS4 PROMPT PROMPT2 PROMPT3 PROMPT4 RPROMPT RPROMPT2 RPS1 RPS2 SPROMPT TMOUT BASH_ENV
   ENV ZDOTDIR LD_PRELOAD LD_AUDIT LD_LIBRARY_PATH DYLD_INSERT_LIBRARIES DYLD_LIBRARY_PATH`.split(/\s+/),
);

/** C0 controls but the line break, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

export function shellNameProblem(name: string): string | undefined {
  if (!IDENTIFIER.test(name))
    return "Not a shell variable name: use letters, digits and underscores, not starting with a digit.";
  if (SHELL_ACTED_ON_NAMES.has(name))
    return `A shell or the programs it starts would later run or act on a value exported as ${name}.`;
  const shells = SHELL_MANAGED_NAMES.get(name);
  if (shells) {
    const verbs = shells.length > 1 ? "ignore or change" : "ignores or changes";
    return `${listShells(shells)} ${verbs} a value exported as ${name}.`;
  }
  return undefined;
}

export function formatShellExport(name: string, value: string): Result<string> {
  const problem = shellNameProblem(name);
  if (problem) return fail(problem);
  if (value.includes("\0")) return fail(`The value of ${name} holds a NUL character, which shells cannot store.`);
  if (CONTROL.test(value))
    return fail(
      `The value of ${name} holds a control character (such as a tab or escape) that a terminal would act on when pasted; copy it as .env or JSON instead.`,
    );
  if (hasLoneSurrogate(value)) return fail(`The value of ${name} is not valid text and cannot be pasted unchanged.`);
  return ok(`export ${name}=${shellQuote(value)}`);
}

/** One `export` line per variable; a repeated name is rejected rather than silently overriding the first. */
export function formatShellExports(variables: readonly EnvVariable[]): FormattedEnvironment {
  const { lines, rejected } = formatEachOnce(variables, formatShellExport);
  return { text: lines.length ? lines.join("\n") + "\n" : "", rejected };
}
