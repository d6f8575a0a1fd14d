import Fuse from "fuse.js";
import { createItemSearch } from "../../src/search/item-search";
import { generateItemSummaries } from "../fixtures/item-summaries";
test("t", () => {
  const n = Number(process.env.N ?? 50000);
  const items = generateItemSummaries({ count: n, seed: 1 });
  const s = createItemSearch(items);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const proto = Object.getPrototypeOf(s) as any;
  const acc: Record<string, number> = {};
  for (const name of ["wordMatches", "rank", "intersect", "filterMask", "closest"]) {
    const orig = proto[name];
    proto[name] = function (...args: unknown[]) {
      const t = performance.now();
      const r = orig.apply(this, args);
      acc[name] = (acc[name] ?? 0) + performance.now() - t;
      return r;
    };
  }
  const times: [string, number][] = [];
  for (let rep = 0; rep < 2; rep++)
    for (const q of ["github deploy", "aws prod", "stirpe webhook", "s3"]) {
      for (let i = 1; i <= q.length; i++) {
        const t = performance.now();
        s.search(q.slice(0, i), { limit: 150 });
        times.push([q.slice(0, i), performance.now() - t]);
      }
    }
  process.stderr.write(JSON.stringify(acc) + "\n" + times.map(([q, t]) => `${q}:${t.toFixed(1)}`).join(" ") + "\n");
  void Fuse;
});
