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
