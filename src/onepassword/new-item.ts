import type { AccountRef, ItemSummary } from "../lib/model";
import { createItem, type NewItem } from "./item-writes";
import { getItem, listVaultItems, type ItemDetails } from "./items";
import { hostsOf } from "../lib/url";

/**
 * A new item as Save Item builds it, mapped onto 1Password's templates (field ids as the app's own items use them,
 * so the main-secret rules and `op://…/credential` references work on it), and the check that finds it again when
 * the answer to its create was lost. `secret` is a value: it lives only as long as the save.
 */

export type SaveCategory = "ApiCredentials" | "Login" | "Password" | "SecureNote" | "SshKey";

export interface ItemDraft {
  account: AccountRef;
  vaultId: string;
  vaultTitle: string;
  category: SaveCategory;
  title: string;
  /** The credential, password or private key; empty for a Secure Note. */
  secret: string;
  username: string;
  /** Login and Password only (a generated password may be saved with the site it is for). */
  website: string;
  /** API Credential only: what kind of credential ("Personal access token"). */
  credentialType: string;
  notes: string;
  tags: string[];
}

/** The id of the field that holds the draft's secret, as 1Password's templates name it. */
export function secretFieldId(category: SaveCategory): string | undefined {
  if (category === "ApiCredentials") return "credential";
  if (category === "SecureNote") return undefined;
  if (category === "SshKey") return "private_key";
  return "password";
}

type Field = NonNullable<NewItem["fields"]>[number];
// The SDK's enums are string enums with these very values; the casts only name the enum types.
const field = (id: string, fieldType: "Text" | "Concealed" | "SshKey", value: string, title = id): Field => ({
  id,
  title,
  fieldType: fieldType as Field["fieldType"],
  value,
});

export function toCreateParams(draft: ItemDraft): NewItem {
  const fields: Field[] = [];
  const username = draft.username.trim();
  if (draft.category === "ApiCredentials") {
    if (username) fields.push(field("username", "Text", username));
    fields.push(field("credential", "Concealed", draft.secret));
    if (draft.credentialType.trim()) fields.push(field("type", "Text", draft.credentialType.trim()));
  } else if (draft.category === "Login") {
    if (username) fields.push(field("username", "Text", username));
    fields.push(field("password", "Concealed", draft.secret));
  } else if (draft.category === "Password") {
    fields.push(field("password", "Concealed", draft.secret));
  } else if (draft.category === "SshKey") {
    // 1Password's SSH Key item: one field of type SshKey holding the private key; the app derives the public key,
    // fingerprint and key type from it.
    fields.push(field("private_key", "SshKey", draft.secret, "private key"));
  }
  const website = draft.website.trim();
  const params: NewItem = {
    category: draft.category as NewItem["category"],
    vaultId: draft.vaultId,
    title: draft.title.trim(),
    fields,
    tags: draft.tags,
    notes: draft.notes,
  };
  if ((draft.category === "Login" || draft.category === "Password") && website) {
    type Website = NonNullable<NewItem["websites"]>[number];
    params.websites = [
      { url: website, label: "website", autofillBehavior: "AnywhereOnWebsite" as Website["autofillBehavior"] },
    ];
  }
  return params;
}

/** The new item as a row of the metadata index; the app just created it, so its dates are now. */
export function toSummary(draft: ItemDraft, details: ItemDetails): ItemSummary {
  const now = Date.now();
  return {
    account: draft.account,
    vaultId: details.vaultId,
    vaultTitle: draft.vaultTitle,
    id: details.id,
    title: details.title,
    category: details.category,
    websites: hostsOf(details.websites),
    tags: details.tags,
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Creates the item with one `items.create`. */
export async function createFromDraft(draft: ItemDraft): Promise<ItemDetails> {
  return createItem(draft.account, toCreateParams(draft));
}

function holdsDraft(details: ItemDetails, draft: ItemDraft): boolean {
  const id = secretFieldId(draft.category);
  if (id === undefined) return details.notes === draft.notes;
  return details.fields.some((candidate) => candidate.id === id && candidate.value === draft.secret);
}

/**
 * The item a create with a lost answer made: in the draft's vault, with its exact title and category, holding its
 * very secret (compared in memory). Only that proves the save happened; a same-titled item made earlier does not.
 */
export async function findSavedItem(draft: ItemDraft): Promise<ItemDetails | undefined> {
  const items = await listVaultItems(draft.account, { id: draft.vaultId, title: draft.vaultTitle });
  const title = draft.title.trim();
  // Newest first: a lost answer is about the latest create.
  const candidates: ItemSummary[] = [];
  for (let i = 0; i < items.size; i++) {
    if (items.titles[i] === title && items.category(i) === draft.category) candidates.push(items.at(i));
  }
  candidates.sort((a, b) => b.createdAt - a.createdAt);
  for (const candidate of candidates) {
    const details = await getItem({ account: draft.account, vaultId: draft.vaultId, itemId: candidate.id });
    if (holdsDraft(details, draft)) return details;
  }
  return undefined;
}
