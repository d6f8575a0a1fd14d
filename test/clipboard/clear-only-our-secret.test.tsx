import { LaunchType } from "@raycast/api";
import { runClearClipboard as runClear } from "../../test-world/support/commands";
import { host } from "../../test-world/host";
import { clearRecords } from "../../test-world/support/clear-records";
import { advance, passTime } from "../../test-world/support/timers";
import { isSecretPending } from "../../src/clipboard/secret-pending";
import { copySecret } from "../../src/clipboard/secure-clipboard";
import { backgroundRefreshOn, CANARY, CANARY_2, copyWith, NINETY, useCopyWorld } from "./copy-screen";

/** A clear removes only our own secret, and only while it is still on the clipboard. */

useCopyWorld();

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
