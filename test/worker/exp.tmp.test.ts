import { runInWorker, removeStores, latencyStats, type Step } from ".";
jest.setTimeout(600_000);
const TYPING: Step[] = [{ type: "github deploy" }, { type: "aws prod" }, { type: "stirpe webhook" }, { type: "s3" }];
test.each([10000, 50000])("size %d", async (items) => {
  const t = Date.now();
  const r = await runInWorker({
    command: "search-secrets",
    world: { seed: 1, accounts: 1, vaults: 200, items },
    steps: [
      { wait: "rows", label: "cold", timeoutMs: 300000 },
      ...TYPING,
      { relaunch: true },
      { wait: "rows", label: "warm", timeoutMs: 300000 },
      { type: "", label: "clear" },
      { loadRows: 1000 },
      { action: "Select All Visible" },
      { action: /^Archive [\d,]+ Selected Items$/ },
      { waitForToast: "success", timeoutMs: 300000 },
    ],
  });
  process.stderr.write(
    `${items} ${(Date.now() - t) / 1000}s ` +
      JSON.stringify({
        outcome: r.outcome,
        err: r.error,
        peak: r.peakHeapMB,
        steady: r.steadyHeapMB,
        ks: latencyStats(r.launches[0]!.keystrokes),
        n: r.launches[0]!.keystrokes.length,
        launches: r.launches.map((l) => ({
          last: l.lastStep,
          ff: l.firstFrameMs,
          steps: l.steps.map((s) => [s.label, s.ms | 0, s.peakHeapMB | 0]),
          toasts: l.toasts,
          out: l.output.slice(0, 500),
        })),
      }) +
      "\n",
  );
  removeStores(r.stores);
});
