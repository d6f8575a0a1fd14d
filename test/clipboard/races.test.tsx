import { host, runNoViewCommand } from "../../test-world/host";
import { clearRecords } from "../../test-world/support/clear-records";
import { openActionProbe } from "../../test-world/support/commands";
import { advance, passTime } from "../../test-world/support/timers";
import { useHost } from "../../test-world/support/world";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_INTERVAL_MS } from "../../src/clipboard/background-heartbeat";
import { copySecret, type SecretClipboardOptions } from "../../src/clipboard/secure-clipboard";

/**
 * Raycast runs every command in its own worker, so two commands' clipboard and storage calls can interleave in any
 * order. These tests hold one command at one call (host.pauseBefore) and let the other run in between: the worst
 * orders, played deterministically. Whatever the order, every copied secret is cleared by its deadline.
 */

const NINETY: SecretClipboardOptions = { clearAfterSeconds: 90, closeWindowAfterCopy: true, kind: "a password" };
const FIRST = "canary-51c0de-first";
const SECOND = "canary-a7f29b-second";

useHost({ fakeTimers: true });
beforeEach(async () => {
  host.registerCommand("clear-clipboard", clearClipboardCommand);
  host.enableBackgroundRefresh("clear-clipboard");
  await passTime(CLEAR_INTERVAL_MS);
});

/** Copies a secret from a view command, then closes it (Raycast ends it, and with it the command's own timer). */
async function copyFromScreen(secret: string): Promise<void> {
  const screen = await openActionProbe("Copy Password", () => copySecret(secret, "password", NINETY));
  await screen.press("enter");
  await screen.unmount();
}

/** A command that copies one secret, as every copying command does (Search Secrets, an AI tool, …). */
function runCopy(commandName: string, secret: string): Promise<unknown> {
  return runNoViewCommand(() => copySecret(secret, "password", NINETY), { commandName });
}

test("two commands copying at once: the secret that lands last is cleared, though its record was written first", async () => {
  const held = host.pauseBefore("Clipboard.copy", { command: "copy-first" });
  const first = runCopy("copy-first", FIRST);
  await held.reached; // its record is written; its copy has not happened yet
  await runCopy("copy-second", SECOND); // record and copy, all in between
  held.resume();
  await first;
  expect(host.clipboard).toEqual({ text: FIRST, concealed: true });
  expect(clearRecords()).toHaveLength(2);

  await passTime(90_000 + CLEAR_INTERVAL_MS);
  expect(host.clipboard).toBeUndefined();
  expect(clearRecords()).toEqual([]);
});

test("a clear removing its record while another command copies: the newer copy keeps its record and is cleared", async () => {
  await copyFromScreen(FIRST);
  // At the deadline a background tick checks the clipboard, clears it, and is held right before it removes the
  // record; then another command copies a second secret.
  const held = host.pauseBefore("LocalStorage.removeItem", { command: "clear-clipboard" });
  await advance(90_000);
  await held.reached;
  expect(host.clipboard).toBeUndefined();
  await copyFromScreen(SECOND);
  held.resume();
  await host.waitForBackground();
  expect(host.clipboard).toEqual({ text: SECOND, concealed: true });
  expect(clearRecords()).toHaveLength(1);

  await passTime(90_000 + CLEAR_INTERVAL_MS);
  expect(host.clipboard).toBeUndefined();
  expect(clearRecords()).toEqual([]);
});
