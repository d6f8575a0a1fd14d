import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/**
 * The operating system's side of a paste: fake `osascript` (macOS) and `powershell` (Windows) programs first on PATH,
 * which record how they were called and succeed, or fail the way macOS does without Accessibility permission. The
 * extension starts them as it would the real ones; `process.platform` is set to the system being played.
 */

export interface KeystrokeCall {
  program: string;
  args: string[];
}

export interface FakeKeystrokes {
  /** Every call, in order. */
  calls(): KeystrokeCall[];
  /** From now on osascript fails as macOS does when Raycast may not send keystrokes. */
  denyAccessibility(): void;
}

const SEPARATOR = "\u001f";

function fakeProgram(log: string, deny: string): string {
  return [
    "#!/bin/sh",
    `{ printf '%s' "$(basename "$0")"; for arg in "$@"; do printf '\\037%s' "$arg"; done; printf '\\n'; } >> '${log}'`,
    `if [ -f '${deny}' ]; then`,
    `  echo "execution error: System Events got an error: osascript is not allowed to send keystrokes. (1002)" >&2`,
    "  exit 1",
    "fi",
    "exit 0",
    "",
  ].join("\n");
}

/** Installs the fakes for the tests of the enclosing block and plays `platform` ("darwin" or "win32"). */
export function useFakeKeystrokes(platform: NodeJS.Platform = "darwin"): FakeKeystrokes {
  let dir = "";
  let savedPath: string | undefined;
  const realPlatform = Object.getOwnPropertyDescriptor(process, "platform");
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fake-keystroke-"));
    for (const program of ["osascript", "powershell"]) {
      const file = join(dir, program);
      writeFileSync(file, fakeProgram(join(dir, "calls.log"), join(dir, "deny")));
      chmodSync(file, 0o755);
    }
    savedPath = process.env.PATH;
    process.env.PATH = `${dir}${delimiter}${savedPath ?? ""}`;
    Object.defineProperty(process, "platform", { value: platform, configurable: true });
  });
  afterEach(() => {
    if (realPlatform) Object.defineProperty(process, "platform", realPlatform);
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    calls() {
      const log = join(dir, "calls.log");
      if (!existsSync(log)) return [];
      return readFileSync(log, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [program = "", ...args] = line.split(SEPARATOR);
          return { program, args };
        });
    },
    denyAccessibility() {
      writeFileSync(join(dir, "deny"), "");
    },
  };
}
