import { z } from "zod";

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A short name a person types into a form field and the extension shows as a title (a vault title, an Environment
 * label): trimmed, not empty, at most `maxLength` characters (counted as a person counts them, not UTF-16 units), one
 * line. The messages are written for inline form errors.
 */
export function oneLineTextSchema(maxLength: number, emptyMessage: string) {
  return z
    .string()
    .trim()
    .min(1, emptyMessage)
    .refine((text) => [...text].length <= maxLength, { message: `Use at most ${maxLength} characters.` })
    .refine((text) => !CONTROL.test(text), { message: "Remove line breaks, tabs and other control characters." });
}

/** The first problem with `text` under `schema`, as an inline form error, or undefined when it is fine. */
export function firstProblem(schema: z.ZodType, text: string): string | undefined {
  const result = schema.safeParse(text);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** The longest name shown whole: an item title the extension itself accepts (Save Item) fits. */
export const NAME_MAX_LENGTH = 200;

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/**
 * What a reader does not see but a display obeys: the other C0 and C1 controls and DEL, and the bidirectional marks,
 * embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9, U+061C) that make text read in another order.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name someone else wrote (an item title, a tag, a vault or group name), made safe to show to a person or a model:
 * one line, nothing that reorders or hides text, at most `maxLength` characters (a longer one ends in "…"). Written
 * names stay as they are; only what is shown changes.
 */
export function safeName(text: string, maxLength = NAME_MAX_LENGTH): string {
  const plain = text.replace(LINE_BREAKS, " ").replace(HIDDEN, "").trim();
  const characters = [...plain];
  return characters.length <= maxLength ? plain : `${characters.slice(0, maxLength - 1).join("")}…`;
}
