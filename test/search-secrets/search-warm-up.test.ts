import type { ItemSearch, ItemSearchOptions, ItemSearchResult } from "../../src/search/item-search";
import { createItemSearch } from "../../src/search/item-search";
import { generateItemSummaries } from "../../test-world/fixtures/item-summaries";

/** The warm-up's budget is per worker (per module instance): each test loads the module afresh. */
function freshWarmUp(): typeof import("../../src/search/warm-up") {
  let loaded: typeof import("../../src/search/warm-up") | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof import("../../src/search/warm-up")>("../../src/search/warm-up");
  });
  return loaded!;
}

/** A search that records the queries it is asked, and answers nothing. */
function recordingSearch(): ItemSearch & { asked: { query: string; options?: ItemSearchOptions }[] } {
  const asked: { query: string; options?: ItemSearchOptions }[] = [];
  return {
    asked,
    size: 0,
    search(query: string, options?: ItemSearchOptions): ItemSearchResult {
      asked.push({ query, options });
      return { items: [], total: 0 };
    },
  };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

test("the warm-up runs its queries one task at a time, twice through, each asking a page of rows", async () => {
  const { warmUpSearch, WARM_UP_QUERIES } = freshWarmUp();
  const search = recordingSearch();
  warmUpSearch(search);
  expect(search.asked).toHaveLength(0);
  for (let task = 1; task <= 2 * WARM_UP_QUERIES.length; task++) {
    await nextTask();
    expect(search.asked).toHaveLength(task);
  }
  for (let task = 0; task < 5; task++) await nextTask();
  expect(search.asked.map((call) => call.query)).toEqual([...WARM_UP_QUERIES, ...WARM_UP_QUERIES]);
  expect(search.asked.every((call) => call.options?.limit === 50)).toBe(true);
});

test("a search built after the worker's warm-up is spent runs only the first query", async () => {
  const { warmUpSearch, WARM_UP_QUERIES } = freshWarmUp();
  warmUpSearch(recordingSearch());
  for (let task = 0; task < 2 * WARM_UP_QUERIES.length + 2; task++) await nextTask();
  const later = recordingSearch();
  warmUpSearch(later);
  for (let task = 0; task < 5; task++) await nextTask();
  expect(later.asked.map((call) => call.query)).toEqual([WARM_UP_QUERIES[0]]);
});

test("stopping the warm-up (a newer search, or the command closing) runs nothing more", async () => {
  const { warmUpSearch } = freshWarmUp();
  const search = recordingSearch();
  const stop = warmUpSearch(search);
  await nextTask();
  await nextTask();
  stop();
  for (let task = 0; task < 5; task++) await nextTask();
  expect(search.asked).toHaveLength(2);
});

test("a warmed-up search answers every query as a fresh one does", async () => {
  const { warmUpSearch, WARM_UP_QUERIES } = freshWarmUp();
  const items = generateItemSummaries({ count: 3_000, seed: 11 });
  const warmed = createItemSearch(items);
  warmUpSearch(warmed);
  for (let task = 0; task < 2 * WARM_UP_QUERIES.length + 2; task++) await nextTask();
  for (const query of [...WARM_UP_QUERIES, "github deploy", "aws prod", "stirpe webhook", "s", "s3", ""]) {
    const fresh = createItemSearch(items).search(query, { limit: 50 });
    const answer = warmed.search(query, { limit: 50 });
    expect(answer.total).toBe(fresh.total);
    expect(answer.closest).toEqual(fresh.closest);
    expect(answer.items.map((item) => item.id)).toEqual(fresh.items.map((item) => item.id));
  }
});
