import { parse } from "dotenv";
import { host } from "../../test-world/host";
import { rows, sectionTitles, selectRow } from "../../test-world/support/screen";
import { openLoaded, PROD, registerBothForTheList, useSeededEnvironments, STAGING } from "./seeded-environments";

/** The list of registered Environments: searched, narrowed by the dropdown, and variables selected across them. */
const { env, expectNoCanaryShown } = useSeededEnvironments();

describe("the list", () => {
  beforeEach(() => registerBothForTheList(env.stagingId, env.prodId));

  test("one section per Environment, searched by variable name and label across all", async () => {
    const screen = await openLoaded();
    expect(screen.sections().map((section) => [section.title, section.subtitle])).toEqual([
      ["Staging", "5 variables"],
      ["Production", "2 variables"],
    ]);
    await screen.type("api");
    expect(rows(screen)).toEqual(["Staging/API_KEY", "Production/API_KEY"]);
    await screen.type("staging api");
    expect(rows(screen)).toEqual(["Staging/API_KEY"]);
    await screen.type("prod");
    expect(rows(screen)).toEqual(["Production/API_KEY", "Production/STRIPE_SECRET"]);
    await screen.type("apikey");
    expect(rows(screen)).toEqual(["Staging/API_KEY", "Production/API_KEY"]);
    await screen.type("nothing-like-this");
    expect(screen.emptyView()?.title).toBe("No Matching Variables");
  });

  test("the dropdown narrows to one Environment and remembers it", async () => {
    const screen = await openLoaded();
    expect(screen.dropdown()?.items.map((item) => item.title)).toEqual(["All Environments", "Staging", "Production"]);
    await screen.chooseDropdown("Production");
    expect(sectionTitles(screen)).toEqual(["Production"]);
    await screen.unmount();
    const again = await openLoaded();
    expect(sectionTitles(again)).toEqual(["Production"]);
  });

  test("selection: toggle, select all in an Environment, copy the selection as .env, clear", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "API_KEY");
    await screen.press("cmd+s");
    await selectRow(screen, "Production", "STRIPE_SECRET");
    await screen.press("cmd+s");
    expect(
      screen
        .items()
        .filter((item) => item.accessories.includes("Selected"))
        .map((item) => item.title),
    ).toEqual(["API_KEY", "STRIPE_SECRET"]);
    expect(screen.navigationTitle()).toBe("Search Environments · 2 Selected");
    await screen.press("cmd+opt+e");
    await screen.waitFor(() => host.huds.length === 1);
    expect(parse(host.clipboard?.text ?? "")).toEqual({
      API_KEY: STAGING.API_KEY,
      STRIPE_SECRET: PROD.STRIPE_SECRET,
    });
    expect(host.huds.at(-1)?.title).toBe("Copied 2 selected variables as .env · clears in 90 s");

    await screen.press("cmd+s"); // deselect STRIPE_SECRET
    await selectRow(screen, "Production", "API_KEY");
    await screen.press("cmd+shift+a");
    expect(screen.navigationTitle()).toBe("Search Environments · 3 Selected");
    await screen.press("cmd+opt+e");
    // Two API_KEYs: the first is kept and the toast says why the other is not.
    await screen.waitFor(() => host.toast?.title === "Copied 2 of 3 Variables as .env");
    expect(parse(host.clipboard?.text ?? "")).toEqual({ API_KEY: STAGING.API_KEY, STRIPE_SECRET: PROD.STRIPE_SECRET });
    expect(host.toast?.message).toContain("API_KEY appears more than once");
    await screen.press("cmd+opt+a");
    expect(screen.items().some((item) => item.accessories.includes("Selected"))).toBe(false);
    expectNoCanaryShown();
  });
});
