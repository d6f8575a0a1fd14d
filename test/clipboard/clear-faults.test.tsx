import { LaunchType } from "@raycast/api";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_RECORD_PREFIX } from "../../src/clipboard/clear-record";
import { CLEAR_INTERVAL_MS } from "../../src/clipboard/background-heartbeat";
import { addEnvironment } from "../../src/onepassword/registered-environments";
import { host, type Screen } from "../../test-world/host";
import { canary, expectNoSecretLeak } from "../../test-world/support/canary";
import { clearRecords } from "../../test-world/support/clear-records";
import { openCommand, runClearClipboard as runClear } from "../../test-world/support/commands";
import { passTime, waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * Fault injection over Clear Copied Secret. It never talks to 1Password, so its faults are its own: a damaged record,
 * a stale record, Raycast ending every background launch after a few seconds, the user's own clipboard, and 1Password
 * failing around it. Background refresh is on (the person opened the command once) unless a test says otherwise.
 */

const app = useSimulatedApp({ fakeTimers: true });

const SECRET = canary("clear");
/** The token of a record the tests damage (the key is the clear-record prefix and the token). */
const TOKEN = "d".repeat(24);

beforeEach(async () => {
  host.registerCommand("clear-clipboard", clearClipboardCommand);
  host.enableBackgroundRefresh("clear-clipboard");
  await passTime(CLEAR_INTERVAL_MS);
});

/** Search Environments with SECRET as Staging's API_KEY and a 15 s clear, loaded. */
async function openStaging(): Promise<Screen> {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const id = acme.addEnvironment({ name: "Staging", variables: { API_KEY: SECRET } });
  await addEnvironment({ id, label: "Staging", account: "Acme" });
  const screen = await openCommand("search-environments", { preferences: { clipboardClearDelay: "15" } });
  await waitWithTime(screen, (s) => !s.isLoading() && s.items().some((item) => item.title === "API_KEY"));
  return screen;
}

/** Copies SECRET through Search Environments, as a person would. */
async function copyFromEnvironment(): Promise<Screen> {
  const screen = await openStaging();
  await screen.press("enter");
  await waitWithTime(screen, () => host.clipboard?.text === SECRET);
  return screen;
}

test("the copied value is cleared on time even when 1Password locks right after the copy", async () => {
  const screen = await copyFromEnvironment();
  expect(host.clipboard).toEqual({ text: SECRET, concealed: true });
  app().lock();
  await screen.unmount();
  await passTime(14_000);
  expect(host.clipboard?.text).toBe(SECRET);
  await passTime(1_000 + CLEAR_INTERVAL_MS);
  expect(host.clipboard).toBeUndefined();
  expect(clearRecords()).toEqual([]);
  expectNoSecretLeak(app(), [SECRET]);
  expect(host.errors).toEqual([]);
});

test("a copy that fails in 1Password schedules nothing and leaves the clipboard alone", async () => {
  host.userCopies("the user's own text");
  const screen = await openStaging();
  app().failNext("EnvironmentsGetVariables", { message: "permission denied: you do not have access" });
  await screen.press("enter");
  await waitWithTime(screen, () => host.toast?.style === "FAILURE");
  expect(clearRecords()).toEqual([]);
  await passTime(30_000);
  expect(host.clipboard).toEqual({ text: "the user's own text", concealed: false });
  expect(host.clipboardClears).toBe(0);
});

test.each([
  ["text that is not JSON", "{not json"],
  ["a record of the wrong shape", JSON.stringify({ token: 1, hash: "zz" })],
  [
    "a record of the old fast-hash kind",
    JSON.stringify({ token: "t", salt: "s", hash: "ab".repeat(32), deadline: 0, label: "x" }),
  ],
  [
    "a verifier of an unknown kind",
    JSON.stringify({
      token: TOKEN,
      kdf: "sha1",
      salt: "s",
      verifier: "v",
      deadline: 0,
      createdAt: Date.now(),
      label: "x",
    }),
  ],
  [
    "a record stored under another copy's key",
    JSON.stringify({ token: "0".repeat(24), createdAt: Date.now(), deadline: null, label: "x" }),
  ],
  [
    'a "never" record that keeps a verifier',
    JSON.stringify({ token: TOKEN, createdAt: Date.now(), deadline: null, label: "x", salt: "s", verifier: "v" }),
  ],
])(
  "a damaged record (%s) clears nothing, crashes nothing, is deleted, and a new copy works again",
  async (_, stored) => {
    host.userCopies("the user's own text");
    host.internal.localStorage.set(CLEAR_RECORD_PREFIX + TOKEN, stored);
    await runClear(LaunchType.Background);
    expect(host.localStorage[CLEAR_RECORD_PREFIX + TOKEN]).toBeUndefined();
    expect(host.clipboard?.text).toBe("the user's own text");
    await runClear();
    expect(host.huds.at(-1)?.title).toBe("No copied secret to clear");
    expect(host.clipboard?.text).toBe("the user's own text");
    expect(host.clipboardClears).toBe(0);
    expect(host.errors).toEqual([]);

    // Recovery: the next copy writes a sound record, and its clear happens.
    const screen = await copyFromEnvironment();
    await screen.unmount();
    await passTime(15_000 + CLEAR_INTERVAL_MS);
    expect(host.clipboard).toBeUndefined();
  },
);

test("a clear by hand before the deadline, then the user's copy: the interval leaves the user's text alone", async () => {
  const screen = await copyFromEnvironment();
  await screen.unmount();
  await runClear(); // by hand, before the deadline
  expect(host.huds.at(-1)?.title).toBe("Cleared a variable value from the clipboard");
  host.userCopies("copied afterwards");
  await passTime(30_000);
  expect(host.clipboard?.text).toBe("copied afterwards");
  expect(host.clipboardClears).toBe(1);
});

test("background refresh off: the interval never runs, and the copy said the clear was not guaranteed", async () => {
  resetRefresh();
  const screen = await copyFromEnvironment();
  await waitWithTime(screen, () => host.huds.length > 0);
  expect(host.huds.at(-1)?.title).toMatch(/may not clear in 15 s: run Clear Copied Secret once$/);
  await screen.unmount();
  await passTime(60_000, 5_000);
  expect(host.clipboard?.text).toBe(SECRET);
  // A later interval tick (refresh turned on) clears the overdue secret, and only once.
  await runClear(LaunchType.Background);
  expect(host.clipboard).toBeUndefined();
  await runClear(LaunchType.Background);
  expect(host.clipboardClears).toBe(1);
});

test("an absurdly far deadline: every tick still returns at once, and nothing is cleared early", async () => {
  const screen = await copyFromEnvironment();
  await screen.unmount();
  const [record] = clearRecords() as { token: string; deadline: number }[];
  host.internal.localStorage.set(
    CLEAR_RECORD_PREFIX + record!.token,
    JSON.stringify({ ...record, deadline: record!.deadline + 365 * 24 * 3600_000 }),
  );
  const before = host.backgroundRuns.length;
  await passTime(60_000);
  const ticks = host.backgroundRuns.slice(before);
  expect(ticks.length).toBeGreaterThanOrEqual(5);
  expect(ticks.every((run) => run.finished && !run.endedByTimeout)).toBe(true);
  expect(host.clipboard?.text).toBe(SECRET);
  expect(host.errors).toEqual([]);
});

test("a paste (here, where no paste keystroke exists: a concealed copy) gets the same clear as a copy", async () => {
  const screen = await openStaging();
  await screen.press("cmd+enter");
  await waitWithTime(screen, () => host.clipboard?.text === SECRET);
  expect(host.clipboard?.concealed).toBe(true);
  expect(host.pastes).toEqual([]);
  await screen.unmount();
  await passTime(15_000 + CLEAR_INTERVAL_MS);
  expect(host.clipboard).toBeUndefined();
});

/** Background refresh off again, as for a Store install nobody opened, with no tick ever seen. */
function resetRefresh(): void {
  for (const timer of host.internal.refreshTimers.values()) clearInterval(timer);
  host.internal.refreshTimers.clear();
  host.internal.localStorage.delete("clipboard.background-heartbeat");
}
