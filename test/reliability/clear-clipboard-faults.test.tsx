import { LaunchType } from "@raycast/api";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_RECORD_KEY } from "../../src/clipboard/clear-record";
import { MAX_WAIT_MS } from "../../src/clipboard/clear-pending";
import { addEnvironment } from "../../src/onepassword/registered-environments";
import { host, type Screen } from "../host";
import { canary, expectNoSecretLeak } from "../support/canary";
import { openCommand, runClearClipboard as runClear } from "../support/commands";
import { advance, waitWithTime } from "../support/timers";
import { useSimulatedApp } from "../support/world";

/**
 * Fault injection over Clear Copied Secret. It never talks to 1Password, so its faults are its own: a damaged record,
 * a stale launch, Raycast losing the background launch, the user's own clipboard, and 1Password failing around it.
 */

const app = useSimulatedApp({ fakeTimers: true });

const SECRET = canary("clear");

beforeEach(() => host.registerCommand("clear-clipboard", clearClipboardCommand));

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
  await advance(14_000);
  expect(host.clipboard?.text).toBe(SECRET);
  await advance(2_000);
  await host.waitForBackground();
  expect(host.clipboard).toBeUndefined();
  expect(host.localStorage[CLEAR_RECORD_KEY]).toBeUndefined();
  expectNoSecretLeak(app(), [SECRET]);
  expect(host.errors).toEqual([]);
});

test("a copy that fails in 1Password schedules nothing and leaves the clipboard alone", async () => {
  host.userCopies("the user's own text");
  const screen = await openStaging();
  app().failNext("EnvironmentsGetVariables", { message: "permission denied: you do not have access" });
  await screen.press("enter");
  await waitWithTime(screen, () => host.toast?.style === "FAILURE");
  expect(host.launches).toEqual([]);
  expect(host.localStorage[CLEAR_RECORD_KEY]).toBeUndefined();
  await advance(20_000);
  expect(host.clipboard).toEqual({ text: "the user's own text", concealed: false });
  expect(host.clipboardClears).toBe(0);
});

test.each([
  ["text that is not JSON", "{not json"],
  ["a record of the wrong shape", JSON.stringify({ token: 1, hash: "zz" })],
  ["a hash that is not a SHA-256", JSON.stringify({ token: "t", salt: "s", hash: "abc", deadline: 0, label: "x" })],
])("a damaged record (%s) clears nothing, crashes nothing, and a new copy works again", async (_, stored) => {
  host.userCopies("the user's own text");
  host.internal.localStorage.set(CLEAR_RECORD_KEY, stored);
  await runClear(LaunchType.Background);
  await runClear(LaunchType.Background, { token: "t" });
  expect(host.clipboard?.text).toBe("the user's own text");
  await runClear();
  expect(host.huds.at(-1)?.title).toBe("No copied secret to clear");
  expect(host.clipboard?.text).toBe("the user's own text");
  expect(host.clipboardClears).toBe(0);
  expect(host.errors).toEqual([]);

  // Recovery: the next copy writes a sound record, and its clear happens.
  const screen = await copyFromEnvironment();
  await screen.unmount();
  await advance(16_000);
  await host.waitForBackground();
  expect(host.clipboard).toBeUndefined();
});

test("a stale background launch (its copy cleared by hand, then the user copied) leaves the user's text alone", async () => {
  const screen = await copyFromEnvironment();
  await screen.unmount();
  await runClear(); // by hand, before the deadline
  expect(host.huds.at(-1)?.title).toBe("Cleared copied value of API_KEY");
  host.userCopies("copied afterwards");
  await advance(16_000);
  await host.waitForBackground();
  expect(host.clipboard?.text).toBe("copied afterwards");
  expect(host.clipboardClears).toBe(1);
});

test("Raycast lost the background launch: the interval tick clears an overdue secret, and only when overdue", async () => {
  host.internal.commands.clear(); // the launch is recorded but never runs
  const screen = await copyFromEnvironment();
  await screen.unmount();
  await runClear(LaunchType.Background);
  expect(host.clipboard?.text).toBe(SECRET);
  await advance(16_000);
  await runClear(LaunchType.Background);
  expect(host.clipboard).toBeUndefined();
  await runClear(LaunchType.Background);
  expect(host.clipboardClears).toBe(1);
});

test("a record whose deadline is absurdly far away cannot keep the background command waiting past its bound", async () => {
  const screen = await copyFromEnvironment();
  await screen.unmount();
  const record = JSON.parse(String(host.localStorage[CLEAR_RECORD_KEY])) as { token: string; deadline: number };
  host.internal.localStorage.set(
    CLEAR_RECORD_KEY,
    JSON.stringify({ ...record, deadline: record.deadline + 365 * 24 * 3600_000 }),
  );
  const run = runClear(LaunchType.Background, { token: record.token });
  let finished = false;
  void run.then(() => (finished = true));
  await advance(MAX_WAIT_MS + 1_000);
  await run;
  expect(finished).toBe(true);
  // Waking early, it clears the secret rather than leaving it behind.
  expect(host.clipboard).toBeUndefined();
  expect(host.errors).toEqual([]);
});

test("a paste leaves the value on the clipboard and gets the same scheduled clear as a copy", async () => {
  // A paste leaves the value on the clipboard, so it gets the same scheduled check as a copy.
  const screen = await openStaging();
  await screen.press("cmd+enter");
  await waitWithTime(screen, () => host.pastes.length === 1);
  await screen.unmount();
  await advance(16_000);
  await host.waitForBackground();
  expect(host.clipboard).toBeUndefined();
});
