import { generateWorld } from "../../test-world/sim";
import { readStores, removeStores, runInWorker, type PersistedStores, type Step } from "../../test-world/worker";

/**
 * The built Search Secrets inside Raycast's limits: a worker with a 100 MB JS heap, the simulated app on the parent
 * thread. Sizes that keep the suite quick; `npm run bench` runs the full ones and prints the latencies (timing is not
 * asserted here, memory and survival are).
 */

jest.setTimeout(300_000);

const stores: PersistedStores[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) removeStores(store);
});

/** 40 measured keystrokes: words, a typo, a query no item matches whole, and single letters. */
const TYPING: Step[] = [{ type: "github deploy" }, { type: "aws prod" }, { type: "stirpe webhook" }, { type: "s3" }];

test("50,000 items over 200 vaults: cold launch and refresh, 40 keystrokes, warm relaunch, archive of 1,000", async () => {
  const result = await runInWorker({
    command: "search-secrets",
    world: { seed: 16, accounts: 1, vaults: 200, items: 50_000 },
    steps: [
      { wait: "rows", label: "cold launch and refresh", timeoutMs: 240_000 },
      ...TYPING,
      { relaunch: true },
      { wait: "rows", label: "warm relaunch and refresh", timeoutMs: 240_000 },
      { type: "", label: "clear" },
      { loadRows: 1_000 },
      { action: "Select All Visible" },
      { action: /^Archive [\d,]+ Selected Items$/ },
      { waitForToast: "success", title: /^Archived 1,?000 items$/i, timeoutMs: 240_000 },
    ],
  });
  stores.push(result.stores);
  expect({ outcome: result.outcome, error: result.error }).toEqual({ outcome: "survived", error: undefined });
  const [cold, warm] = result.launches;
  expect(cold?.keystrokes).toHaveLength(40);
  // A typo, and a query no item matches whole, still show rows.
  const rowsFor = (query: string) => cold?.keystrokes.find((keystroke) => keystroke.query === query)?.rows;
  expect(rowsFor("stirpe")).toBeGreaterThan(0);
  expect(rowsFor("stirpe webhook")).toBeGreaterThan(0);
  expect(warm?.callsBeforeFirstFrame).toBe(0);
  expect(warm?.toasts?.at(-1)).toMatchObject({ style: "SUCCESS" });
  // The archive went into the stored index at once: the next launch's first page counts 1,000 fewer active items.
  const cache = readStores(result.stores).cache["metadata-index"] ?? {};
  const firstPage = Object.entries(cache).find(([key]) => key.startsWith("first-page:"))?.[1];
  expect(JSON.parse(firstPage ?? "{}")).toMatchObject({ counts: { active: expect.any(Number) } });
  const { counts } = JSON.parse(firstPage!) as { counts: { active: number; archived: number } };
  expect(counts.active + counts.archived).toBe(50_000);
  // The same as the app's own count, which the archive changed.
  const inApp = result.app.world.accounts.flatMap((account) => [...account.vaults.values()]);
  const activeInApp = inApp.reduce((sum, vault) => sum + vault.activeItemCount, 0);
  expect(counts.active).toBe(activeInApp);
  expect(activeInApp).toBeLessThanOrEqual(49_000);
  expect(result.peakHeapMB).toBeLessThanOrEqual(80);
  expect(result.steadyHeapMB).toBeLessThanOrEqual(50);
});

test("one vault of 100,000 items: listed, stored and searched whole, with Raycast's runtime counted", async () => {
  const result = await runInWorker({
    command: "search-secrets",
    world: { seed: 40, accounts: 1, vaults: 1, items: 100_000 },
    steps: [
      { wait: "rows", label: "cold launch and refresh", timeoutMs: 240_000 },
      { type: "github" },
      { relaunch: true },
      { wait: "rows", label: "warm relaunch and refresh", timeoutMs: 240_000 },
      { type: "aws prod" },
      // The vault did not change, so the launch did not list it again; Refresh does, beside the index it replaces.
      { press: "cmd+r" },
      { sleep: 300 },
      { wait: "rows", label: "full refresh", timeoutMs: 240_000 },
    ],
  });
  stores.push(result.stores);
  expect({ outcome: result.outcome, error: result.error }).toEqual({ outcome: "survived", error: undefined });
  const [cold, warm] = result.launches;
  expect(result.app.callsNamed("ItemsList")).toHaveLength(2);
  // Listed whole both times, the full refresh beside the index it replaces included: nothing left out.
  expect(result.launches.flatMap((launch) => launch.toasts ?? []).filter((t) => t.style === "FAILURE")).toEqual([]);
  expect(cold?.keystrokes.at(-1)?.rows).toBeGreaterThan(0);
  expect(warm?.keystrokes.at(-1)?.rows).toBeGreaterThan(0);
  expect(warm?.callsBeforeFirstFrame).toBe(0);
  expect(cold?.ballastMB).toBeGreaterThan(0);
  // The whole vault reached the Cache, in entries small enough to be read one at a time.
  const entries = Object.entries(readStores(result.stores).cache["metadata-index"] ?? {});
  const rows = entries.filter(([key]) => key.startsWith("rows:")).map(([, text]) => JSON.parse(text) as unknown[]);
  expect(rows).toHaveLength(50);
  expect(rows.reduce((sum, entry) => sum + entry.length, 0)).toBe(100_000);
  expect(result.peakHeapMB).toBeLessThanOrEqual(90);
});

test("an account too large for the heap: what fits is listed, and a toast names the vault left out and what to do", async () => {
  const result = await runInWorker({
    command: "search-secrets",
    world: (app) => {
      const account = generateWorld(app, { seed: 120, accounts: 1, vaults: 1, items: 120_000 }).accounts[0]!;
      const handle = app.account(account.name);
      const team = handle.addVault({ title: "Team" });
      for (let i = 0; i < 20; i++) handle.addItem(team, { title: `Team Item ${i}`, category: "Login" });
    },
    // The first generated account's name.
    preferences: { accounts: "Acme Corp" },
    // Too large for what is left of a smaller heap: the same vault that fits in Raycast's.
    heapLimitMb: 60,
    steps: [
      { wait: "rows", label: "cold launch and refresh", timeoutMs: 240_000 },
      { waitForToast: "failure", timeoutMs: 60_000 },
      { type: "team item" },
    ],
  });
  stores.push(result.stores);
  expect({ outcome: result.outcome, error: result.error }).toEqual({ outcome: "survived", error: undefined });
  const [launch] = result.launches;
  const toast = launch?.toasts?.at(-1);
  expect(toast?.title).toMatch(/^Couldn't Load “.+”$/);
  expect(toast?.message).toMatch(/^Too Many Items to Load in Raycast\. Its 1\d\d,\d{3} items do not fit/);
  expect(toast?.message).toContain("Search them in the 1Password app");
  expect(launch?.keystrokes.at(-1)?.rows).toBe(20);
});
