import { host } from "../../test-world/host";
import { rows, selectRow } from "../../test-world/support/screen";
import { open, openLoaded, REGION, registerBothForTheList, useSeededEnvironments } from "./seeded-environments";

/** Loading the list: one failing Environment, a locked app, the cache painted first, and Refresh. */
const { app, env, expectNoCanaryShown } = useSeededEnvironments();

describe("the list", () => {
  beforeEach(() => registerBothForTheList(env.stagingId, env.prodId));

  test("an Environment that fails keeps the others and shows its error with a recovery", async () => {
    env.acme.denyEnvironment(env.prodId);
    const screen = await openLoaded();
    expect(rows(screen)).toContain("Staging/API_KEY");
    await selectRow(screen, "Production", "No Access to This Environment");
    expect(screen.actions()[0]?.title).toBe("Copy Error Details");
    expect(screen.actions().map((action) => action.title)).toContain("Remove Environment");
    env.acme.denyEnvironment(env.prodId, false);
    await screen.runAction("Try Again");
    await screen.waitFor((s) => rows(s).includes("Production/STRIPE_SECRET"));
  });

  test("a locked app: Authorize Again recovers after unlocking", async () => {
    app().lock();
    app().lockedPrompt = "deny";
    const screen = await openLoaded();
    const errorRow = screen.items()[0];
    expect(errorRow?.section).toBe("Staging");
    expect(screen.items()).toHaveLength(2); // one error row per Environment
    expect(errorRow?.subtitle).toMatch(/approve/i);
    expect(screen.actions()[0]?.title).toBe("Authorize Again");
    app().unlock();
    await screen.press("enter");
    await screen.waitFor((s) => rows(s).includes("Staging/API_KEY") && rows(s).includes("Production/API_KEY"));
    expect(screen.items()).toHaveLength(7);
  });

  test("a reopened list paints variable names from the cache before 1Password answers; values are never cached", async () => {
    const first = await openLoaded();
    await first.unmount();
    const hang = app().hang("EnvironmentsGetVariables");
    const screen = await open();
    await screen.waitFor((s) => s.items().length === 7);
    expect(screen.isLoading()).toBe(true);
    expect(rows(screen)).toContain("Production/STRIPE_SECRET");
    expect(JSON.stringify(host.cache)).toContain("STRIPE_SECRET");
    // Actions still fetch live, and wait for 1Password like the list does.
    hang.release();
    await screen.waitFor((s) => !s.isLoading());
    expect(screen.items().find((item) => item.title === "REGION")?.subtitle).toBe(REGION);
    expectNoCanaryShown();
  });

  test("Refresh fetches the variables again", async () => {
    const screen = await openLoaded();
    env.acme.addEnvironment({ name: "Unused", variables: {} });
    app().resetCalls();
    await screen.press("cmd+r");
    await screen.waitFor((s) => !s.isLoading());
    expect(app().callsNamed("EnvironmentsGetVariables")).toHaveLength(2);
  });
});
