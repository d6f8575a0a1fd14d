import { host, loadBuiltCommand, type Screen } from "../../test-world/host";
import type { DesktopApp } from "../../test-world/sim";
import { canary, expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * Replace Secret from Clipboard as it ships (dist/search-secrets.js, dist/save-item.js) over the simulated app: the
 * rotated token replaces the old one with one put against the version read, a newer version in between is reported
 * and never overwritten, a lost answer is checked by reading again, and the clipboard is cleared after.
 */

const app = useSimulatedApp();
afterEach(() => host.setAssetsPath(""));

/** A GitHub token's shape too: a current value that is not a secret's shape would be refused as "no secret" first. */
const OLD = "ghp_Ob4Lw9Qz2Xc7Vn5Rt8Yp3Km6Hd1Sg0Fj2Ea7";
const USERNAME = canary("bot-user");
/** A GitHub token's shape, so the clipboard is recognised as a secret. */
const NEW = `ghp_${"Xq7Lm2Rv9Tz4Kp8Wn3Bd6Hs1Yc5Jf0Ga2Ue7M".slice(0, 36)}`;

function seed(): { item: () => { fields: { id: string; value: string }[]; version: number; history?: unknown[] } } {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering" });
  const id = acme.addItem(vault, {
    title: "GitHub Token",
    category: "ApiCredentials",
    fields: [
      { id: "username", title: "username", value: USERNAME },
      { id: "credential", title: "credential", fieldType: "Concealed", value: OLD },
    ],
  });
  return { item: () => simItem(app(), vault, id) };
}

function simItem(desktop: DesktopApp, vaultId: string, itemId: string) {
  const item = desktop.account("Acme").state.vaults.get(vaultId)?.items.get(itemId);
  if (!item) throw new Error("no item");
  return item;
}

async function openOnItem(): Promise<Screen> {
  const screen = await openCommand("search-secrets", { module: loadBuiltCommand("search-secrets") });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
  await screen.waitFor((s) => s.actions().some((action) => action.title === "Replace Secret from Clipboard"));
  return screen;
}

const credential = (item: { fields: { id: string; value: string }[] }) =>
  item.fields.find((candidate) => candidate.id === "credential")?.value;

test("replaces only the credential, after an alert that names item, vault and field, and clears the clipboard", async () => {
  const { item } = seed();
  host.userCopies(NEW);
  const screen = await openOnItem();
  host.answerAlerts(true);
  await screen.runAction("Replace Secret from Clipboard");
  await screen.waitFor(() => host.toast?.title === "Replaced the credential of “GitHub Token”");
  expect(host.alerts.at(-1)).toEqual(
    expect.objectContaining({
      title: "Replace the credential of “GitHub Token”?",
      message: expect.stringContaining("The credential of “GitHub Token” in “Engineering” will be replaced"),
      primaryAction: "Replace",
    }),
  );
  expect(credential(item())).toBe(NEW);
  expect(item().fields.find((f) => f.id === "username")?.value).toBe(USERNAME);
  expect(item().history).toEqual([expect.objectContaining({ version: 1 })]);
  expect(JSON.stringify(item().history)).toContain(OLD);
  // One put, carrying the version that was read.
  const puts = app().callsNamed("ItemsPut");
  expect(puts).toHaveLength(1);
  expect((puts[0]?.parameters?.item as { version: number }).version).toBe(1);
  expect(host.clipboard).toBeUndefined();
  expect(host.toast?.message).toContain("The clipboard was cleared.");
  expectNoLeakOrCrash(app(), [NEW, OLD]);
});

test("an item changed while the alert was open is reported, never overwritten", async () => {
  const { item } = seed();
  const THEIRS = canary("their-token");
  host.userCopies(NEW);
  const screen = await openOnItem();
  host.answerAlerts(() => {
    // Someone else rotates it meanwhile (the app bumps the version).
    const changed = item();
    const field = changed.fields.find((f) => f.id === "credential");
    if (field) field.value = THEIRS;
    changed.version += 1;
    return true;
  });
  await screen.runAction("Replace Secret from Clipboard");
  await screen.waitFor(() => host.toast?.title === "Item Changed Meanwhile");
  expect(host.toast?.message).toContain("nothing was replaced");
  expect(credential(item())).toBe(THEIRS);
  expect(app().callsNamed("ItemsPut")[0]?.error?.message).toMatch(/incorrect item version/);
  // The new token stays on the clipboard: it was not stored anywhere.
  expect(host.clipboard?.text).toBe(NEW);
  expectNoLeakOrCrash(app(), [NEW, OLD, THEIRS]);
});

test("a lost answer is checked by reading the item again: the put happened, so it is reported done, once", async () => {
  const { item } = seed();
  host.userCopies(NEW);
  const screen = await openOnItem();
  app().loseAnswerNext("ItemsPut");
  host.answerAlerts(true);
  await screen.runAction("Replace Secret from Clipboard");
  await screen.waitFor(() => host.toast?.title === "Replaced the credential of “GitHub Token”");
  expect(host.toast?.message).toContain("1Password had replaced it before the connection dropped.");
  expect(app().callsNamed("ItemsPut")).toHaveLength(1);
  // The check: the item read again after the put whose answer was lost.
  const names = app().calls.map((call) => call.name);
  expect(names.slice(names.indexOf("ItemsPut") + 1)).toContain("ItemsGet");
  expect(app().callsNamed("ItemsPut")[0]?.answerLost).toBe(true);
  expect(credential(item())).toBe(NEW);
  expect(host.clipboard).toBeUndefined();
  expectNoLeakOrCrash(app(), [NEW, OLD]);
});

test.each([
  ["an empty clipboard", undefined, "Clipboard Is Empty"],
  ["ordinary text", "see you at the standup", "Clipboard Holds No Secret"],
  ["the current value", OLD, "Already Up to Date"],
])("refuses %s in words, without an alert or a put", async (_what, copied, title) => {
  const { item } = seed();
  if (copied !== undefined) host.userCopies(copied);
  const screen = await openOnItem();
  await screen.runAction("Replace Secret from Clipboard");
  await screen.waitFor(() => host.toast?.title === title);
  expect(host.alerts).toEqual([]);
  expect(app().callsNamed("ItemsPut")).toEqual([]);
  expect(credential(item())).toBe(OLD);
  expectNoLeakOrCrash(app(), [NEW, OLD]);
});

test("Save Item offers to replace the secret of the item its token belongs to", async () => {
  const { item } = seed();
  host.userCopies(NEW);
  const screen = await openCommand("save-item", { module: loadBuiltCommand("save-item") });
  const action = "Replace the Secret of “GitHub Token” Instead";
  await screen.waitFor((s) => s.kind() === "Form" && s.actions().some((a) => a.title === action));
  expect(field(screen, "title")?.value).toBe("GitHub Token");
  host.answerAlerts(true);
  await screen.runAction(action);
  await screen.waitFor(() => host.toast?.title === "Replaced the credential of “GitHub Token”");
  expect(credential(item())).toBe(NEW);
  expect(app().callsNamed("ItemsCreate")).toEqual([]);
  expectNoLeakOrCrash(app(), [NEW, OLD]);
});
