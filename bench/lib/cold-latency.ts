import { DesktopApp, type WorldOptions } from "../../test-world/sim";
import { removeStores } from "../../test-world/worker";
import { firstFrameRow, firstRowsAfterAccessRow, label } from "./worker-report";
import { accountsOf, PHASE_TIMEOUT_MS, run, VAULTS } from "./worker-run";

/** A desktop app that answers each call this late: a cold launch's first rows then depend on listing vault by vault. */
export const CALL_LATENCY_MS = 20;
/**
 * First rows of a cold launch with that latency, counted from access granted (the SDK's loading before it is the
 * same at every size), by account size: rows come as the first vaults are listed.
 */
export const COLD_FIRST_ROWS_MS: Readonly<Record<number, number>> = { 10_000: 300, 50_000: 1_000 };

/** Search Secrets launched cold (no Cache) against a slow app: how long until its first rows are on screen. */
export async function coldLaunchWithLatency(items: number): Promise<void> {
  const world: WorldOptions = { seed: "worker-bench", accounts: 1, vaults: VAULTS, items };
  const what = `search-secrets, ${label(items)} items / ${VAULTS} vaults`;
  const app = new DesktopApp({ latencyMs: CALL_LATENCY_MS });
  const { accounts } = accountsOf(world, app);
  const result = await run(
    {
      command: "search-secrets",
      app,
      preferences: { accounts: accounts.map((account) => account.name).join(", ") },
      steps: [{ wait: "rows", label: "cold launch + refresh", timeoutMs: PHASE_TIMEOUT_MS }],
    },
    `${what}: cold launch, ${CALL_LATENCY_MS} ms per call`,
  );
  removeStores(result.stores);
  const cold = `${what}, cold launch, ${CALL_LATENCY_MS} ms per call`;
  firstFrameRow(cold, result.launches[0]);
  firstRowsAfterAccessRow(cold, result.launches[0], COLD_FIRST_ROWS_MS[items]);
}
