import { runClearClipboard as runClear } from "../../test-world/support/commands";
import { host } from "../../test-world/host";
import { clearRecords } from "../../test-world/support/clear-records";
import { advance, passTime } from "../../test-world/support/timers";
import { CLEAR_INTERVAL_MS, HEARTBEAT_FRESH_MS } from "../../src/clipboard/background-heartbeat";
import { backgroundRefreshOn, CANARY, copyWith, NINETY, useCopyWorld } from "./copy-screen";

/** A copied secret is cleared on time, whether or not background refresh runs, and by hand. */

useCopyWorld();

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
test("running it by hand clears a pending secret now and says so, without naming it", async () => {
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  await runClear();
  expect(host.clipboard).toBeUndefined();
  expect(host.huds.at(-1)?.title).toBe("Cleared a password from the clipboard");
  await runClear();
  expect(host.huds.at(-1)?.title).toBe("No copied secret to clear");
});
