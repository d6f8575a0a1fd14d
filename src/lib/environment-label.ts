import { z } from "zod";

export const ENVIRONMENT_LABEL_MAX_LENGTH = 64;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The name an Environment is shown under: a section title and a dropdown entry, so one short line. The messages are
 * written for inline form errors.
 */
export const EnvironmentLabelSchema = z
  .string()
  .trim()
  .min(1, "Give the Environment a name to show in the list.")
  .refine((label) => [...label].length <= ENVIRONMENT_LABEL_MAX_LENGTH, {
    message: `Use at most ${ENVIRONMENT_LABEL_MAX_LENGTH} characters.`,
  })
  .refine((label) => !CONTROL.test(label), { message: "Remove line breaks, tabs and other control characters." });

/** The form error for a label, or undefined when it is fine. */
export function environmentLabelError(label: string): string | undefined {
  const result = EnvironmentLabelSchema.safeParse(label);
  return result.success ? undefined : result.error.issues[0]?.message;
}
