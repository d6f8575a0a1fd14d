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
  /**
   * What the program read on its standard input, for a call that reads it (`osascript -`, a PowerShell command that
   * reads `[Console]::In`); absent for one that does not. Read once the program has ended.
   */
  stdin?: string;
}

export interface FakeKeystrokes {
  /** Every start of the system's keystroke program, in order. */
  calls(): KeystrokeCall[];
  /** Every planted program (first on PATH) that ran, by name. */
  plantedRuns(): string[];
  /** From now on osascript fails as macOS does when Raycast may not send keystrokes. */
  denyAccessibility(): void;
  /** From now on osascript fails as macOS does when Raycast may not control System Events (Automation). */
  denyAutomation(): void;
}

export interface FakeSystem {
  /** Windows only: the `SystemRoot` environment variable the extension sees (unset: undefined). */
  systemRoot?: string;
}

export const MAC_OSASCRIPT = "/usr/bin/osascript";
export const WINDOWS_POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";

function fakeProgram(deny: string, denyAutomation: string): string {
  return [
    "#!/bin/sh",
    // The real programs read all of their input (the script, the keys) before they act, refused or not.
    'if [ -n "$FAKE_KEYSTROKE_STDIN" ]; then cat > "$FAKE_KEYSTROKE_STDIN"; fi',
    `if [ -f '${denyAutomation}' ]; then`,
    `  echo "execution error: Not authorized to send Apple events to System Events. (-1743)" >&2`,
    "  exit 1",
    "fi",
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
  let stdinFiles: (string | undefined)[] = [];
  let spy: jest.SpyInstance | undefined;
  const realPlatform = Object.getOwnPropertyDescriptor(process, "platform");
  const realExecFile: ExecFile = childProcess.execFile;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fake-keystroke-"));
    const fake = join(dir, "system-program");
    writeProgram(fake, fakeProgram(join(dir, "deny"), join(dir, "deny-automation")));
    for (const name of ["osascript", "powershell", "powershell.exe"]) {
      writeProgram(join(dir, name), plantedProgram(join(dir, "planted.log")));
    }
    calls = [];
    stdinFiles = [];
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
        // osascript reads its script from standard input only when told to ("-"); PowerShell when the command does.
        const reads = platform === "win32" ? args.some((arg) => arg.includes("[Console]::In")) : args[0] === "-";
        const stdinFile = reads ? join(dir, `stdin-${calls.length}`) : undefined;
        stdinFiles.push(stdinFile);
        const env = stdinFile ? { ...options.env, FAKE_KEYSTROKE_STDIN: stdinFile } : options.env;
        return realExecFile(fake, args, { ...options, env }, callback);
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
    calls: () =>
      calls.map((call, i) => {
        const file = stdinFiles[i];
        return file === undefined
          ? { ...call }
          : { ...call, stdin: existsSync(file) ? readFileSync(file, "utf8") : "" };
      }),
    plantedRuns() {
      const log = join(dir, "planted.log");
      return existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
    },
    denyAccessibility() {
      writeFileSync(join(dir, "deny"), "");
    },
    denyAutomation() {
      writeFileSync(join(dir, "deny-automation"), "");
    },
  };
}
