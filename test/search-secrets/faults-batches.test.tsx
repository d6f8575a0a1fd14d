import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { itemTitles } from "../../test-world/support/screen";
import { confirmThenLockMidBatch, settledToast, succeededTwice } from "../../test-world/support/faults";
import { itemOf, openLoaded, selectAllKeys, selectedTitles, useSearchFaultWorld } from "./faults-world";

/** Search Secrets' batch archive and delete under faults: the report says exactly what 1Password did, and the retry finishes once. */

const { app, seed } = useSearchFaultWorld();

describe("batches", () => {
  test("the app locks in the middle of a batch archive: the report is what 1Password did; the retry finishes once", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    await selectAllKeys(screen);
    expect(screen.navigationTitle()).toBe("Search Secrets · 12 Selected");
    app().lockedPrompt = "deny";
    let archives = 0;
    // Archives run one at a time per vault, three vaults at once: hold everything after the first five.
    const held = app().hang((call) => call.name === "ItemsArchive" && ++archives > 5);
    await screen.press("ctrl+shift+a");
    await screen.waitFor(() => held.held === 3);
    app().lock();
    held.release();
    await screen.waitFor(() => settledToast());

    const archived = seeded.items.filter(
      (item) => seeded.acme.state.vaults.get(item.vault)?.items.get(item.id)?.state === "archived",
    );
    const active = seeded.items.filter((item) => !archived.includes(item));
    expect(archived).toHaveLength(5);
    expect(host.toast).toMatchObject({ style: "FAILURE", title: "Archived 5 of 12 items" });
    expect(host.toast?.message).toMatch(/^7 failed: 7 × /);
    // Archived rows leave the list; exactly the unarchived ones stay, selected for the retry.
    await screen.waitFor((s) => s.items().length === active.length + 1);
    expect(selectedTitles(screen)).toEqual(active.map((item) => item.title).sort());
    expect(succeededTwice(app(), "ItemsArchive", itemOf)).toEqual([]);

    app().unlock();
    const prompts = seeded.acme.promptsShown;
    await screen.press("ctrl+shift+a");
    await screen.waitFor(() => settledToast()?.title === "Archived 7 items");
    expect(
      seeded.items.every((item) => seeded.acme.state.vaults.get(item.vault)?.items.get(item.id)?.state === "archived"),
    ).toBe(true);
    expect(itemTitles(screen)).toEqual(["GitHub"]);
    expect(seeded.acme.promptsShown).toBe(prompts + 1);
    expect(succeededTwice(app(), "ItemsArchive", itemOf)).toEqual([]);
    expectNoLeakOrCrash(app());
  });

  test("the app locks between the vaults of a batch delete: deleted items vs the report vs the list agree", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    await selectAllKeys(screen);
    app().lockedPrompt = "deny";
    let batches = 0;
    const held = app().hang((call) => call.name === "ItemsDeleteAll" && ++batches > 1);
    await confirmThenLockMidBatch(app(), screen, "ctrl+x", held);
    const remaining = seeded.items.filter((item) => seeded.acme.state.vaults.get(item.vault)?.items.has(item.id));
    expect(remaining).toHaveLength(8);
    expect(host.toast).toMatchObject({ style: "FAILURE", title: "Deleted 4 of 12 items" });
    expect(selectedTitles(screen)).toEqual(remaining.map((item) => item.title).sort());
    expect(itemTitles(screen).sort()).toEqual([...remaining.map((item) => item.title), "GitHub"].sort());

    app().unlock();
    host.answerAlerts(true);
    await screen.press("ctrl+x");
    await screen.waitFor(() => settledToast()?.title === "Deleted 8 items");
    expect(itemTitles(screen)).toEqual(["GitHub"]);
    // Every item id went to a successful deleteAll exactly once.
    const deleted = app()
      .callsNamed("ItemsDeleteAll")
      .filter((call) => call.outcome === "ok")
      .flatMap((call) => (call.parameters?.item_ids as string[] | undefined) ?? []);
    expect(deleted.sort()).toEqual(seeded.items.map((item) => item.id).sort());
    expectNoLeakOrCrash(app());
  });

  test("per-item failures inside one deleteAll answer are reported item by item", async () => {
    const seeded = seed();
    const failing = [seeded.items[1], seeded.items[6]].map((item) => item?.id ?? "");
    app().failItems(failing, "itemStatusPermissionError");
    const screen = await openLoaded();
    await selectAllKeys(screen);
    host.answerAlerts(true);
    await screen.press("ctrl+x");
    await screen.waitFor(() => settledToast());
    expect(host.toast).toMatchObject({ title: "Deleted 10 of 12 items" });
    expect(host.toast?.message).toContain("2 × Permission Denied");
    expect(selectedTitles(screen)).toEqual([seeded.items[1]?.title, seeded.items[6]?.title].sort());
    app().clearItemFailures();
    host.answerAlerts(true);
    await screen.press("ctrl+x");
    await screen.waitFor(() => settledToast()?.title === "Deleted 2 items");
    expect(itemTitles(screen)).toEqual(["GitHub"]);
  });

  test("rate limits during a batch archive: backoff, then every item archived exactly once", async () => {
    const seeded = seed();
    jest.spyOn(Math, "random").mockReturnValue(0);
    const screen = await openLoaded();
    await selectAllKeys(screen);
    for (let i = 0; i < 3; i++) app().rateLimitNext("ItemsArchive");
    await screen.press("ctrl+shift+a");
    await screen.waitFor(() => settledToast()?.title === "Archived 12 items");
    expect(
      seeded.items.every((item) => seeded.acme.state.vaults.get(item.vault)?.items.get(item.id)?.state === "archived"),
    ).toBe(true);
    expect(succeededTwice(app(), "ItemsArchive", itemOf)).toEqual([]);
  });
});
