import type { Screen } from "../../test-world/host";
import type { AccountHandle, CallRecord, DesktopApp } from "../../test-world/sim";
import { hasRowsOrEmptyView, openCommand, openCommandLoaded } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/** The world of the Search Secrets fault tests: one business account, three vaults of keys and a Login. */

export interface Seeded {
  acme: AccountHandle;
  vaults: string[];
  /** Every item, in vault order. */
  items: { vault: string; id: string; title: string }[];
}

/** 3 vaults × 4 Password items, and a Login with a username and OTP in the first vault. */
function seedApp(app: DesktopApp): Seeded {
  const acme = app.addAccount({ name: "Acme", type: "business" });
  const vaults: string[] = [];
  const items: Seeded["items"] = [];
  for (const title of ["Alpha", "Bravo", "Charlie"]) {
    const vault = acme.addVault({ title });
    vaults.push(vault);
    for (let i = 1; i <= 4; i++) {
      const itemTitle = `${title} Key ${i}`;
      items.push({ vault, id: acme.addItem(vault, { title: itemTitle, category: "Password" }), title: itemTitle });
    }
  }
  acme.addItem(vaults[0] ?? "", { title: "GitHub", category: "Login", otp: true, websites: ["https://github.com"] });
  return { acme, vaults, items };
}

/** The simulated app for each test of the file, with `seed()` and `lockDenying()` over it. */
export function useSearchFaultWorld() {
  const app = useSimulatedApp();
  return {
    app,
    seed: () => seedApp(app()),
    /** Locks the app and has unlocking refused, so every call fails until unlock(). */
    lockDenying: (): void => {
      app().lock();
      app().lockedPrompt = "deny";
    },
  };
}

export const open = () => openCommand("search-secrets");
export const openLoaded = () => openCommandLoaded("search-secrets", { until: hasRowsOrEmptyView });
export const selectedTitles = (screen: Screen) =>
  screen
    .items()
    .filter((item) => item.icon === "CheckCircle")
    .map((item) => item.title)
    .sort();
export const itemOf = (call: CallRecord) => `${String(call.parameters?.vault_id)}/${String(call.parameters?.item_id)}`;

/** Types the query and waits until the item is the first row. */
export async function showFirst(screen: Screen, query: string, title: string): Promise<void> {
  await screen.type(query);
  await screen.waitFor((s) => s.items()[0]?.title === title);
}

export function password(seeded: Seeded, title: string): string {
  for (const vault of seeded.acme.state.vaults.values())
    for (const item of vault.items.values())
      if (item.title === title) return item.fields.find((field) => field.id === "password")?.value ?? "";
  throw new Error(`no item ${title}`);
}

export async function selectAllKeys(screen: Screen) {
  await screen.type("key");
  await screen.waitFor((s) => s.items().length === 12);
  await screen.press("cmd+shift+a");
  await screen.type("");
}
