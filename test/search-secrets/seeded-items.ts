import type { Screen } from "../../test-world/host";
import type { DesktopApp } from "../../test-world/sim";
import { openCommand, openCommandLoaded } from "../../test-world/support/commands";

/** What the Search Secrets tests stand on: a small seeded account, and opening the command over it. */

export interface Seeded {
  engineering: string;
  ops: string;
  github: string;
  stripe: string;
  postgres: string;
}

/** The seed and the look-ups into the simulated app, over this file's app (a getter: it is new for each test). */
export function seededItems(app: () => DesktopApp) {
  /** A small account: a Login with OTP, an API Credential, a Database, and a few more for the ranking. */
  function seed(): Seeded {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    const engineering = acme.addVault({ title: "Engineering" });
    const ops = acme.addVault({ title: "Ops" });
    const github = acme.addItem(engineering, {
      title: "GitHub",
      category: "Login",
      otp: true,
      websites: ["https://github.com"],
    });
    const stripe = acme.addItem(engineering, { title: "Stripe", category: "ApiCredentials" });
    const postgres = acme.addItem(ops, { title: "Postgres Production", category: "Database" });
    acme.addItem(ops, { title: "GitLab", category: "Login", websites: ["https://gitlab.com"] });
    acme.addItem(ops, { title: "Datadog", category: "ApiCredentials" });
    return { engineering, ops, github, stripe, postgres };
  }

  function simItem(vaultId: string, itemId: string) {
    const item = app().world.vaults.get(vaultId)?.items.get(itemId);
    if (!item) throw new Error(`no sim item ${itemId}`);
    return item;
  }

  function fieldValue(vaultId: string, itemId: string, fieldId: string): string {
    const field = simItem(vaultId, itemId).fields.find((candidate) => candidate.id === fieldId);
    if (!field) throw new Error(`no field ${fieldId}`);
    return field.value;
  }

  return { seed, simItem, fieldValue };
}

export const open = (preferences: Record<string, unknown> = {}) => openCommand("search-secrets", { preferences });

/** Opens the command and waits until the refresh has painted rows. */
export const openLoaded = (preferences: Record<string, unknown> = {}) =>
  openCommandLoaded("search-secrets", { preferences });

/** Waits until the selected row's fields are known (its actions reflect the item, not the category's guess). */
export async function waitForFields(screen: Screen, submenuEntry: string): Promise<void> {
  await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Copy Field" && a.title === submenuEntry));
}

/** Opens the command with Stripe found and its fields known. */
export async function openOnStripe(preferences: Record<string, unknown> = {}): Promise<Screen> {
  const screen = await openLoaded(preferences);
  await screen.type("stripe");
  await waitForFields(screen, "credential");
  return screen;
}
