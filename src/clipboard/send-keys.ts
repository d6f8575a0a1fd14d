import { execFile } from "node:child_process";
import { appleScriptFor, sendKeysFor, type KeyStep } from "./keystroke-steps";
import { failureReason, MAC_OSASCRIPT, windowsPowerShell, type KeystrokeResult } from "./paste-keystroke";

/**
 * Types keystroke steps into the frontmost app through the system's keystroke program, started by its absolute path
 * (see paste-keystroke.ts). The arguments are fixed text; whatever is typed goes on the program's standard input:
 * on macOS the whole AppleScript (`osascript -` reads its script there), on Windows the SendKeys string, which a
 * fixed PowerShell command reads with `[Console]::In.ReadToEnd()` and hands to SendWait without parsing it.
 */

/** Long enough to type MAX_TYPED_LENGTH characters at the system's pace; a hung program is ended. */
const TIMEOUT_MS = 30_000;

const WINDOWS_COMMAND =
  "$keys = [Console]::In.ReadToEnd(); Add-Type -AssemblyName System.Windows.Forms; [System.Windows.Forms.SendKeys]::SendWait($keys)";

interface TypingCommand {
  file: string;
  args: string[];
  input: string;
}

/** The program, its fixed arguments and its standard input for these steps; undefined where no program is known. */
export function typingCommand(
  steps: readonly KeyStep[],
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv = process.env,
): TypingCommand | undefined {
  switch (platform) {
    case "darwin":
      return { file: MAC_OSASCRIPT, args: ["-"], input: appleScriptFor(steps) };
    case "win32":
      return {
        file: windowsPowerShell(env),
        args: ["-NoProfile", "-NonInteractive", "-Command", WINDOWS_COMMAND],
        input: sendKeysFor(steps),
      };
    default:
      return undefined;
  }
}

/** Whether this system has a keystroke program the extension knows. */
export function canSendKeys(platform: NodeJS.Platform = process.platform): boolean {
  return typingCommand([], platform) !== undefined;
}

export function sendKeySteps(
  steps: readonly KeyStep[],
  platform: NodeJS.Platform = process.platform,
): Promise<KeystrokeResult> {
  const command = typingCommand(steps, platform);
  if (!command) return Promise.resolve({ ok: false, reason: "typing is not supported on this system" });
  return new Promise((resolve) => {
    const options = { timeout: TIMEOUT_MS, windowsHide: true, env: process.env };
    const child = execFile(command.file, command.args, options, (error, _stdout, stderr) => {
      resolve(
        error ? { ok: false, reason: failureReason(platform, String(stderr), "the keystrokes failed") } : { ok: true },
      );
    });
    // A program that exits before reading its input must not crash the command with an unhandled EPIPE.
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(command.input);
  });
}
