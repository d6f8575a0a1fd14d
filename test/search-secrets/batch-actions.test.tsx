import { host } from "../../test-world/host";
import { sortedItemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { openLoaded, seededItems } from "./seeded-items";

/** Search Secrets acting on many selected items at once: archive and delete. */
const app = useSimulatedApp();
const { simItem } = seededItems(app);

/** 30 items in 3 vaults of one account, nothing else. */
function seedBatch() {
  const acme = app().addAccount({ name: "Acme" });
  const items: { vault: string; id: string; title: string }[] = [];
  for (const title of ["Alpha", "Beta", "Gamma"]) {
    const vault = acme.addVault({ title });
    for (let i = 1; i <= 10; i++) {
      const itemTitle = `${title} Service ${i}`;
      items.push({ vault, id: acme.addItem(vault, { title: itemTitle, category: "Password" }), title: itemTitle });
    }
  }
  return items;
}

test("batch archive of 30 items across 3 vaults: 28 archived and gone from the list, the 2 failures stay selected", async () => {
  const items = seedBatch();
  const failing = [items[4], items[23]] as { id: string; title: string }[];
  for (const item of failing) {
    app().failNext(
      (call) => call.name === "ItemsArchive" && (call.parameters as { item_id?: string }).item_id === item.id,
      { message: "permission denied: you do not have access to this item" },
    );
  }
  const screen = await openLoaded();
  expect(screen.items()).toHaveLength(30);
  await screen.press("cmd+shift+a");
  expect(screen.navigationTitle()).toBe("Search Secrets · 30 Selected");
  expect(screen.items().every((item) => item.icon === "CheckCircle")).toBe(true);

  await screen.press("ctrl+shift+a");
  await screen.waitFor(() => host.toast?.style === "FAILURE");
  expect(host.toast).toMatchObject({
    title: "Archived 28 of 30 items",
    message: "2 failed: 2 × Permission Denied. Failed ones stay selected.",
  });
  expect(app().callsNamed("ItemsArchive")).toHaveLength(30);
  expect(sortedItemTitles(screen)).toEqual(failing.map((item) => item.title).sort());
  expect(screen.navigationTitle()).toBe("Search Secrets · 2 Selected");
  expect(screen.sections()[0]?.title).toBe("2 Selected");

  // The archived ones are archived in 1Password, and shown as such under the Archived filter.
  const archivedInApp = items.filter((item) => simItem(item.vault, item.id).state === "archived");
  expect(archivedInApp).toHaveLength(28);
  await screen.chooseDropdown("archived");
  expect(screen.items()).toHaveLength(28);
  expect(screen.items().every((item) => item.accessories.includes("Archived"))).toBe(true);
});

test("delete asks first, naming the count; cancel leaves everything, confirm deletes and removes the rows", async () => {
  const items = seedBatch();
  const screen = await openLoaded();
  await screen.type("alpha");
  await screen.waitFor((s) => s.items().length === 10);
  for (let i = 0; i < 3; i++) {
    await screen.select(i);
    await screen.press("cmd+s");
  }
  expect(screen.navigationTitle()).toBe("Search Secrets · 3 Selected");

  host.answerAlerts(false);
  await screen.press("ctrl+x");
  expect(host.alerts.at(-1)).toMatchObject({ title: "Delete 3 Items?", primaryAction: "Delete", answer: false });
  expect(app().callsNamed("ItemsDeleteAll")).toHaveLength(0);
  expect(screen.items()).toHaveLength(10);
  expect(screen.navigationTitle()).toBe("Search Secrets · 3 Selected");

  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => host.toast?.title === "Deleted 3 items");
  expect(screen.items()).toHaveLength(7);
  expect(screen.navigationTitle()).toBe("Search Secrets");
  const alpha = items.filter((item) => item.title.startsWith("Alpha"));
  expect(alpha.filter((item) => app().world.vaults.get(item.vault)?.items.has(item.id))).toHaveLength(7);
});
