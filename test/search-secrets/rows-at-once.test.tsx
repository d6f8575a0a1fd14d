import { host } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { hasRowsOrEmptyView, openCommandLoaded } from "../../test-world/support/commands";
import { settledToast } from "../../test-world/support/faults";
import { itemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/** Archive and delete take their rows off the list at once; 1Password's answer decides whether they come back. */

const app = useSimulatedApp();

function seed(): { acme: AccountHandle; vault: string; ids: Map<string, string> } {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering" });
  const ids = new Map<string, string>();
  for (const title of ["Deploy Key", "Stripe Token", "Sentry Token"])
    ids.set(title, acme.addItem(vault, { title, category: "Password" }));
  return { acme, vault, ids };
}

const openLoaded = () => openCommandLoaded("search-secrets", { until: hasRowsOrEmptyView });
const ALL = ["Deploy Key", "Sentry Token", "Stripe Token"];

test("a deleted item's row goes while 1Password deletes it, and comes back, selected, when it refuses", async () => {
  const { ids } = seed();
  const screen = await openLoaded();
  expect(itemTitles(screen).sort()).toEqual(ALL);
  app().failItems([ids.get("Stripe Token") ?? ""], "itemStatusPermissionError");
  const held = app().hang("ItemsDeleteAll");
  await screen.select("Stripe Token");
  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => held.held === 1);
  expect(itemTitles(screen).sort()).toEqual(["Deploy Key", "Sentry Token"]);

  held.release();
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Could not delete 1 item" });
  expect(itemTitles(screen).sort()).toEqual(ALL);
  expect(screen.items().find((item) => item.title === "Stripe Token")?.icon).toBe("CheckCircle");
  expectNoLeakOrCrash(app());
});

test("an archived item's row goes at once and stays gone once 1Password has archived it", async () => {
  const { acme, vault, ids } = seed();
  const screen = await openLoaded();
  const held = app().hang("ItemsArchive");
  await screen.select("Deploy Key");
  await screen.press("ctrl+shift+a");
  await screen.waitFor(() => held.held === 1);
  expect(itemTitles(screen).sort()).toEqual(["Sentry Token", "Stripe Token"]);

  held.release();
  await screen.waitFor(() => settledToast()?.title === "Archived 1 item");
  expect(itemTitles(screen).sort()).toEqual(["Sentry Token", "Stripe Token"]);
  expect(acme.state.vaults.get(vault)?.items.get(ids.get("Deploy Key") ?? "")?.state).toBe("archived");
});

test("a second archive pressed while the first runs sends nothing: one change at a time", async () => {
  seed();
  const screen = await openLoaded();
  const held = app().hang("ItemsArchive");
  await screen.select("Deploy Key");
  await screen.press("ctrl+shift+a");
  await screen.waitFor(() => held.held === 1);
  // The row is gone, so the press lands on the next row: it must not start a second batch meanwhile.
  await screen.press("ctrl+shift+a");
  held.release();
  await screen.waitFor(() => settledToast()?.title === "Archived 1 item");
  expect(app().callsNamed("ItemsArchive")).toHaveLength(1);
  expect(itemTitles(screen).sort()).toEqual(["Sentry Token", "Stripe Token"]);
});

test("Try Again on a partial failure acts on the failed items only", async () => {
  const { ids } = seed();
  const screen = await openLoaded();
  app().failItems([ids.get("Stripe Token") ?? ""], "itemStatusPermissionError");
  await screen.type("token");
  await screen.waitFor((s) => s.items().length === 2);
  await screen.press("cmd+shift+a");
  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ title: "Deleted 1 of 2 items", primaryAction: "Try Again" });
  app().clearItemFailures();
  await host.toast?.runPrimaryAction();
  await screen.waitFor(() => settledToast()?.title === "Deleted 1 item");
  const deleted = app()
    .callsNamed("ItemsDeleteAll")
    .map((call) => call.parameters?.item_ids);
  expect(deleted).toEqual([
    expect.arrayContaining([ids.get("Stripe Token"), ids.get("Sentry Token")]),
    [ids.get("Stripe Token")],
  ]);
  await screen.type("");
  await screen.waitFor((s) => itemTitles(s).join() === "Deploy Key");
});
