import { firstProblem, oneLineTextSchema } from "../lib/one-line-text";
import type { SaveCategory } from "../onepassword/new-item";

export const ITEM_TITLE_MAX_LENGTH = 200;
/** Far beyond any token or password; a longer paste is a mistake (a whole file), not a credential. */
export const SECRET_MAX_LENGTH = 10_000;

const ItemTitleSchema = oneLineTextSchema(ITEM_TITLE_MAX_LENGTH, "Enter a title.");

export function itemTitleError(title: string): string | undefined {
  return firstProblem(ItemTitleSchema, title);
}

/** What the secret field is called for a category, in form words. */
export function secretLabel(category: SaveCategory): string {
  if (category === "SshKey") return "Private Key";
  return category === "ApiCredentials" ? "Credential" : "Password";
}

/** The form error for the secret; never quotes it. */
export function secretError(category: SaveCategory, secret: string): string | undefined {
  if (category === "SecureNote") return undefined;
  if (secret.trim() === "") return `Paste or type the ${secretLabel(category).toLowerCase()}.`;
  if (secret.length > SECRET_MAX_LENGTH) return `Use at most ${SECRET_MAX_LENGTH.toLocaleString("en-US")} characters.`;
  return undefined;
}

export function notesError(category: SaveCategory, notes: string): string | undefined {
  return category === "SecureNote" && notes.trim() === "" ? "Write the note." : undefined;
}

/** Tags as typed, comma-separated: trimmed, each once. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(",")) {
    const tag = part.trim();
    if (tag === "" || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}
