import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { hasRowsOrEmptyView, openCommandLoaded } from "../../test-world/support/commands";
import { settledToast } from "../../test-world/support/faults";
import { itemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/** Deleting and renaming show in the list at once; 1Password's answer decides whether the change stays. */

const app = useSimulatedApp();

function seed(): { acme: AccountHandle; ids: Map<string, string> } {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const ids = new Map(["Alpha", "Bravo", "Charlie"].map((title) => [title, acme.addVault({ title })]));
  return { acme, ids };
}

const openLoaded = () =>
  openCommandLoaded("manage-vaults", { preferences: { accounts: "Acme" }, until: hasRowsOrEmptyView });
const titles = (screen: Screen) => itemTitles(screen).sort();

/** Deletes Bravo with 1Password holding the answer: the row is already gone. */
async function deleteBravoHeld(screen: Screen) {
  const held = app().hang("VaultsDelete");
  await screen.select("Bravo");
  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => held.held === 1);
  expect(titles(screen)).toEqual(["Alpha", "Charlie"]);
  return held;
}

/** Renames Bravo with 1Password holding the answer: the form has closed and the list shows the new title. */
async function renameBravoHeld(screen: Screen) {
  const held = app().hang("VaultsUpdate");
  await screen.select("Bravo");
  await screen.press("cmd+e");
  await screen.submit({ title: "Bravo EU" });
  await screen.waitFor(() => held.held === 1);
  expect(screen.kind()).toBe("List");
  expect(titles(screen)).toEqual(["Alpha", "Bravo EU", "Charlie"]);
  return held;
}

test("a deleted vault's row goes while 1Password deletes it, and comes back when it refuses", async () => {
  const { acme, ids } = seed();
  const screen = await openLoaded();
  app().denyVault(ids.get("Bravo") ?? "", ["manage"]);
  const held = await deleteBravoHeld(screen);

  held.release();
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Permission Denied" });
  expect(titles(screen)).toEqual(["Alpha", "Bravo", "Charlie"]);
  expect(acme.state.vaults.has(ids.get("Bravo") ?? "")).toBe(true);
  expectNoLeakOrCrash(app());
});

test("a deleted vault's row stays gone once 1Password has deleted it", async () => {
  const { acme, ids } = seed();
  const screen = await openLoaded();
  const held = await deleteBravoHeld(screen);
  held.release();
  await screen.waitFor(() => settledToast()?.title === "Deleted vault “Bravo”");
  expect(titles(screen)).toEqual(["Alpha", "Charlie"]);
  expect(acme.state.vaults.has(ids.get("Bravo") ?? "")).toBe(false);
});

test("a batch delete takes the selected rows at once; the one 1Password refuses comes back, selected", async () => {
  const { ids } = seed();
  const screen = await openLoaded();
  for (const title of ["Alpha", "Bravo", "Charlie"]) {
    await screen.select(title);
    await screen.press("cmd+s");
  }
  app().denyVault(ids.get("Charlie") ?? "", ["manage"]);
  const held = app().hang("VaultsDelete");
  host.answerAlerts(true);
  await screen.press("ctrl+shift+x");
  await screen.waitFor(() => held.held > 0);
  expect(titles(screen)).toEqual([]);
  held.release();
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Deleted 2 of 3 vaults", primaryAction: "Try Again" });
  expect(titles(screen)).toEqual(["Charlie"]);
  expect(screen.items()[0]?.accessories).toContain("Selected");
});

test("a renamed vault shows its new title at once and keeps it once 1Password has saved it", async () => {
  const { acme, ids } = seed();
  const screen = await openLoaded();
  const held = await renameBravoHeld(screen);
  held.release();
  await screen.waitFor(() => settledToast()?.title === "Saved vault “Bravo EU”");
  expect(titles(screen)).toEqual(["Alpha", "Bravo EU", "Charlie"]);
  expect(acme.state.vaults.get(ids.get("Bravo") ?? "")?.title).toBe("Bravo EU");
});

test("a rename 1Password refuses shows the old title again and brings the form back with what was typed", async () => {
  const { acme, ids } = seed();
  const screen = await openLoaded();
  app().failNext("VaultsUpdate", { message: "injected failure" });
  const held = await renameBravoHeld(screen);
  held.release();
  await screen.waitFor(() => settledToast());
  expect(screen.kind()).toBe("Form");
  expect(screen.formValues().title).toBe("Bravo EU");
  await screen.pop();
  expect(titles(screen)).toEqual(["Alpha", "Bravo", "Charlie"]);
  expect(acme.state.vaults.get(ids.get("Bravo") ?? "")?.title).toBe("Bravo");
});
