import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { formatShellExport, formatShellExports, SHELL_ACTED_ON_NAMES, shellQuote } from "../../src/lib/shell";
import type { EnvVariable } from "../../src/lib/env-variable";
import { SHELL_MANAGED_NAMES } from "../../src/lib/shell-managed-names";
import {
  available,
  installedShells,
  missingShells,
  readBack,
  SHELLS,
  type Shell,
} from "../../test-world/support/real-shells";

if (missingShells.length > 0) {
  process.stderr.write(
    `shell.test: ${missingShells.join(", ")} not installed here; their round-trip tests are skipped\n`,
  );
}

/** What a terminal acts on when it is pasted: C0 controls but the line break, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

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

function checkShell(shell: Shell) {
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
        readBack(
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
      for (const shell of installedShells) {
        expect(
          readBack(
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

  it("leaves out a name a shell would not keep, and names the shells (never the value)", () => {
    const { text, rejected } = formatShellExports([
      { name: "USERNAME", value: "s3cr3t-user" },
      { name: "GROUPS", value: "s3cr3t-groups" },
      { name: "LINENO", value: "s3cr3t-line" },
      { name: "OPTIND", value: "s3cr3t-optind" },
      { name: "USER", value: "plain" },
    ]);
    expect(text).toBe("export USER='plain'\n");
    expect(rejected).toEqual([
      { name: "USERNAME", reason: "zsh ignores or changes a value exported as USERNAME." },
      { name: "GROUPS", reason: "bash ignores or changes a value exported as GROUPS." },
      { name: "LINENO", reason: "bash and zsh ignore or change a value exported as LINENO." },
      { name: "OPTIND", reason: "bash, zsh and dash ignore or change a value exported as OPTIND." },
    ]);
    expect(JSON.stringify(rejected)).not.toContain("s3cr3t");
  });

  it("writes nothing a shell would not keep: every line it writes round-trips, among the shells' own names", () => {
    // Names drawn from the table itself and from the names shells treat with care but do keep.
    const names = [...SHELL_MANAGED_NAMES.keys(), "PATH", "HOME", "PWD", "IFS", "PS1", "USER", "LANG", "TMPDIR"];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 6 }), value, (picked, v) => {
        fc.pre(!CONTROL.test(v));
        const { text, rejected } = formatShellExports(picked.map((name) => ({ name, value: v })));
        const refused = (name: string) => SHELL_MANAGED_NAMES.has(name) || SHELL_ACTED_ON_NAMES.has(name);
        const kept = picked.filter((name) => !refused(name));
        expect(rejected.map((r) => r.name)).toEqual(picked.filter(refused));
        if (kept.length === 0) return;
        for (const shell of installedShells) {
          expect(readBack(shell, text, kept)).toEqual(kept.map(() => v));
        }
      }),
      { numRuns: 40 },
    );
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

describe("names a shell later runs or acts on", () => {
  test.each(["PROMPT_COMMAND", "PS1", "PS4", "PROMPT", "TMOUT", "BASH_ENV", "ENV", "ZDOTDIR", "LD_PRELOAD"])(
    "%s is left out, named, with why (never the value)",
    (name) => {
      const result = formatShellExport(name, "touch /tmp/pwned-canary");
      expect(result).toEqual({ ok: false, error: expect.stringContaining(name) });
      expect(JSON.stringify(result)).not.toContain("pwned-canary");
    },
  );

  (installedShells.includes("bash") ? test : test.skip)(
    "why: real bash runs an exported PROMPT_COMMAND at its next prompt",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "prompt-command-"));
      try {
        const marker = join(dir, "ran");
        // What the line would do if it were written: bash acts on it after the paste, at the next prompt.
        execFileSync("bash", ["--norc", "--noprofile", "-i"], {
          input: `export PROMPT_COMMAND=${shellQuote(`touch ${marker}`)}\n:\nexit\n`,
          stdio: ["pipe", "ignore", "ignore"],
        });
        expect(existsSync(marker)).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
