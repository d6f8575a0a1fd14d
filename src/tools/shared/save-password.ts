import type { ItemSummary, VaultSummary } from "../../lib/model";
import { oneLineTextSchema } from "../../lib/one-line-text";
import type { Preferences } from "../../lib/preferences";
import { hostOf } from "../../lib/url";
import { createItem, type NewItem } from "../../onepassword/item-writes";
import { listVaults } from "../../onepassword/vaults";
import { ToolInputError } from "./errors";
import { mainSecretReference } from "./fields";
import { accountSnapshot, noteItemCreated, referenceContext } from "./item-index";
import { findVault } from "./locate";
import { oneAccount } from "./preferences";

const ItemTitleSchema = oneLineTextSchema(200, "Give the new item a title.");

export interface SavePlan {
  account: string;
  vault: VaultSummary;
  title: string;
  /** The website as stored: with a scheme, so 1Password can fill it in. */
  website?: string;
}

/** Where a generated password is to be saved, checked against the account's vaults as 1Password lists them now. */
export async function planSave(
  preferences: Preferences,
  input: { saveAs?: string; vault?: string; website?: string; account?: string },
): Promise<SavePlan> {
  const title = ItemTitleSchema.safeParse(input.saveAs ?? "");
  if (!title.success) throw new ToolInputError(`Item title: ${title.error.issues[0]?.message ?? "not valid."}`);
  if (!input.vault?.trim()) throw new ToolInputError("Say which vault to save the new item in.");
  const account = oneAccount(preferences, input.account);
  const vault = findVault(await listVaults(account), input.vault);
  const plan: SavePlan = { account, vault, title: title.data };
  const website = input.website?.trim();
  if (website) {
    if (!hostOf(website)) throw new ToolInputError(`“${website}” is not a website address.`);
    plan.website = /^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`;
  }
  return plan;
}

type NewField = NonNullable<NewItem["fields"]>[number];
type NewWebsite = NonNullable<NewItem["websites"]>[number];

/**
 * Saves the password as a new Password item and answers with what identifies it. The password is only in the
 * request to 1Password; the answer holds its title, vault and reference.
 */
export async function savePassword(plan: SavePlan, password: string) {
  const field: NewField = {
    id: "password",
    title: "password",
    // The SDK's enums are string enums with these very values; the casts only name the enum types.
    fieldType: "Concealed" as NewField["fieldType"],
    value: password,
  };
  const params: NewItem = {
    category: "Password" as NewItem["category"],
    vaultId: plan.vault.id,
    title: plan.title,
    fields: [field],
  };
  if (plan.website) {
    params.websites = [
      { url: plan.website, label: "website", autofillBehavior: "AnywhereOnWebsite" as NewWebsite["autofillBehavior"] },
    ];
  }
  const details = await createItem(plan.account, params);
  const summary: ItemSummary = {
    account: plan.account,
    vaultId: plan.vault.id,
    vaultTitle: plan.vault.title,
    id: details.id,
    title: details.title,
    category: details.category,
    websites: details.websites,
    tags: details.tags,
    archived: false,
    createdAt: Date.now(),
    updatedAt: Date.now(),
  };
  noteItemCreated(summary);
  const snapshot = await accountSnapshot(plan.account);
  const reference = mainSecretReference(summary, details, referenceContext(snapshot));
  return { title: summary.title, vault: summary.vaultTitle, account: summary.account, reference: reference?.reference };
}
