import { shellQuote } from "../../src/lib/shell";
import { SHELL_MANAGED_NAMES } from "../../src/lib/shell-managed-names";
import {
  installedShells,
  missingShells,
  readBack,
  readBackAtTerminal,
  runShell,
  terminalAvailable,
  type Shell,
} from "../../test-world/support/real-shells";

/**
 * The table of names a shell will not keep (src/lib/shell-managed-names.ts) is measured, not remembered: every name in
 * it must fail in each shell it lists, and every other name the shells know of must round-trip in all of them. When
 * this test fails it prints the corrections to make to the table.
 */

if (!terminalAvailable)
  process.stderr.write("shell-managed-names.test: no `script` here; terminal checks are skipped\n");
if (missingShells.length > 0) {
  process.stderr.write(
    `shell-managed-names.test: ${missingShells.join(", ")} not installed; their checks are skipped\n`,
  );
}

/** Values that trip the different ways a shell keeps a name of its own: integers, arrays tied to `:` lists, and so on. */
const PROBE_VALUES = [
  "value",
  "s3cr3t value with spaces",
  "42",
  "-7",
  "0",
  "",
  "a:b:a",
  " padded ",
  "x\ny",
  "é😀",
  "$HOME`id`",
];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names people export that shells treat with care, in case a shell does not list them itself. */
const WELL_KNOWN = `PATH HOME PWD OLDPWD IFS PS1 PS2 PS3 PS4 PS0 PROMPT RPROMPT RPS1 ENV BASH_ENV CDPATH MAIL MAILPATH
  TERM SHELL USER LOGNAME LANG LC_ALL LC_CTYPE TMPDIR HISTFILE HISTFILESIZE HISTCONTROL HISTIGNORE PROMPT_COMMAND TMOUT
  FPATH MANPATH ZDOTDIR NULLCMD READNULLCMD WORDCHARS COLUMNS LINES BASH_COMPAT BASH_XTRACEFD POSIXLY_CORRECT
  CHILD_MAX FIGNORE GLOBIGNORE HOSTFILE INPUTRC OPTERR TIMEFORMAT auto_resume histchars EDITOR VISUAL PAGER USERNAME
  GID EGID UID EUID SHLVL HISTSIZE status path argv RANDOM SECONDS LINENO PPID GROUPS FUNCNAME OPTIND _ BASHPID
  EPOCHSECONDS EPOCHREALTIME SRANDOM`.split(/\s+/);

function lines(shell: Shell, script: string): string[] {
  return runShell(shell, script).stdout.split("\n");
}

/** Every name the installed shells say they know, plus the well-known ones, each a valid environment name. */
function candidateNames(): string[] {
  const names = new Set<string>([...WELL_KNOWN, ...SHELL_MANAGED_NAMES.keys()]);
  const add = (found: string[]) => found.filter((name) => NAME.test(name)).forEach((name) => names.add(name));
  if (installedShells.includes("zsh")) add(lines("zsh", "print -l ${(k)parameters}"));
  if (installedShells.includes("bash")) add(lines("bash", "compgen -v"));
  if (installedShells.includes("dash")) add(lines("dash", "set").map((line) => line.split("=")[0] ?? ""));
  return [...names].sort();
}

function exportLine(name: string, value: string): string {
  return `export ${name}=${shellQuote(value)}`;
}

/** The first probe value this shell does not read back exactly after `export NAME='value'`, in a fresh shell. */
function failingValue(shell: Shell, name: string): string | undefined {
  return PROBE_VALUES.find((value) => readBack(shell, exportLine(name, value), [name])[0] !== value);
}

/** As failingValue, in a shell at a terminal: bash re-reads the window size there (COLUMNS, LINES). */
function failingValueAtTerminal(shell: Shell, name: string): string | undefined {
  if (!terminalAvailable) return undefined;
  return PROBE_VALUES.find((value) => readBackAtTerminal(shell, exportLine(name, value), name) !== value);
}

describe("names a shell will not keep (SHELL_MANAGED_NAMES)", () => {
  const candidates = candidateNames();

  it("draws on a long list of names the shells know", () => {
    // zsh alone lists well over a hundred parameters; a short list means the shells were not asked.
    if (installedShells.length === 3) expect(candidates.length).toBeGreaterThan(150);
  });

  it("holds only names that really fail, in each shell it lists", () => {
    const notFailing: string[] = [];
    for (const [name, shells] of SHELL_MANAGED_NAMES) {
      for (const shell of shells.filter((s) => installedShells.includes(s))) {
        const fails = failingValue(shell, name) ?? failingValueAtTerminal(shell, name);
        if (fails === undefined) notFailing.push(`${name} round-trips in ${shell}`);
      }
    }
    expect(notFailing).toEqual([]);
  });

  for (const shell of installedShells) {
    it(`holds every name that ${shell} does not keep: all others round-trip there`, () => {
      const kept = candidates.filter((name) => !(SHELL_MANAGED_NAMES.get(name) ?? []).includes(shell));
      const mismatched = new Set<string>();
      // All at once (as a whole Environment is pasted), once per probe value.
      for (const value of PROBE_VALUES) {
        const text = kept.map((name) => exportLine(name, value)).join("\n");
        readBack(shell, text, kept).forEach((got, i) => {
          if (got !== value) mismatched.add(kept[i]!);
        });
      }
      // Each one again on its own, to tell a name that fails from one another name's export disturbed.
      const missing = [...mismatched].flatMap((name) => {
        const value = failingValue(shell, name);
        return value === undefined
          ? [`${name} (only among others)`]
          : [`${name} (fails with ${JSON.stringify(value)})`];
      });
      expect(missing).toEqual([]);
    });
  }
});
