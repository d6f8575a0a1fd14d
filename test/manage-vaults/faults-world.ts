import type { Screen } from "../../test-world/host";
import type { AccountHandle, DesktopApp } from "../../test-world/sim";
import { hasRowsOrEmptyView, openCommand, openCommandLoaded } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/** The world of the Manage Vaults fault tests: a business account with five vaults and a Developers group. */

export const TITLES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];

function seedApp(app: DesktopApp, name: string): { acme: AccountHandle; ids: string[]; developers: string } {
  const acme = app.addAccount({ name, type: "business" });
  const ids = TITLES.map((title) => acme.addVault({ title }));
  for (const id of ids) acme.addItem(id, { title: `Login in ${id.slice(0, 4)}`, category: "Login" });
  const developers = acme.addGroup({ title: "Developers" });
  return { acme, ids, developers };
}

/** The simulated app for each test of the file, with `seed()` over it. */
export function useVaultFaultWorld() {
  const app = useSimulatedApp();
  return { app, seed: (name = "Acme") => seedApp(app(), name) };
}

export const open = (accounts = "Acme") => openCommand("manage-vaults", { preferences: { accounts } });
export const openLoaded = (accounts = "Acme") =>
  openCommandLoaded("manage-vaults", { preferences: { accounts }, until: hasRowsOrEmptyView });

export const selectedTitles = (screen: Screen) =>
  screen
    .items()
    .filter((item) => item.accessories.includes("Selected"))
    .map((item) => item.title);
export const grantedVault = (call: { parameters?: Record<string, unknown> }) => String(call.parameters?.vault_id);
