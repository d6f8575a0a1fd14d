import { ITEM_TITLE_MAX_LENGTH } from "../../domain/draft-validation";
import { saveDraft } from "../../domain/save-draft";
import type { VaultSummary } from "../../lib/model";
import { oneLineTextSchema } from "../../lib/one-line-text";
import type { Preferences } from "../../lib/preferences";
import { hostOf } from "../../lib/url";
import { type ItemDraft, toSummary } from "../../onepassword/new-item";
import { listVaults } from "../../onepassword/vaults";
import { ToolInputError } from "./errors";
import { mainSecretReference } from "./fields";
import { accountSnapshot, noteItemCreated, referenceContext } from "./known-items";
import { findVault } from "./locate";
import { oneAccount } from "./preferences";
import { quoted, safeNames } from "./describe";

const ItemTitleSchema = oneLineTextSchema(ITEM_TITLE_MAX_LENGTH, "Give the new item a title.");

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
    if (!hostOf(website)) throw new ToolInputError(`${quoted(website)} is not a website address.`);
    plan.website = /^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`;
  }
  return plan;
}

/**
 * Saves the password as a new Password item, the way Save Item saves one (a lost answer is checked before anything
 * is reported, so a retry never makes a second item), and answers with what identifies it. The password is only in
 * the request to 1Password; the answer holds its title, vault and reference.
 */
export async function savePassword(plan: SavePlan, password: string) {
  const draft: ItemDraft = {
    account: plan.account,
    vaultId: plan.vault.id,
    vaultTitle: plan.vault.title,
    category: "Password",
    title: plan.title,
    secret: password,
    username: "",
    website: plan.website ?? "",
    credentialType: "",
    notes: "",
    tags: [],
  };
  const outcome = await saveDraft(draft, false);
  if (outcome.kind === "failed") {
    if (!outcome.inDoubt) throw outcome.error;
    throw new ToolInputError(
      `${outcome.error.title}. 1Password may still have saved ${quoted(plan.title)} in ${quoted(plan.vault.title)}: ` +
        "search for it before saving again.",
    );
  }
  const summary = toSummary(draft, outcome.details);
  noteItemCreated(summary);
  const snapshot = await accountSnapshot(plan.account);
  const reference = mainSecretReference(summary, outcome.details, referenceContext(snapshot));
  const saved = { title: summary.title, vault: summary.vaultTitle, account: summary.account };
  return { ...safeNames(saved), reference: reference?.reference };
}
