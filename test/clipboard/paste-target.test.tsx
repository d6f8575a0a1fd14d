import { host } from "../../test-world/host";
import { clearRecords } from "../../test-world/support/clear-records";
import { openActionProbe, runClearClipboard as runClear } from "../../test-world/support/commands";
import { MAC_OSASCRIPT, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { useHost } from "../../test-world/support/world";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { pasteSecret, type SecretClipboardOptions } from "../../src/clipboard/secure-clipboard";

/**
 * A paste lands in the app the person was in, or nowhere: the app in front is recorded before the window closes and
 * ⌘V is sent only once that app is in front again. The host plays where the focus goes when the window closes; the
 * fake osascript records which app was in front when it pressed ⌘V.
 */

const NINETY: SecretClipboardOptions = { clearAfterSeconds: 90, closeWindowAfterCopy: true, kind: "a password" };
const SECRET = "canary-0c4e7d-password";
const FINDER = { name: "Finder", path: "/System/Library/CoreServices/Finder.app", bundleId: "com.apple.finder" };

useHost();
const keystrokes = useFakeKeystrokes("darwin");
beforeEach(() => host.registerCommand("clear-clipboard", clearClipboardCommand));

async function paste(): Promise<void> {
  const screen = await openActionProbe("Paste Password", () => pasteSecret(SECRET, "password", NINETY));
  await screen.runAction("Paste Password");
  await screen.waitFor(() => host.huds.length > 0, { timeout: 5_000 });
}

test("⌘V waits until the app the person was in is in front again, and lands there", async () => {
  expect(host.frontmostApplication?.name).toBe("TextEdit");
  host.duringNextWindowClose(() => {
    host.bringToFront(FINDER); // the focus lands elsewhere for a moment…
    setTimeout(() => host.bringToFront(host.config.frontmostApplication), 200); // …then comes back
  });
  await paste();
  expect(keystrokes.calls().map((call) => [call.program, call.landedIn])).toEqual([[MAC_OSASCRIPT, "TextEdit"]]);
  expect(host.huds.at(-1)?.title).toMatch(/^Pasted password · /);
});

test("when that app does not come back to the front, nothing is pressed and the HUD says so", async () => {
  host.duringNextWindowClose(() => host.bringToFront(FINDER));
  await paste();
  expect(keystrokes.calls()).toEqual([]);
  expect(host.huds.at(-1)?.title).toMatch(/^Copied password, not pasted: TextEdit did not come back to the front · /);
  // The secret stays a concealed copy with its usual clear.
  expect(host.clipboard).toEqual({ text: SECRET, concealed: true });
  expect(clearRecords()).toEqual([expect.objectContaining({ deadline: expect.any(Number), label: "a password" })]);
  await runClear();
  expect(host.clipboard).toBeUndefined();
});

test("when no app is in front at all, nothing is pressed", async () => {
  host.duringNextWindowClose(() => host.bringToFront(null));
  await paste();
  expect(keystrokes.calls()).toEqual([]);
  expect(host.huds.at(-1)?.title).toMatch(/^Copied password, not pasted: TextEdit did not come back to the front · /);
  expect(host.clipboard).toEqual({ text: SECRET, concealed: true });
});
