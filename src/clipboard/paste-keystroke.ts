import { execFile } from "node:child_process";
import { win32 } from "node:path";

/**
 * The paste keystroke, sent to the frontmost app by the operating system. Raycast's own Clipboard.paste cannot be
 * told to keep a value out of clipboard history, so a secret is copied concealed and then pasted with ⌘V / Ctrl+V
 * from outside. This module is the only place that starts a process for it.
 *
 * The program is started by its absolute path, never looked up on PATH (nor, on Windows, in the working directory,
 * which Windows searches first): a program planted there would run with Raycast's Accessibility permission right
 * after a secret reached the clipboard.
 */

export type KeystrokeResult = { ok: true } | { ok: false; reason: string };

interface KeystrokeCommand {
  file: string;
  args: string[];
}

const TIMEOUT_MS = 5_000;

export const MAC_OSASCRIPT = "/usr/bin/osascript";
const DEFAULT_SYSTEM_ROOT = "C:\\Windows";

/** Windows PowerShell where Windows installs it; `SystemRoot` is used only when it is an absolute drive path. */
export function windowsPowerShell(env: NodeJS.ProcessEnv): string {
  const root = env.SystemRoot;
  const systemRoot = root !== undefined && /^[A-Za-z]:\\/.test(root) ? root : DEFAULT_SYSTEM_ROOT;
  return win32.join(systemRoot, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
}

/** The program (an absolute path) and arguments that press the paste shortcut, or undefined where none is known. */
export function pasteKeystrokeCommand(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv = process.env,
): KeystrokeCommand | undefined {
  switch (platform) {
    case "darwin":
      return {
        file: MAC_OSASCRIPT,
        args: ["-e", 'tell application "System Events" to keystroke "v" using command down'],
      };
    case "win32":
      return {
        file: windowsPowerShell(env),
        args: [
          "-NoProfile",
          "-NonInteractive",
          "-Command",
          "Add-Type -AssemblyName System.Windows.Forms; [System.Windows.Forms.SendKeys]::SendWait('^v')",
        ],
      };
    default:
      return undefined;
  }
}

/** macOS refuses keystrokes from a process without Accessibility permission with error 1002 (or -1719, -25211). */
const NO_ACCESSIBILITY = /not allowed to send keystrokes|assistive access|\(1002\)|-1719|-25211/i;
/** …and Apple events to System Events without Automation permission with -1743. */
const NO_AUTOMATION = /not authori[sz]ed to send apple events|-1743/i;

/** Which permission macOS refused, and where to give it; `otherwise` when it was something else. */
export function failureReason(
  platform: NodeJS.Platform,
  stderr: string,
  otherwise = "the paste keystroke failed",
): string {
  if (platform === "darwin" && NO_ACCESSIBILITY.test(stderr)) {
    return "allow Raycast in System Settings › Privacy & Security › Accessibility";
  }
  if (platform === "darwin" && NO_AUTOMATION.test(stderr)) {
    return "allow Raycast to control System Events in System Settings › Privacy & Security › Automation";
  }
  return otherwise;
}

export function sendPasteKeystroke(platform: NodeJS.Platform = process.platform): Promise<KeystrokeResult> {
  const command = pasteKeystrokeCommand(platform);
  if (!command) return Promise.resolve({ ok: false, reason: "pasting is not supported on this system" });
  return new Promise((resolve) => {
    const options = { timeout: TIMEOUT_MS, windowsHide: true, env: process.env };
    execFile(command.file, command.args, options, (error, _stdout, stderr) => {
      resolve(error ? { ok: false, reason: failureReason(platform, String(stderr)) } : { ok: true });
    });
  });
}
