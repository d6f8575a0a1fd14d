import { z } from "zod";
import { fail, ok, type Result } from "./result";

/**
 * Environment IDs as the 1Password app copies them (Developer › View Environments › Manage environment › Copy
 * environment ID): 26 characters of lowercase base32, `a`–`z` and `2`–`7`. Input is case-insensitive.
 */

const ID_LENGTH = 26;
const ID = /^[a-z2-7]{26}$/;
/** An id inside longer text: 26 id characters not touching other letters or digits. */
const ID_IN_TEXT = /(?<![A-Za-z0-9])[A-Za-z2-7]{26}(?![A-Za-z0-9])/g;

export const EnvironmentIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((value, context) => {
    if (ID.test(value)) return;
    if (value === "") {
      context.addIssue({ code: "custom", message: "Paste the Environment ID from the 1Password app." });
    } else if (value.length !== ID_LENGTH) {
      context.addIssue({
        code: "custom",
        message: `An Environment ID has ${ID_LENGTH} letters and digits; this has ${[...value].length}.`,
      });
    } else {
      context.addIssue({
        code: "custom",
        message: "An Environment ID has only the letters a–z and the digits 2–7.",
      });
    }
  });

/** Every distinct id in a text, lowercased, in order of appearance. */
export function findEnvironmentIds(text: string): string[] {
  const found = (text.match(ID_IN_TEXT) ?? []).map((id) => id.toLowerCase());
  return [...new Set(found)];
}

/**
 * An Environment ID from what someone pasted: the ID itself, or text holding exactly one (a copied URL, "ID: …").
 * Errors say what is wrong in words a person can act on.
 */
export function parseEnvironmentId(text: string): Result<string> {
  const direct = EnvironmentIdSchema.safeParse(text);
  if (direct.success) return ok(direct.data);
  const found = findEnvironmentIds(text);
  if (found.length === 1) return ok(found[0]!);
  if (found.length > 1) return fail("This text holds several Environment IDs; paste just one.");
  return fail(direct.error.issues[0]?.message ?? "Not an Environment ID.");
}

/** Where 1Password's own links live: its URL scheme and its sign-in domains. */
const ONEPASSWORD_HOST = /(^|\.)1password\.(com|eu|ca)$/;

/** The one id a 1Password link carries as a whole path segment or query value, if it carries exactly one. */
function idInOnePasswordLink(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const ownLink = url.protocol === "onepassword:" || (url.protocol === "https:" && ONEPASSWORD_HOST.test(url.hostname));
  if (!ownLink) return undefined;
  const parts = [...url.pathname.split("/"), url.hostname, ...url.searchParams.values()];
  const ids = [...new Set(parts.map((part) => part.toLowerCase()).filter((part) => ID.test(part)))];
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * The Environment ID the clipboard holds, when the whole text (trimmed) is one: an id, or a 1Password link that
 * carries one. Anything else is not looked into: an id-shaped run inside other text (`sk_live_…`) may be part of a
 * secret.
 */
export function environmentIdInClipboardText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 2048) return undefined;
  const direct = trimmed.toLowerCase();
  if (ID.test(direct)) return direct;
  return idInOnePasswordLink(trimmed);
}
