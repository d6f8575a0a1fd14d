import { host } from "../../test-world/host";
import { sortedItemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { openLoaded, seededItems, waitForFields } from "./seeded-items";

/** Search Secrets' order and narrowing: closest matches, frecency, the filter dropdown. */
const app = useSimulatedApp();
const { seed } = seededItems(app);

test("no item has every word: the items with the most of them, best first, in a section that says so", async () => {
  const { engineering } = seed();
  const acme = app().account("Acme");
  acme.addItem(engineering, { title: "Stripe Access Token", category: "ApiCredentials" });
  for (const name of ["Twilio", "Sentry", "Mailgun"])
    acme.addItem(engineering, { title: `${name} API Key`, category: "ApiCredentials" });
  const screen = await openLoaded();
  await screen.type("stripe api key");
  expect(screen.emptyView()).toBeUndefined();
  const [section] = screen.sections();
  expect(section?.title).toBe("No Item Has Every Word: Closest Matches (2 of 3 Words)");
  // "stripe" is the rare word: the Stripe items come before the many that share "api" and "key".
  const titles = screen.items().map((item) => item.title);
  expect(titles.slice(0, 2).sort()).toEqual(["Stripe", "Stripe Access Token"]);
  expect(titles.slice(2).sort()).toEqual(["Mailgun API Key", "Sentry API Key", "Twilio API Key"]);
  // A row there is a row like any other: its actions work.
  await screen.select("Stripe Access Token");
  await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Copy Field" && a.title === "credential"));
  await screen.press("enter");
  expect(host.clipboard).toMatchObject({ concealed: true });
  // Once every word matches, the ordinary section is back.
  await screen.type("stripe api");
  expect(screen.sections()[0]?.title).toBe("Items");
  await screen.unmount();
});

test("items used often rise to the top; frecency stores ids only", async () => {
  const ids = seed();
  const screen = await openLoaded();
  const initialOrder = screen.items().map((item) => item.title);
  expect(initialOrder[0]).not.toBe("Postgres Production");
  await screen.type("postgres");
  await waitForFields(screen, "password");
  await screen.press("enter");
  await screen.waitFor(() => host.huds.length === 1);
  await screen.press("cmd+shift+c");
  await screen.waitFor(() => host.huds.length === 2);
  await screen.unmount();

  const again = await openLoaded();
  await again.waitFor((s) => s.items()[0]?.title === "Postgres Production");
  const stored = JSON.stringify(host.localStorage);
  expect(stored).toContain(ids.postgres);
  expect(stored).not.toContain("Postgres");
  // Typing still ranks by text first: a clearly better match beats a frequently used item.
  await again.type("gitlab");
  expect(again.items()[0]?.title).toBe("GitLab");
});

test("the filter dropdown narrows by vault or category and is remembered", async () => {
  seed();
  const screen = await openLoaded();
  expect(screen.dropdown()?.items.map((item) => item.title)).toEqual(
    expect.arrayContaining(["All Items", "Archived", "Engineering", "Ops", "API Credential", "Login", "Database"]),
  );
  await screen.chooseDropdown("Ops");
  expect(sortedItemTitles(screen)).toEqual(["Datadog", "GitLab", "Postgres Production"]);
  await screen.unmount();
  const again = await openLoaded();
  expect(again.dropdown()?.value).toMatch(/^vault:/);
  expect(again.items()).toHaveLength(3);
  await again.chooseDropdown("API Credential");
  expect(sortedItemTitles(again)).toEqual(["Datadog", "Stripe"]);
});
