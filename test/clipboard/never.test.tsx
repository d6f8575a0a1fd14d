import { host } from "../../test-world/host";
import { clearRecords } from "../../test-world/support/clear-records";
import { openActionProbe, runClearClipboard as runClear } from "../../test-world/support/commands";
import { passTime } from "../../test-world/support/timers";
import { useHost } from "../../test-world/support/world";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_INTERVAL_MS } from "../../src/clipboard/background-heartbeat";
import { MAX_RECORD_LIFETIME_MS } from "../../src/clipboard/clear-record";
import { isSecretPending } from "../../src/clipboard/secret-pending";
import { copySecret, type SecretClipboardOptions } from "../../src/clipboard/secure-clipboard";

/**
 * What is kept about a copy, and for how long: Clear Clipboard After = Never keeps nothing derived from the value, and
 * no record outlives its use.
 */

const NEVER: SecretClipboardOptions = { clearAfterSeconds: null, closeWindowAfterCopy: false, kind: "a PIN" };
const NINETY: SecretClipboardOptions = { clearAfterSeconds: 90, closeWindowAfterCopy: true, kind: "a password" };
const PIN = "4821";
const PASSWORD = "canary-3be1f0-password";

useHost({ fakeTimers: true });
beforeEach(() => host.registerCommand("clear-clipboard", clearClipboardCommand));

async function copyFromScreen(secret: string, options: SecretClipboardOptions) {
  const screen = await openActionProbe("Copy PIN", () => copySecret(secret, "PIN", options));
  await screen.press("enter");
  return screen;
}

test('"never" copies concealed, clears nothing, and keeps no verifier: only a token, a time and a kind', async () => {
  host.enableBackgroundRefresh("clear-clipboard");
  await copyFromScreen(PIN, NEVER);
  expect(host.clipboard).toEqual({ text: PIN, concealed: true });
  expect(host.toasts.at(-1)).toMatchObject({ title: "Copied PIN", message: "Not cleared automatically" });
  const [record, ...others] = clearRecords();
  expect(others).toEqual([]);
  expect(Object.keys(record!).sort()).toEqual(["createdAt", "deadline", "label", "token"]);
  expect(record).toMatchObject({ deadline: null, label: "a PIN" });
  await passTime(15 * 60_000, 10_000);
  expect(host.clipboard?.text).toBe(PIN);
  expect(await isSecretPending()).toBe(true);
});

test('a "never" copy counts as pending until its record\'s lifetime ends; then the record is gone', async () => {
  host.enableBackgroundRefresh("clear-clipboard");
  await copyFromScreen(PIN, NEVER);
  await passTime(MAX_RECORD_LIFETIME_MS - 60_000, 60_000);
  expect(await isSecretPending()).toBe(true);
  await passTime(2 * 60_000, 10_000);
  expect(clearRecords()).toEqual([]);
  expect(await isSecretPending()).toBe(false);
  expect(host.clipboard?.text).toBe(PIN); // never cleared, as chosen
});

test("a timed record past its lifetime (a Mac asleep through the deadline) is still checked once, then deleted", async () => {
  const screen = await copyFromScreen(PASSWORD, NINETY);
  await screen.unmount();
  await passTime(MAX_RECORD_LIFETIME_MS + 60_000, 60_000); // nothing ran: background refresh was off
  expect(host.clipboard?.text).toBe(PASSWORD);
  host.enableBackgroundRefresh("clear-clipboard");
  await passTime(CLEAR_INTERVAL_MS);
  expect(host.clipboard).toBeUndefined();
  expect(clearRecords()).toEqual([]);
});

test("records nobody acted on are deleted by the next copy once past their lifetime", async () => {
  const first = await copyFromScreen(PASSWORD, NINETY);
  await first.unmount();
  const never = await copyFromScreen(PIN, NEVER);
  await never.unmount();
  expect(clearRecords()).toHaveLength(2);
  await passTime(MAX_RECORD_LIFETIME_MS + 60_000, 60_000);
  await copyFromScreen("canary-99ab01-later", NINETY);
  expect(clearRecords().map((record) => record.createdAt)).toEqual([Date.now()]);
  await runClear();
  expect(host.clipboard).toBeUndefined();
});
