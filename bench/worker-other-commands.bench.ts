import { DesktopApp } from "../test-world/sim";
import { removeStores } from "../test-world/worker";
import { ensureBuilt } from "./lib/built";
import { heapRows, label, outcomeRow } from "./lib/worker-report";
import { accountsOf, EXTRAS, PHASE_TIMEOUT_MS, run, VAULTS } from "./lib/worker-run";

/**
 * Manage Vaults and Search Environments as Raycast runs them: the built dist/<command>.js in a worker thread with a
 * 100 MB JS heap over an account of 100,000 items, each through a cold launch, typing and a warm relaunch; a run that
 * dies of its heap is reported as killed, with the step it died in. The full run only: `--quick` and `--sizes` skip it.
 * @bench-timeout 1500
 */

/** Manage Vaults and Search Environments over an account of 100,000 items. */
async function otherCommands(): Promise<void> {
  const items = 100_000;
  const app = new DesktopApp();
  const { accounts } = accountsOf({ seed: "worker-bench-others", accounts: 1, vaults: VAULTS, items }, app);
  const account = accounts[0]!;
  const preferences = { accounts: account.name };
  const vaults = await run(
    {
      command: "manage-vaults",
      app,
      preferences,
      steps: [
        { wait: "rows", label: "cold launch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        { type: "eng" },
        { relaunch: true },
        { wait: "rows", label: "warm relaunch + refresh", timeoutMs: PHASE_TIMEOUT_MS },
        { action: "Open Vault Items" },
        { wait: "rows", label: "a vault's items", timeoutMs: PHASE_TIMEOUT_MS },
      ],
    },
    "manage-vaults",
  );
  removeStores(vaults.stores);
  const what = `manage-vaults, ${label(items)} items / ${VAULTS} vaults`;
  outcomeRow(`${what}, cold + type + warm + open a vault's items`, vaults);
  heapRows(what, vaults);

  const environments = await run(
    {
      command: "search-environments",
      app,
      preferences,
      steps: [
        { action: "Add Environment" },
        { submit: { id: account.environmentIds[0], label: "API Production" } },
        { wait: "rows", label: "variables", timeoutMs: PHASE_TIMEOUT_MS },
        { type: "api" },
        { relaunch: true },
        { wait: "rows", label: "warm relaunch", timeoutMs: PHASE_TIMEOUT_MS },
      ],
    },
    "search-environments",
  );
  removeStores(environments.stores);
  const envWhat = `search-environments, ${label(items)} items account`;
  outcomeRow(`${envWhat}, add an Environment + type + warm relaunch`, environments);
  heapRows(envWhat, environments);
}

async function main(): Promise<void> {
  if (!EXTRAS) {
    process.stderr.write("the other commands run in the full benchmark only (no --quick, no --sizes)\n");
    return;
  }
  const build = ensureBuilt(["manage-vaults", "search-environments"]);
  process.stderr.write(`${build.note}\n`);
  await otherCommands();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
