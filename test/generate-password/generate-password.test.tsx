import { host, type Screen } from "../../test-world/host";
import { RECIPE_KEY } from "../../src/domain/recipe-store";
import { expectNoLeakOrCrash, expectNoneRecorded } from "../../test-world/support/canary";
import { openCommand, turnOnBackgroundClear } from "../../test-world/support/commands";
import { clearRecords } from "../../test-world/support/clear-records";
import { MAC_OSASCRIPT, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { itemsTitled } from "../../test-world/support/save-item";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/** Generate Password, driven as a person would; the password reaches the clipboard concealed and nothing else. */

const app = useSimulatedApp();
const keystrokes = useFakeKeystrokes("darwin");
beforeEach(async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  acme.addVault({ title: "Engineering" });
  // Background clearing has run once, as it has for anyone who opened Clear Copied Secret: a copy's clear is certain.
  await turnOnBackgroundClear();
});

async function openGenerator(preferences: Record<string, unknown> = {}): Promise<Screen> {
  const screen = await openCommand("generate-password", { preferences });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
  return screen;
}

const password = (screen: Screen) => screen.items()[0]?.title ?? "";

test("opens on a fresh Random password with a strength hint; ↵ copies it concealed and schedules the clear", async () => {
  const screen = await openGenerator();
  const first = password(screen);
  expect(first).toHaveLength(20);
  expect(screen.items()[0]?.subtitle).toBe("Random · 20 characters · digits · symbols");
  expect(screen.items()[0]?.accessories).toEqual(["Very Strong"]);
  expect(
    screen
      .actions()
      .slice(0, 4)
      .map((action) => [action.title, action.shortcut]),
  ).toEqual([
    ["Copy Password", undefined],
    ["Paste Password", undefined],
    ["Regenerate", "cmd+r"],
    ["Save as New Item", "cmd+n"],
  ]);
  // No desktop-app call: the generator runs in the SDK's local core.
  expect(app().calls).toEqual([]);

  // ↵ and ⌘↵ are the first two actions (Raycast binds them by position).
  await screen.press("enter");
  await screen.waitFor(() => host.huds.length > 0);
  expect(host.clipboard).toEqual({ text: first, concealed: true });
  expect(host.huds.at(-1)?.title).toBe("Copied password · clears in 90 s");
  expect(clearRecords()).not.toEqual([]);
  expectNoneRecorded([first]);
  expectNoLeakOrCrash(app(), [first]);
});

test("⌘↵ pastes through the same safe paste, and ⌘R makes a new one", async () => {
  const screen = await openGenerator();
  const first = password(screen);
  await screen.press("cmd+r");
  const second = password(screen);
  expect(second).not.toBe(first);
  await screen.press("cmd+enter");
  await screen.waitFor(() => host.huds.length > 0);
  // A concealed copy, then the paste keystroke: nothing un-concealed reaches clipboard history.
  expect(keystrokes.calls()).toEqual([
    {
      program: MAC_OSASCRIPT,
      args: ["-e", 'tell application "System Events" to keystroke "v" using command down'],
      landedIn: "TextEdit",
    },
  ]);
  expect(host.clipboard).toEqual({ text: second, concealed: true });
  expect(host.pastes).toEqual([]);
  expect(host.clipboardHistory.filter((write) => write.text === second && !write.concealed)).toEqual([]);
  expect(host.huds.at(-1)?.title).toBe("Pasted password · clears in 90 s");
  expect(clearRecords()).not.toEqual([]);
  expectNoneRecorded([first, second]);
});

test("the recipe is remembered, the password never is", async () => {
  const screen = await openGenerator();
  await screen.chooseDropdown("PIN");
  expect(password(screen)).toMatch(/^\d{6}$/);
  expect(screen.items()[0]?.accessories).toEqual(["Very Weak"]);
  await screen.press("cmd+arrowUp");
  await screen.press("cmd+arrowUp");
  expect(password(screen)).toMatch(/^\d{8}$/);
  const pin = password(screen);
  await screen.unmount();
  expect(JSON.parse(String(host.localStorage[RECIPE_KEY]))).toEqual({ kind: "pin", length: 8 });

  const again = await openGenerator();
  expect(password(again)).toMatch(/^\d{8}$/);
  expect(again.dropdown()?.value).toBe("pin");
  // An 8-digit PIN is short enough to turn up by chance elsewhere; the long passwords carry the canary check.
  expect(JSON.stringify(host.localStorage)).not.toContain(pin);
});

test("Memorable: more words, another separator, capitals off", async () => {
  const screen = await openGenerator();
  await screen.runAction(["Switch Recipe", "Memorable"]);
  expect(password(screen).split("-")).toHaveLength(4);
  await screen.press("cmd+arrowUp");
  expect(password(screen).split("-")).toHaveLength(5);
  await screen.runAction(["Separator", "Periods"]);
  expect(password(screen).split(".")).toHaveLength(5);
  await screen.runAction("Lowercase Words");
  expect(password(screen)).toBe(password(screen).toLowerCase());
  expect(JSON.parse(String(host.localStorage[RECIPE_KEY]))).toMatchObject({
    kind: "memorable",
    words: 5,
    separator: "periods",
    capitalize: false,
  });
  expectNoneRecorded([password(screen)]);
});

test("Random: shorter, no symbols, and a length from the submenu", async () => {
  const screen = await openGenerator();
  await screen.runAction("Exclude Symbols");
  expect(password(screen)).toMatch(/^[A-Za-z0-9]{20}$/);
  await screen.runAction(["Length", "64"]);
  expect(password(screen)).toHaveLength(64);
  await screen.press("cmd+arrowDown");
  expect(password(screen)).toHaveLength(63);
});

test("Save as New Item: the password goes into the Save Item form, and is saved as a login", async () => {
  const screen = await openGenerator();
  const generated = password(screen);
  await screen.press("cmd+n");
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading() && field(s, "vault")?.value !== "");
  expect(field(screen, "secret")).toMatchObject({ type: "password", value: generated, title: "Password" });
  expect(field(screen, "category")?.value).toBe("Login");
  await screen.setValue("title", "New Signup");
  await screen.press("cmd+enter");
  await screen.waitFor((s) => s.kind() === "List" && host.toast?.title === "Saved “New Signup”");
  expect(itemsTitled(app(), "New Signup")[0]?.fields).toEqual([
    expect.objectContaining({ id: "password", value: generated }),
  ]);
  expectNoLeakOrCrash(app(), [generated]);
});
