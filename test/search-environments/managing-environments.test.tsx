import { listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import { host } from "../../test-world/host";
import { sectionTitles, selectRow } from "../../test-world/support/screen";
import { openLoaded, register, registerBothForTheList, useSeededEnvironments } from "./seeded-environments";

/** Managing registered Environments: rename, reorder, remove, and one with no variables. */
const { env, expectNoCanaryShown } = useSeededEnvironments();

describe("the list", () => {
  beforeEach(() => registerBothForTheList(env.stagingId, env.prodId));

  test("rename, reorder and remove", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Production", "API_KEY");
    await screen.press("cmd+e");
    expect(screen.formValues()).toEqual({ label: "Production" });
    await screen.submit({ label: "Prod EU" });
    await screen.waitFor((s) => s.depth() === 1 && sectionTitles(s).includes("Prod EU"));
    expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);

    await selectRow(screen, "Prod EU", "API_KEY");
    expect(screen.actions().map((action) => action.title)).not.toContain("Move Down");
    await screen.press("cmd+shift+up");
    await screen.waitFor((s) => sectionTitles(s)[0] === "Prod EU");
    expect((await listRegisteredEnvironments()).map((environment) => environment.label)).toEqual([
      "Prod EU",
      "Staging",
    ]);
    await selectRow(screen, "Prod EU", "API_KEY");
    await screen.press("cmd+shift+down");
    await screen.waitFor((s) => sectionTitles(s)[0] === "Staging");

    await selectRow(screen, "Staging", "API_KEY");
    host.answerAlerts(false);
    await screen.press("ctrl+x");
    expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);
    host.answerAlerts(true);
    await screen.press("ctrl+x");
    await screen.waitFor((s) => sectionTitles(s).join() === "Prod EU");
    expect(host.alerts.at(-1)?.title).toBe("Remove Staging?");
    expect(host.toasts.at(-1)?.title).toBe("Removed Staging");
    expect(await listRegisteredEnvironments()).toEqual([{ id: env.prodId, label: "Prod EU", account: "Acme" }]);
    expectNoCanaryShown();
  });
});

test("an Environment with no variables says so and can still be managed", async () => {
  const empty = env.acme.addEnvironment({ name: "Empty", variables: {} });
  await register([empty, "Empty"]);
  const screen = await openLoaded();
  expect(screen.items().map((item) => item.title)).toEqual(["No Variables"]);
  expect(screen.actions().map((action) => action.title)).toContain("Rename Environment");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.toast?.title === "Nothing to Copy");
  expect(host.clipboard).toBeUndefined();
});
