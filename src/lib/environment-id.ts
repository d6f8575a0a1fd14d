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

/** Whether the clipboard's text is worth offering as an Environment ID: one id, alone or in a short text. */
export function looksLikeEnvironmentId(text: string): boolean {
  return text.length <= 2048 && findEnvironmentIds(text).length === 1;
}
