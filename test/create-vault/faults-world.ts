import type { Screen } from "../../test-world/host";
import type { AccountHandle, CallRecord } from "../../test-world/sim";
import { openCommand, vaultsListed } from "../../test-world/support/commands";
import { waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";

/** The world of the Create Vault fault tests: a business account with one vault, and the form opened over it. */

/** The simulated app for each test of the file, with `seed()` and `openForm()` over it. */
export function useCreateVaultFaultWorld() {
  const app = useSimulatedApp();

  function seed(): AccountHandle {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    acme.addItem(acme.addVault({ title: "Engineering" }), { title: "GitHub", category: "Login" });
    return acme;
  }

  async function openForm(options: { fakeTimers?: boolean } = {}): Promise<Screen> {
    const screen = await openCommand("create-vault");
    const listed = vaultsListed(app(), true);
    if (options.fakeTimers) await waitWithTime(screen, listed);
    else await screen.waitFor(listed);
    await screen.settle();
    return screen;
  }

  return { app, seed, openForm };
}

export const titleOf = (call: CallRecord) =>
  String((call.parameters?.params as { title?: unknown } | undefined)?.title);
export const vaultTitles = (account: AccountHandle) =>
  [...account.state.vaults.values()].map((vault) => vault.title).sort();
