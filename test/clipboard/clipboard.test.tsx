import { scryptSync, createHash } from "node:crypto";
import { Action, ActionPanel, LaunchType, List } from "@raycast/api";
import { host } from "../../test-world/host";
import { expectNoneRecorded, plainSecretCopies } from "../../test-world/support/canary";
import { clearRecords } from "../../test-world/support/clear-records";
import { openCommand, runClearClipboard as runClear } from "../../test-world/support/commands";
import { MAC_OSASCRIPT, WINDOWS_POWERSHELL, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { advance, passTime } from "../../test-world/support/timers";
import { useHost } from "../../test-world/support/world";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_INTERVAL_MS, HEARTBEAT_FRESH_MS, HEARTBEAT_KEY } from "../../src/clipboard/background-heartbeat";
import { isSecretPending } from "../../src/clipboard/secret-pending";
import { copySecret, pasteSecret, type SecretClipboardOptions } from "../../src/clipboard/secure-clipboard";

/** A screen a person uses to copy a secret: the same calls Search Secrets makes, without the 1Password layer. */
function CopyScreen(props: { secrets: string[]; options: SecretClipboardOptions }) {
  return (
    <List>
      {props.secrets.map((secret, index) => (
        <List.Item
          key={secret}
          id={`secret-${index}`}
          title={`Secret ${index + 1}`}
          actions={
            <ActionPanel>
              <Action title="Copy Password" onAction={() => copySecret(secret, "password", props.options)} />
              <Action title="Paste Password" onAction={() => pasteSecret(secret, "password", props.options)} />
            </ActionPanel>
          }
        />
      ))}
    </List>
  );
}

const NINETY: SecretClipboardOptions = { clearAfterSeconds: 90, closeWindowAfterCopy: true, kind: "a password" };
const CANARY = "canary-9f3a1c-password";
const CANARY_2 = "canary-77be02-password";

useHost({ fakeTimers: true });
beforeEach(() => host.registerCommand("clear-clipboard", clearClipboardCommand));

const copyWith = (options: SecretClipboardOptions, secrets = [CANARY]) =>
  openCommand("search-secrets", { module: () => <CopyScreen secrets={secrets} options={options} /> });

/** Background refresh on, as after the person opened Clear Copied Secret once, and one tick seen. */
async function backgroundRefreshOn(): Promise<void> {
  host.enableBackgroundRefresh("clear-clipboard");
  await passTime(CLEAR_INTERVAL_MS);
  expect(host.localStorage[HEARTBEAT_KEY]).toEqual(expect.any(Number));
}

describe("the clear does not depend on a long-lived background launch", () => {
  test("a copy is concealed and cleared by its deadline, though Raycast ends every background launch within 5 s", async () => {
    await backgroundRefreshOn();
    const screen = await copyWith(NINETY);
    const copiedAt = Date.now();
    await screen.press("enter");
    expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
    expect(host.huds.map((hud) => hud.title)).toEqual(["Copied password · clears in 90 s"]);
    await screen.unmount(); // the window closed and Raycast ended the copying command: its own timer is gone

    await passTime(89_000);
    expect(host.clipboard?.text).toBe(CANARY);
    // The deadline, then at most one interval (the scheduling tolerance) for the next tick.
    await passTime(1_000 + CLEAR_INTERVAL_MS);
    expect(host.clipboard).toBeUndefined();
    expect(Date.now() - copiedAt).toBeLessThanOrEqual(90_000 + CLEAR_INTERVAL_MS);
    expect(clearRecords()).toEqual([]);
    // Every launch was a short one: none had to be ended, and none overlapped the next.
    expect(host.backgroundRuns.length).toBeGreaterThanOrEqual(9);
    expect(host.backgroundRuns.filter((run) => run.endedByTimeout)).toEqual([]);
  });

  test("with the window left open, the copying command clears on time itself, even with background refresh off", async () => {
    const screen = await copyWith({ ...NINETY, closeWindowAfterCopy: false });
    await screen.press("enter");
    expect(host.backgroundRefreshEnabled("clear-clipboard")).toBe(false);
    await advance(89_000);
    expect(host.clipboard?.text).toBe(CANARY);
    await advance(1_000);
    expect(host.clipboard).toBeUndefined();
    expect(clearRecords()).toEqual([]);
  });

  test("background refresh never ran: the copy says the clear is not guaranteed, and how to turn it on", async () => {
    let screen = await copyWith(NINETY);
    await screen.press("enter");
    expect(host.huds.at(-1)?.title).toBe("Copied password · may not clear in 90 s: run Clear Copied Secret once");
    await screen.unmount();
    await passTime(120_000);
    expect(host.clipboard?.text).toBe(CANARY); // nothing ran: this is what the words warned about

    // The person runs it once (which clears now and, for a Store install, turns on background refresh).
    await runClear();
    expect(host.clipboard).toBeUndefined();
    await passTime(CLEAR_INTERVAL_MS);
    screen = await copyWith(NINETY);
    await screen.press("enter");
    expect(host.huds.at(-1)?.title).toBe("Copied password · clears in 90 s");
  });

  test("background runs that stopped (refresh turned off later) bring the warning back", async () => {
    await backgroundRefreshOn();
    for (const timer of host.internal.refreshTimers.values()) clearInterval(timer);
    host.internal.refreshTimers.clear();
    await advance(HEARTBEAT_FRESH_MS + 1_000);
    const screen = await copyWith(NINETY);
    await screen.press("enter");
    expect(host.huds.at(-1)?.title).toBe("Copied password · may not clear in 90 s: run Clear Copied Secret once");
  });

  test("with the window open and no background refresh, the toast says the clear holds only while it is open", async () => {
    const screen = await copyWith({ ...NINETY, closeWindowAfterCopy: false });
    await screen.press("enter");
    expect(host.toasts.at(-1)).toMatchObject({
      title: "Copied password",
      message: expect.stringMatching(/only while this window is open.*run Clear Copied Secret once/),
    });
  });
});

