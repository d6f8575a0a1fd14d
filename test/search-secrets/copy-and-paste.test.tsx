import type { Screen } from "../../test-world/host";
import { host } from "../../test-world/host";
import { totpCode } from "../../test-world/sim/totp";
import { expectNoSecretLeak, plainSecretCopies } from "../../test-world/support/canary";
import { runClearClipboard, turnOnBackgroundClear } from "../../test-world/support/commands";
import { MAC_OSASCRIPT, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { actionTitles } from "../../test-world/support/screen";
import { passTime, startFakeTimers, waitWithTime } from "../../test-world/support/timers";
import { clearRecords } from "../../test-world/support/clear-records";
import { useSimulatedApp } from "../../test-world/support/world";
import { openLoaded, openOnStripe, seededItems, waitForFields } from "./seeded-items";

/** Search Secrets delivering values: copy, paste and Copy Field, each concealed and cleared, none recorded. */
const app = useSimulatedApp();
const { seed, simItem, fieldValue } = seededItems(app);

test("a typo still finds the item, and ↵ copies its password concealed and schedules the clear", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("githbu");
  expect(screen.selected()?.title).toBe("GitHub");
  expect(screen.selected()?.subtitle).toBe("github.com");
  await waitForFields(screen, "password");
  expect(screen.actions()[0]).toMatchObject({ title: "Copy Password", shortcut: "cmd+opt+c" });

  // Only here does the background clear run (on fake time), as Raycast runs it: every 10 s, each launch short.
  startFakeTimers();
  await turnOnBackgroundClear();
  await screen.press("enter");
  await waitWithTime(screen, () => host.huds.length > 0);
  const password = fieldValue(ids.engineering, ids.github, "password");
  expect(host.clipboard).toEqual({ text: password, concealed: true });
  expect(host.huds.map((hud) => hud.title)).toEqual(["Copied password · clears in 90 s"]);
  await screen.unmount();
  await passTime(100_000);
  expect(host.clipboard).toBeUndefined();
  expect(host.backgroundRuns.filter((run) => run.endedByTimeout)).toEqual([]);
  expectNoSecretLeak(app(), [password]);
});

describe("on macOS", () => {
  const keystrokes = useFakeKeystrokes("darwin");

  test("⌘↵ pastes the main secret when the primary action is copy, and ↵ pastes when it is paste", async () => {
    await turnOnBackgroundClear();
    const ids = seed();
    const screen = await openOnStripe();
    expect(actionTitles(screen, 2)).toEqual(["Copy Credential", "Paste Credential"]);
    await screen.press("cmd+enter");
    await screen.waitFor(() => host.huds.length === 1);
    const credential = fieldValue(ids.engineering, ids.stripe, "credential");
    expect(keystrokes.calls().map((call) => call.program)).toEqual([MAC_OSASCRIPT]);
    expect(host.clipboard).toEqual({ text: credential, concealed: true });
    expect(host.pastes).toEqual([]);
    expect(host.huds.at(-1)?.title).toBe("Pasted credential · clears in 90 s");
    await screen.unmount();

    const pasteFirst = await openOnStripe({ primaryAction: "paste" });
    expect(actionTitles(pasteFirst, 2)).toEqual(["Paste Credential", "Copy Credential"]);
    await pasteFirst.press("enter");
    await pasteFirst.waitFor(() => host.huds.length === 2);
    expect(keystrokes.calls()).toHaveLength(2);
    expect(plainSecretCopies([credential])).toEqual([]);
    expectNoSecretLeak(app(), [credential]);
  });
});

