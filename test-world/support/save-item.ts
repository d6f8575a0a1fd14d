import type { Screen } from "../host";
import type { DesktopApp } from "../sim";
import { openCommand, type OpenOptions } from "./commands";
import { field } from "./screen";

/** Opens Save Item and waits until its vaults and the clipboard are read. */
export async function openSaveItem(options: OpenOptions = {}): Promise<Screen> {
  const screen = await openCommand("save-item", options);
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading() && field(s, "vault")?.value !== "");
  return screen;
}

/** The simulated app's items with this title, in every account and vault. */
export function itemsTitled(app: DesktopApp, title: string) {
  return app.world.accounts
    .flatMap((account) => [...account.vaults.values()])
    .flatMap((vault) => [...vault.items.values()])
    .filter((item) => item.title === title);
}
