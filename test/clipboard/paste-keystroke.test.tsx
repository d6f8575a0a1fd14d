import { host } from "../../test-world/host";
import { plainSecretCopies } from "../../test-world/support/canary";
import { MAC_OSASCRIPT, WINDOWS_POWERSHELL, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { passTime } from "../../test-world/support/timers";
import { CLEAR_INTERVAL_MS } from "../../src/clipboard/background-heartbeat";
import { backgroundRefreshOn, CANARY, copyWith, NINETY, useCopyWorld } from "./copy-screen";

/** Pasting a secret: a concealed copy and the system's paste keystroke, or a concealed copy that says why not. */

useCopyWorld();

describe("paste on macOS", () => {
  const keystrokes = useFakeKeystrokes("darwin");

  test("a paste is a concealed copy and the paste keystroke: nothing un-concealed reaches clipboard history", async () => {
    await backgroundRefreshOn();
    const screen = await copyWith(NINETY);
    await screen.runAction("Paste Password");
    expect(keystrokes.calls()).toEqual([
      {
        program: MAC_OSASCRIPT,
        args: ["-e", 'tell application "System Events" to keystroke "v" using command down'],
        landedIn: "TextEdit",
      },
    ]);
    expect(keystrokes.plantedRuns()).toEqual([]);
    expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
    expect(host.pastes).toEqual([]);
    expect(host.clipboardHistory.filter((write) => write.text === CANARY && !write.concealed)).toEqual([]);
    expect(plainSecretCopies([CANARY])).toEqual([]);
    // The window closes first, so the keystroke reaches the app the person was in.
    expect(host.windowClosures[0]).toBe("closeMainWindow");
    expect(host.huds.at(-1)?.title).toBe("Pasted password · clears in 90 s");
    await screen.unmount();
    await passTime(90_000 + CLEAR_INTERVAL_MS);
    expect(host.clipboard).toBeUndefined();
  });

  test("without Accessibility permission it says so and leaves a concealed copy, cleared like any copy", async () => {
    await backgroundRefreshOn();
    keystrokes.denyAccessibility();
    const screen = await copyWith(NINETY);
    await screen.runAction("Paste Password");
    expect(keystrokes.calls()).toHaveLength(1);
    expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
    expect(host.huds.at(-1)?.title).toBe(
      "Copied password, not pasted: allow Raycast in System Settings › Privacy & Security › Accessibility · clears in 90 s",
    );
    await screen.unmount();
    await passTime(90_000 + CLEAR_INTERVAL_MS);
    expect(host.clipboard).toBeUndefined();
  });
});

describe("paste on Windows", () => {
  const keystrokes = useFakeKeystrokes("win32");

  test("sends Ctrl+V through the system's PowerShell, by its full path, after a concealed copy", async () => {
    const screen = await copyWith(NINETY);
    await screen.runAction("Paste Password");
    expect(keystrokes.plantedRuns()).toEqual([]);
    expect(keystrokes.calls()).toEqual([
      {
        program: WINDOWS_POWERSHELL,
        args: [
          "-NoProfile",
          "-NonInteractive",
          "-Command",
          "Add-Type -AssemblyName System.Windows.Forms; [System.Windows.Forms.SendKeys]::SendWait('^v')",
        ],
        landedIn: "TextEdit",
      },
    ]);
    expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
    expect(host.pastes).toEqual([]);
    expect(host.huds.at(-1)?.title).toMatch(/^Pasted password · /);
  });
});

describe("paste on Windows installed under another SystemRoot", () => {
  const keystrokes = useFakeKeystrokes("win32", { systemRoot: "D:\\WINNT" });

  test("starts PowerShell under %SystemRoot%, never a powershell found on PATH", async () => {
    const screen = await copyWith(NINETY);
    await screen.runAction("Paste Password");
    expect(keystrokes.calls().map((call) => call.program)).toEqual([
      "D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
    ]);
    expect(keystrokes.plantedRuns()).toEqual([]);
    expect(host.huds.at(-1)?.title).toMatch(/^Pasted password · /);
  });
});

test("where no paste keystroke is known, a paste falls back to a concealed copy and says so", async () => {
  // This machine is neither macOS nor Windows.
  const screen = await copyWith(NINETY);
  await screen.runAction("Paste Password");
  expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
  expect(host.pastes).toEqual([]);
  expect(host.huds.at(-1)?.title).toMatch(/^Copied password, not pasted: pasting is not supported on this system · /);
});

test("the host records Raycast's own Clipboard.paste as a plain write that the canary check catches", async () => {
  const { Clipboard } = await import("@raycast/api");
  await Clipboard.paste(CANARY);
  expect(host.clipboardHistory.at(-1)).toEqual({ text: CANARY, concealed: false, via: "paste" });
  expect(plainSecretCopies([CANARY])).toEqual([CANARY]);
});