test("⌃⌘C copies the current one-time password, ⇧⌘C the username, and a field comes from the Copy Field submenu", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("github");
  await waitForFields(screen, "password");
  const otp = simItem(ids.engineering, ids.github).fields.find((field) => field.fieldType === "Totp");
  const expected = totpCode(otp?.value ?? "", app().clock.now());
  if (!("code" in expected)) throw new Error("the sim could not make a code");
  await screen.press("cmd+ctrl+c");
  await screen.waitFor(() => host.huds.length === 1);
  expect(host.clipboard).toEqual({ text: expected.code, concealed: true });
  expect(host.huds.at(-1)?.title).toMatch(/^Copied one-time password · /);

  // A username is concealed and cleared like every field value.
  await screen.press("cmd+shift+c");
  await screen.waitFor(() => host.huds.length === 2);
  const username = fieldValue(ids.engineering, ids.github, "username");
  expect(host.clipboard).toEqual({ text: username, concealed: true });

  // The submenu lists titles only; the value is fetched when one is picked.
  const submenu = screen.actions().filter((action) => action.path[0] === "Copy Field");
  expect(submenu.map((action) => action.title)).toEqual(["username", "password", "one-time password"]);
  const password = fieldValue(ids.engineering, ids.github, "password");
  expect(JSON.stringify(screen.actions())).not.toContain(password);
  const before = app().callsNamed("ItemsGet").length;
  await screen.runAction(["Copy Field", "password"]);
  await screen.waitFor(() => host.huds.length === 3);
  expect(app().callsNamed("ItemsGet").length).toBe(before + 1);
  expect(host.clipboard).toEqual({ text: password, concealed: true });

  await screen.press("cmd+shift+o");
  expect(host.opened).toEqual([`onepassword://view-item/?a=Acme&v=${ids.engineering}&i=${ids.github}`]);
  expectNoSecretLeak(app(), [password, username, otp?.value ?? ""]);
});

/** Runs a delivery and waits for what it says (a toast or a HUD): each copy ends with one. */
async function delivered(screen: Screen, act: () => Promise<void>): Promise<void> {
  const said = () => host.toasts.length + host.huds.length;
  const before = said();
  await act();
  await screen.waitFor(() => said() > before);
}

test("canary sweep: after every secret action, no value of the touched items is in toasts, HUDs, logs or storage", async () => {
  const ids = seed();
  const screen = await openLoaded({ closeWindowAfterCopy: false });
  for (const query of ["github", "stripe", "postgres"]) {
    await screen.type(query);
    await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Copy Field"));
    await screen.waitFor((s) => s.actions().filter((a) => a.path[0] === "Copy Field").length >= 2);
    await delivered(screen, () => screen.press("enter"));
    await delivered(screen, () => screen.press("cmd+enter"));
    for (const action of screen.actions().filter((a) => a.path.length > 0)) {
      await delivered(screen, () => screen.runAction([...action.path, action.title]));
    }
    await delivered(screen, () => screen.press("cmd+shift+c"));
  }
  await screen.press("cmd+shift+a");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.clipboard?.text.includes("op://"));
  const touched = [ids.github, ids.stripe, ids.postgres].flatMap((id) => {
    const vault = id === ids.postgres ? ids.ops : ids.engineering;
    return simItem(vault, id).fields.map((field) => field.value);
  });
  expect(touched.length).toBeGreaterThanOrEqual(7);
  expectNoSecretLeak(app(), touched);
  // The copies were real: the values did go to the clipboard, concealed.
  expect(host.clipboardHistory.filter((entry) => entry.concealed).length).toBeGreaterThanOrEqual(6);
});

test("a plain Text or URL field is a secret too: copied concealed, recorded as a field value, cleared", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Personal" });
  const codes = "canary-recovery-7f3a 9b2c 41d0";
  const link = "https://hooks.example/T0/canary-token-5e8d";
  acme.addItem(vault, {
    title: "Backup Codes",
    category: "SecureNote",
    fields: [
      { id: "codes", title: "Recovery codes", value: codes, fieldType: "Text" },
      { id: "hook", title: "Webhook", value: link, fieldType: "Url" },
    ],
  });
  const screen = await openLoaded({ closeWindowAfterCopy: false });
  await waitForFields(screen, "Recovery codes");
  await screen.runAction(["Copy Field", "Recovery codes"]);
  await screen.waitFor(() => host.clipboard?.text === codes);
  expect(host.clipboard).toEqual({ text: codes, concealed: true });
  expect(clearRecords().map((record) => record.label)).toContain("a field value");
  await screen.runAction(["Copy Field", "Webhook"]);
  await screen.waitFor(() => host.clipboard?.text === link);
  expect(host.clipboard?.concealed).toBe(true);
  expect(plainSecretCopies([codes, link])).toEqual([]);
  await runClearClipboard();
  expect(host.clipboard).toBeUndefined();
  expectNoSecretLeak(app(), [codes, link]);
});