test("the user's own copy in between is left alone", async () => {
  await backgroundRefreshOn();
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  host.userCopies("my own notes");
  await passTime(101_000);
  expect(host.clipboard).toEqual({ text: "my own notes", concealed: false });
  expect(host.clipboardClears).toBe(0);
});

test("of two quick copies, each is cleared at its own deadline and only while it is on the clipboard", async () => {
  await backgroundRefreshOn();
  const screen = await copyWith(NINETY, [CANARY, CANARY_2]);
  await screen.press("enter");
  await passTime(30_000);
  await screen.moveDown();
  await screen.press("enter");
  // The first copy's deadline passes: the newer secret stays.
  await passTime(61_000);
  expect(host.clipboard?.text).toBe(CANARY_2);
  await passTime(40_000);
  expect(host.clipboard).toBeUndefined();
  expect(host.clipboardClears).toBe(1);
});

test("a clear checking the clipboard while a newer secret is copied keeps the newer copy and its record", async () => {
  const screen = await copyWith(NINETY, [CANARY, CANARY_2]);
  await screen.press("enter");
  await screen.unmount();
  await advance(91_000);
  // The next tick reads the clipboard; right then the person copies another secret (from another command).
  host.duringNextClipboardRead(() => copySecret(CANARY_2, "password", NINETY));
  await runClear(LaunchType.Background);
  expect(host.clipboard).toEqual({ text: CANARY_2, concealed: true });
  expect(host.clipboardClears).toBe(0);
  expect(clearRecords()).toHaveLength(1);
  expect(await isSecretPending()).toBe(true);
});

describe("isSecretPending", () => {
  test("is true while our secret is on the clipboard, false once it is cleared or replaced", async () => {
    expect(await isSecretPending()).toBe(false);
    const screen = await copyWith({ ...NINETY, closeWindowAfterCopy: false });
    await screen.press("enter");
    expect(await isSecretPending()).toBe(true);
    host.userCopies("something else");
    expect(await isSecretPending()).toBe(false);
    await screen.press("enter");
    await runClear();
    expect(await isSecretPending()).toBe(false);
  });
});

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

test("running it by hand clears a pending secret now and says so, without naming it", async () => {
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  await runClear();
  expect(host.clipboard).toBeUndefined();
  expect(host.huds.at(-1)?.title).toBe("Cleared a password from the clipboard");
  await runClear();
  expect(host.huds.at(-1)?.title).toBe("No copied secret to clear");
});

test("canary: the value is in no storage, toast, HUD or log; the record holds a scrypt verifier and a kind", async () => {
  const screen = await copyWith({ ...NINETY, closeWindowAfterCopy: false });
  await screen.press("enter");
  const [record] = clearRecords() as Record<string, string>[];
  expect(Object.keys(record!).sort()).toEqual(["createdAt", "deadline", "kdf", "label", "salt", "token", "verifier"]);
  expect(record!.label).toBe("a password");
  // The verifier is scrypt (N 2^15, r 8, p 1) of the value with the record's salt: no fast hash of it is stored.
  const expected = scryptSync(CANARY, record!.salt!, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  expect(record!.verifier).toBe(expected.toString("base64"));
  const fast = [
    createHash("sha256").update(CANARY).digest("hex"),
    createHash("sha256").update(`${record!.salt}\u0000${CANARY}`).digest("hex"),
  ];
  expectNoneRecorded([CANARY, ...fast]);
  // A second copy of the same value gets a different salt, so equal secrets are not linkable.
  await screen.press("enter");
  const second = clearRecords().find((other) => other.token !== record!.token) as Record<string, string>;
  expect(second.salt).not.toBe(record!.salt);
  expect(second.verifier).not.toBe(record!.verifier);
});

test("a clear that checked our secret leaves the clipboard alone if the person copied something else meanwhile", async () => {
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  await screen.unmount();
  await advance(91_000);
  host.duringNextClipboardRead(() => host.userCopies("copied right then"));
  await runClear(LaunchType.Background);
  expect(host.clipboard).toEqual({ text: "copied right then", concealed: false });
  expect(host.clipboardClears).toBe(0);
});
