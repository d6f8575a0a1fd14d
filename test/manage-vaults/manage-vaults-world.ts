import type { Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { openCommandLoaded } from "../../test-world/support/commands";

/** What the Manage Vaults screen tests share: seeding items, opening the command, finding a row or a vault. */

export function addItems(account: AccountHandle, vaultId: string, count: number) {
  for (let i = 0; i < count; i++) account.addItem(vaultId, { title: `Login ${i + 1}`, category: "Login" });
}

export const openVaults = (accounts = "Acme") => openCommandLoaded("manage-vaults", { preferences: { accounts } });

export const row = (screen: Screen, title: string) => screen.items().find((item) => item.title === title);
export const vaultOf = (account: AccountHandle, id: string) => account.state.vaults.get(id);
