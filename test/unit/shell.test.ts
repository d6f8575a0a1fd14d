import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { formatShellExport, formatShellExports, shellQuote } from "../../src/lib/shell";
import type { EnvVariable } from "../../src/lib/env-variable";

function available(shell: string): boolean {
  return spawnSync(shell, ["-c", "true"]).status === 0;
}

/** Every shell the output promises to work in; CI installs them all (.ci/run). */
const SHELLS = ["bash", "zsh", "dash"] as const;
const missing = SHELLS.filter((shell) => !available(shell));
if (missing.length > 0) {
  process.stderr.write(`shell.test: ${missing.join(", ")} not installed here; their round-trip tests are skipped\n`);
}

/** What a terminal acts on when it is pasted: C0 controls but the line break, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Runs the export lines in a real shell and reads every variable back, NUL-separated. */
function roundTrip(shell: string, text: string, names: readonly string[]): string[] {
  const read = names.map((name) => `"$${name}"`).join(" ");
  const script = `${text}\nprintf '%s\\0' ${read}`;
  // No start-up file may run first (BASH_ENV, ENV); the rest of the environment stays (a bare one makes bash slow).
  const env = { ...process.env, BASH_ENV: undefined, ENV: undefined };
  const result = spawnSync(shell, ["-c", script], { encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`${shell} failed: ${result.stderr}`);
  return result.stdout.split("\0").slice(0, names.length);
}

const tricky = fc.constantFrom(
  ..."'\"`\\$!*?~#;&|<>(){}[] \t\n\r\u0003\u001b\u007f\u0085\u009b\u2028é😀a".split(/(?:)/u),
  "$(touch pwned)",
  "'\\''",
  "${HOME}",
);
const value = fc
  .oneof(
    fc.array(tricky, { maxLength: 10 }).map((parts) => parts.join("")),
    fc.string({ unit: "grapheme" }),
    fc.string(),
  )
  .filter((text) => !text.includes("\0"));
// A prefix keeps generated names clear of the shell's own variables (PS4, IFS, BASH_ENV...).
const name = fc.stringMatching(/^[A-Za-z0-9_]{0,8}$/).map((suffix) => `T_${suffix}`);
const variables = fc.uniqueArray(fc.record({ name, value }), { selector: (v) => v.name, minLength: 1, maxLength: 5 });

function checkShell(shell: string) {
  fc.assert(
    fc.property(variables, (vars: EnvVariable[]) => {
      const { text, rejected } = formatShellExports(vars);
      // Refused: exactly the values holding a control character, named, never quoted.
      expect(rejected.map((r) => r.name)).toEqual(vars.filter((v) => CONTROL.test(v.value)).map((v) => v.name));
      for (const r of rejected) expect(r.reason).toMatch(/control character/);
      expect(text).not.toMatch(CONTROL);
      const kept = vars.filter((v) => !CONTROL.test(v.value));
      if (kept.length === 0) return;
      expect(
        roundTrip(
          shell,
          text,
          kept.map((v) => v.name),
        ),
      ).toEqual(kept.map((v) => v.value));
    }),
    { numRuns: 400 },
  );
}

describe("formatShellExports", () => {
  for (const shell of SHELLS) {
    (available(shell) ? it : it.skip)(`round-trips every value it writes through ${shell}`, () => checkShell(shell));
  }

  it("refuses a value that would act on the terminal when pasted, and names it", () => {
    // ^C abandons the line typed so far in an interactive bash; the newline then runs the next line as a command.
    const attack = "x\u0003\ntouch /tmp/pwned\n";
    const { text, rejected } = formatShellExports([
      { name: "SAFE", value: "ok" },
      { name: "EVIL", value: attack },
      { name: "TABBED", value: "a\tb" },
      { name: "ESCAPED", value: "\u001b[201~" },
      { name: "C1", value: "\u009b201~" },
    ]);
    expect(text).toBe("export SAFE='ok'\n");
    expect(rejected.map((r) => r.name)).toEqual(["EVIL", "TABBED", "ESCAPED", "C1"]);
    expect(rejected[0]?.reason).toMatch(/EVIL holds a control character/);
    expect(JSON.stringify(rejected)).not.toContain("touch");
  });

  it("cannot be made to run a command", () => {
    const dir = mkdtempSync(join(tmpdir(), "shell-test-"));
    try {
      const marker = join(dir, "pwned");
      const attacks = [`'; touch ${marker}; '`, `$(touch ${marker})`, `\`touch ${marker}\``, `'\n touch ${marker}\n'`];
      const vars = attacks.map((attack, i) => ({ name: `A${i}`, value: attack }));
      const { text } = formatShellExports(vars);
      for (const shell of SHELLS.filter(available)) {
        expect(
          roundTrip(
            shell,
            text,
            vars.map((v) => v.name),
          ),
        ).toEqual(attacks);
      }
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("quotes with '\\'' and nothing else", () => {
    expect(shellQuote("it's $HOME")).toBe("'it'\\''s $HOME'");
    expect(formatShellExport("TOKEN", "abc")).toEqual({ ok: true, value: "export TOKEN='abc'" });
  });

  it("reports names a shell cannot take, NUL values and duplicates", () => {
    const { text, rejected } = formatShellExports([
      { name: "OK", value: "1" },
      { name: "1ABC", value: "x" },
      { name: "my.var", value: "x" },
      { name: "UID", value: "x" },
      { name: "NUL", value: "a\0b" },
      { name: "OK", value: "2" },
    ]);
    expect(text).toBe("export OK='1'\n");
    expect(rejected.map((r) => r.name)).toEqual(["1ABC", "my.var", "UID", "NUL", "OK"]);
  });
});
