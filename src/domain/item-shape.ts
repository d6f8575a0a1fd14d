import type { FieldSummary, ItemSummary, VaultSummary } from "../lib/model";
import { buildSecretReference, type Named } from "../lib/secret-reference";
import { isConcealedField, mainSecretField, otpField, secretNoun, usernameField } from "../onepassword/item-fields";
import type { ItemDetails, ItemField } from "../onepassword/items";

/** A field as the screens know it: its title and kind, never its value. */
export interface ShapeField extends FieldSummary {
  /** "password", "credential", "one-time password", or the field's title: what toasts and titles call it. */
  noun: string;
  /** Empty fields are kept (they still count when a reference name must be unique) but offer nothing to copy. */
  hasValue: boolean;
}

/**
 * What an item's actions need to know before anyone runs them: which fields it has and which of them ↵, ⇧⌘C and
 * ⌃⌘C act on. Built from a fetched item and then the values are dropped, so it may live in state and in memory.
 */
export interface ItemShape {
  /** Every field, empty ones included; `copyable` lists the ones worth a menu entry. */
  fields: ShapeField[];
  mainSecretId?: string;
  usernameId?: string;
  otpId?: string;
  /** A password field other than the main secret (an API Credential that also has a password). */
  passwordId?: string;
}

function toShapeField(field: ItemField): ShapeField {
  const summary: ShapeField = {
    id: field.id,
    title: field.title,
    type: field.type,
    concealed: isConcealedField(field),
    noun: secretNoun(field),
    hasValue: field.value !== "" || field.otpCode !== undefined,
  };
  if (field.sectionId !== undefined) summary.sectionId = field.sectionId;
  if (field.sectionTitle !== undefined) summary.sectionTitle = field.sectionTitle;
  return summary;
}

export function shapeOf(details: ItemDetails): ItemShape {
  const shape: ItemShape = { fields: details.fields.map(toShapeField) };
  const main = mainSecretField(details);
  if (main) shape.mainSecretId = main.id;
  const username = usernameField(details);
  if (username) shape.usernameId = username.id;
  const otp = otpField(details);
  if (otp) shape.otpId = otp.id;
  const password = details.fields.find((field) => field.id === "password" && field.value !== "");
  if (password && password.id !== main?.id) shape.passwordId = password.id;
  return shape;
}

export function copyable(shape: ItemShape): ShapeField[] {
  return shape.fields.filter((field) => field.hasValue);
}

/** The field's label for a menu: "Section › title", or the title. */
export function fieldLabel(field: Pick<FieldSummary, "title" | "sectionTitle">): string {
  const title = field.title.trim() || "Untitled Field";
  return field.sectionTitle ? `${field.sectionTitle} › ${title}` : title;
}

/** Action words: "password" → "Password", "one-time password" → "One-Time Password". */
export function titleCase(words: string): string {
  return words.replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** Before the item is fetched, the main secret's name by category, so the action title does not flicker. */
export function guessedSecretNoun(category: ItemSummary["category"]): string {
  switch (category) {
    case "ApiCredentials":
      return "credential";
    case "Login":
    case "Password":
    case "Database":
    case "Server":
    case "Router":
    case "Email":
      return "password";
    default:
      return "secret";
  }
}

export interface ReferenceContext {
  /** The items the index knows in a vault (archived included), to check a title's uniqueness within it. */
  itemsInVault: (account: string, vaultId: string) => readonly Named[];
  vaults: readonly VaultSummary[];
}

/**
 * The `op://` reference of a field: names where 1Password resolves them unambiguously, ids elsewhere. Uniqueness is
 * checked against everything the index knows (archived items included, which only errs towards ids).
 */
export function referenceFor(item: ItemSummary, shape: ItemShape, field: ShapeField, context: ReferenceContext) {
  const vault: Named = { id: item.vaultId, title: item.vaultTitle };
  const vaults = context.vaults.filter((candidate) => candidate.account === item.account);
  const items = context.itemsInVault(item.account, item.vaultId);
  const sections = new Map<string, Named>();
  for (const other of shape.fields) {
    if (other.sectionId && other.sectionTitle)
      sections.set(other.sectionId, { id: other.sectionId, title: other.sectionTitle });
  }
  const section = field.sectionId ? sections.get(field.sectionId) : undefined;
  // With a section the reference only competes with that section's fields; without one, with all of the item's.
  const fields = section ? shape.fields.filter((other) => other.sectionId === field.sectionId) : shape.fields;
  return buildSecretReference({
    vault,
    item: { id: item.id, title: item.title },
    section,
    field: { id: field.id, title: field.title },
    siblings: { vaults, items, sections: [...sections.values()], fields },
    attribute: field.type === "Totp" ? "otp" : undefined,
  });
}
