import { clientOverOneVault, DesktopApp, generateWorld, installDesktopApp, loadSdk } from "../test-world/sim";
import { percentile, row } from "./lib/report";

/**
 * The simulated desktop app's own speed, which every test and benchmark stands on: generating a big world, and one
 * items.list answered through the real SDK (the boundary's byte-array envelope and the SDK's decoding included).
 * Their behaviour is tested in test/desktop-app-sim/generate.test.ts; the times are measured here.
 */

const GENERATE_TARGET_MS = 2000;
const LIST_TARGET_MS = 50;
const GENERATE_RUNS = 3;
const LIST_CALLS = 20;

function timeGeneration(): number {
  const times: number[] = [];
  for (let run = 0; run < GENERATE_RUNS; run++) {
    const app = new DesktopApp();
    const started = performance.now();
    generateWorld(app, { seed: 7, accounts: 4, vaults: 200, items: 50_000 });
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

async function timeItemsList(): Promise<number> {
  // Bundled, __dirname is not the repository's: bench/run.mjs runs every benchmark from the repository root.
  const sdk = loadSdk(process.cwd());
  const app = installDesktopApp();
  try {
    const { client, vaultId } = await clientOverOneVault(sdk, app, 250);
    await client.items.list(vaultId);
    const times: number[] = [];
    for (let call = 0; call < LIST_CALLS; call++) {
      const started = performance.now();
      const overviews = await client.items.list(vaultId, {
        type: "ByState",
        content: { active: true, archived: true },
      });
      times.push(performance.now() - started);
      if (overviews.length !== 250) throw new Error(`items.list answered ${overviews.length} items, not 250`);
    }
    return percentile(times, 50);
  } finally {
    app.uninstall();
  }
}

async function main(): Promise<void> {
  const generateMs = timeGeneration();
  row({
    group: "simulator",
    name: `generateWorld, 50,000 items in 200 vaults (median of ${GENERATE_RUNS})`,
    figure: generateMs,
    unit: "ms",
    target: `< ${GENERATE_TARGET_MS} ms`,
    pass: generateMs < GENERATE_TARGET_MS,
  });
  const listMs = await timeItemsList();
  row({
    group: "simulator",
    name: `items.list of a 250-item vault through the real SDK (median of ${LIST_CALLS})`,
    figure: listMs,
    unit: "ms",
    target: `< ${LIST_TARGET_MS} ms`,
    pass: listMs < LIST_TARGET_MS,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
