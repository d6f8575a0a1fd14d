import { addEnvironment, listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import { host, type Screen } from "../../test-world/host";
import { hasRowsOrEmptyView, openCommandLoaded } from "../../test-world/support/commands";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { settledToast } from "../../test-world/support/faults";
import { sectionTitles, selectRow } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/** Rename, move and remove show in the list at once; whether the list could be saved decides whether they stay. */

const app = useSimulatedApp();

beforeEach(async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const staging = acme.addEnvironment({ name: "Staging", variables: { API_KEY: "canary-stg" } });
  const prod = acme.addEnvironment({ name: "Production", variables: { API_KEY: "canary-prod" } });
  await addEnvironment({ id: staging, label: "Staging", account: "Acme" });
  await addEnvironment({ id: prod, label: "Production", account: "Acme" });
});

const openLoaded = async () => {
  const screen = await openCommandLoaded("search-environments", {
    preferences: { accounts: "Acme" },
    until: hasRowsOrEmptyView,
  });
  await screen.waitFor((s) => s.items().length === 2);
  return screen;
};
/** Removes Staging with the list's write held: it has already left the screen. */
async function removeStagingHeld(screen: Screen) {
  const held = host.pauseBefore("LocalStorage.setItem");
  await selectRow(screen, "Staging", "API_KEY");
  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await held.reached;
  expect(sectionTitles(screen)).toEqual(["Production"]);
  return held;
}

const labels = async () => (await listRegisteredEnvironments()).map((environment) => environment.label);

test("a removed Environment leaves at once and comes back when the list cannot be saved", async () => {
  const screen = await openLoaded();
  const held = await removeStagingHeld(screen);
  held.fail(new Error("disk full"));
  await screen.waitFor(() => settledToast());
  expect(host.toast?.style).toBe("FAILURE");
  expect(sectionTitles(screen)).toEqual(["Staging", "Production"]);
  expect(await labels()).toEqual(["Staging", "Production"]);
  expectNoLeakOrCrash(app());
});

test("a removed Environment stays gone once the list is saved", async () => {
  const screen = await openLoaded();
  const held = await removeStagingHeld(screen);
  held.resume();
  await screen.waitFor(() => settledToast()?.title === "Removed Staging");
  expect(sectionTitles(screen)).toEqual(["Production"]);
  expect(await labels()).toEqual(["Production"]);
});

test("a move shows the new order at once and keeps it once saved; a failed one puts it back", async () => {
  const screen = await openLoaded();
  let held = host.pauseBefore("LocalStorage.setItem");
  await selectRow(screen, "Production", "API_KEY");
  await screen.press("cmd+shift+up");
  await held.reached;
  expect(sectionTitles(screen)).toEqual(["Production", "Staging"]);
  held.resume();
  for (let tries = 0; tries < 50 && (await labels())[0] !== "Production"; tries++) await screen.settle();
  expect(await labels()).toEqual(["Production", "Staging"]);
  expect(sectionTitles(screen)).toEqual(["Production", "Staging"]);

  held = host.pauseBefore("LocalStorage.setItem");
  await selectRow(screen, "Production", "API_KEY");
  await screen.press("cmd+shift+down");
  await held.reached;
  expect(sectionTitles(screen)).toEqual(["Staging", "Production"]);
  held.fail(new Error("disk full"));
  await screen.waitFor(() => settledToast());
  expect(sectionTitles(screen)).toEqual(["Production", "Staging"]);
});

test("a rename shows at once; when it cannot be saved the old label is back and the form has what was typed", async () => {
  const screen = await openLoaded();
  let held = host.pauseBefore("LocalStorage.setItem");
  await selectRow(screen, "Production", "API_KEY");
  await screen.press("cmd+e");
  await screen.submit({ label: "Prod EU" });
  await held.reached;
  expect(screen.kind()).toBe("List");
  expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);
  held.fail(new Error("disk full"));
  await screen.waitFor(() => settledToast());
  expect(screen.kind()).toBe("Form");
  expect(screen.formValues()).toEqual({ label: "Prod EU" });

  held = host.pauseBefore("LocalStorage.setItem");
  await screen.submit();
  await held.reached;
  expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);
  held.resume();
  await screen.waitFor(() => settledToast()?.title === "Renamed to Prod EU");
  expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);
  expect(await labels()).toEqual(["Staging", "Prod EU"]);
});
