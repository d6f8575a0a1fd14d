import childProcess, { type ExecFileException } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { host } from "../host";

/**
 * The operating system's side of a paste. The machine being played has its keystroke program where the system keeps
 * it (`/usr/bin/osascript` on macOS, `powershell.exe` under `%SystemRoot%` on Windows): a process started by that
 * absolute path runs a fake that records the call and succeeds, or fails the way macOS does without Accessibility
 * permission. Any other start goes to the real `child_process`, where planted `osascript`/`powershell` programs sit
 * first on PATH and note that they ran: an extension that looks its program up by name runs one of those (Windows
 * would also look in the working directory first). `process.platform` is set to the system being played.
 */

export interface KeystrokeCall {
  /** The program as the extension started it: an absolute path, or the bare name it looked up. */
  program: string;
  args: string[];
  /** The app in front when the program started: where its keystrokes landed (undefined: no app in front). */
  landedIn: string | undefined;
}

export interface FakeKeystrokes {
  /** Every start of the system's keystroke program, in order. */
  calls(): KeystrokeCall[];
  /** Every planted program (first on PATH) that ran, by name. */
  plantedRuns(): string[];
  /** From now on osascript fails as macOS does when Raycast may not send keystrokes. */
  denyAccessibility(): void;
}

export interface FakeSystem {
  /** Windows only: the `SystemRoot` environment variable the extension sees (unset: undefined). */
  systemRoot?: string;
}

export const MAC_OSASCRIPT = "/usr/bin/osascript";
export const WINDOWS_POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";

function fakeProgram(deny: string): string {
  return [
    "#!/bin/sh",
    `if [ -f '${deny}' ]; then`,
    `  echo "execution error: System Events got an error: osascript is not allowed to send keystrokes. (1002)" >&2`,
    "  exit 1",
    "fi",
    "exit 0",
    "",
  ].join("\n");
}

function plantedProgram(log: string): string {
  return ["#!/bin/sh", `basename "$0" >> '${log}'`, "exit 0", ""].join("\n");
}

function writeProgram(file: string, text: string): void {
  writeFileSync(file, text);
  chmodSync(file, 0o755);
}

type ExecFile = typeof childProcess.execFile;
type Callback = (error: ExecFileException | null, stdout: string | Buffer, stderr: string | Buffer) => void;

/** Installs the fakes for the tests of the enclosing block and plays `platform` ("darwin" or "win32"). */
export function useFakeKeystrokes(platform: NodeJS.Platform = "darwin", system: FakeSystem = {}): FakeKeystrokes {
  let dir = "";
  let savedPath: string | undefined;
  let savedSystemRoot: string | undefined;
  let calls: KeystrokeCall[] = [];
  let spy: jest.SpyInstance | undefined;
  const realPlatform = Object.getOwnPropertyDescriptor(process, "platform");
  const realExecFile: ExecFile = childProcess.execFile;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fake-keystroke-"));
    const fake = join(dir, "system-program");
    writeProgram(fake, fakeProgram(join(dir, "deny")));
    for (const name of ["osascript", "powershell", "powershell.exe"]) {
      writeProgram(join(dir, name), plantedProgram(join(dir, "planted.log")));
    }
    calls = [];
    const root = system.systemRoot ?? "C:\\Windows";
    const installed =
      platform === "win32" ? `${root}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe` : MAC_OSASCRIPT;

    savedPath = process.env.PATH;
    savedSystemRoot = process.env.SystemRoot;
    process.env.PATH = `${dir}${delimiter}${savedPath ?? ""}`;
    if (system.systemRoot === undefined) delete process.env.SystemRoot;
    else process.env.SystemRoot = system.systemRoot;
    Object.defineProperty(process, "platform", { value: platform, configurable: true });

    spy = jest.spyOn(childProcess, "execFile").mockImplementation(((
      file: string,
      args: readonly string[],
      options: childProcess.ExecFileOptions,
      callback: Callback,
    ) => {
      if (file === installed) {
        calls.push({ program: file, args: [...args], landedIn: host.frontmostApplication?.name });
        return realExecFile(fake, args, options, callback);
      }
      return realExecFile(file, args, options, callback);
    }) as unknown as ExecFile);
  });
  afterEach(() => {
    // Another afterEach may have restored every mock already.
    spy?.mockRestore();
    spy = undefined;
    if (realPlatform) Object.defineProperty(process, "platform", realPlatform);
    process.env.PATH = savedPath;
    if (savedSystemRoot === undefined) delete process.env.SystemRoot;
    else process.env.SystemRoot = savedSystemRoot;
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    calls: () => [...calls],
    plantedRuns() {
      const log = join(dir, "planted.log");
      return existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
    },
    denyAccessibility() {
      writeFileSync(join(dir, "deny"), "");
    },
  };
}
