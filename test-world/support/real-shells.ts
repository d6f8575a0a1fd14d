import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHELLS, type Shell } from "../../src/lib/shell-managed-names";

/**
 * Runs text in the real shells the shell-export output promises to work in (bash, zsh, dash; `.ci/run` installs them),
 * the way a person's terminal does: interactive (`-i`), but without start-up files, so what is tested is the shell and
 * not one person's configuration.
 */

export { SHELLS, type Shell };

export function available(shell: Shell): boolean {
  return spawnSync(shell, ["-c", "true"]).status === 0;
}

export const installedShells = SHELLS.filter(available);
/** util-linux `script`, which gives a shell a terminal of its own. */
export const terminalAvailable = spawnSync("script", ["--version"]).status === 0;

export const missingShells = SHELLS.filter((shell) => !installedShells.includes(shell));

/**
 * zsh modules that define parameters of their own and that interactive set-ups commonly load (zle is always loaded at
 * a terminal; prompts load zsh/datetime). A name one of them manages is a name zsh may refuse.
 */
const ZSH_MODULES = "zmodload zsh/zle zsh/datetime zsh/system zsh/langinfo zsh/mapfile zsh/curses 2>/dev/null";

const ARGS: Record<Shell, string[]> = {
  bash: ["--norc", "--noprofile", "-i", "-c"],
  zsh: ["-f", "-i", "-c"],
  dash: ["-i", "-c"],
};

/** A small, fixed environment: the probes must not depend on who runs them. BASH_ENV and ENV are left unset. */
const ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: tmpdir(), LANG: "C.UTF-8", TERM: "dumb" };

export function runShell(shell: Shell, script: string): { stdout: string; status: number | null } {
  const text = shell === "zsh" ? `${ZSH_MODULES}\n${script}` : script;
  const result = spawnSync(shell, [...ARGS[shell], text], { encoding: "utf8", env: ENV, stdio: "pipe" });
  return { stdout: result.stdout, status: result.status };
}

/**
 * Runs the text, then reads every name back twice: as the shell holds it, and as a program started afterwards
 * receives it (`env -0`, which is what `export` is for). Returns, for each name, what came back, or undefined when
 * either reading differs from the other or the name did not reach the program's environment.
 */
export function readBack(shell: Shell, text: string, names: readonly string[]): (string | undefined)[] {
  const read = names.map((name) => `"$${name}"`).join(" ");
  // `true` last: a shell runs its last command in place of itself (bash lowers SHLVL for it), where a terminal forks.
  const script = `${text}\nprintf '%s\\0' ${read}\nprintf '\\1'\n/usr/bin/env -0\ntrue`;
  const { stdout } = runShell(shell, script);
  const split = stdout.indexOf("\u0001");
  if (split < 0) return names.map(() => undefined);
  const held = stdout.slice(0, split).split("\0");
  const exported = new Map<string, string>();
  for (const entry of stdout.slice(split + 1).split("\0")) {
    const equals = entry.indexOf("=");
    if (equals > 0) exported.set(entry.slice(0, equals), entry.slice(equals + 1));
  }
  return names.map((name, i) => (held[i] === exported.get(name) ? held[i] : undefined));
}

/**
 * As readBack for one name, but in a shell at a terminal (a pseudo-terminal from util-linux `script`, 100 columns by
 * 30 rows), and after one more program has run: bash at a terminal re-reads the window size after every program.
 * Undefined when the value did not come back exactly.
 */
export function readBackAtTerminal(shell: Shell, text: string, name: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "terminal-probe-"));
  try {
    const out = join(dir, "out");
    const probe = join(dir, "probe");
    writeFileSync(probe, `${text}\n/usr/bin/true\nprintf '%s\\0' "$${name}" > ${out}\n/usr/bin/env -0 >> ${out}\ntrue`);
    const command = `stty cols 100 rows 30; ${shell} ${ARGS[shell].join(" ")} "$(cat ${probe})"`;
    spawnSync("script", ["-qec", command, "/dev/null"], { env: { ...ENV, TERM: "xterm" }, stdio: "pipe" });
    const [held, ...entries] = readFileSync(out, "utf8").split("\0");
    const exported = entries.find((entry) => entry.startsWith(`${name}=`))?.slice(name.length + 1);
    return held === exported ? held : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
