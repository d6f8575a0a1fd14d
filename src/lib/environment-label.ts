import { firstProblem, oneLineTextSchema } from "./one-line-text";

export const ENVIRONMENT_LABEL_MAX_LENGTH = 64;

/**
 * The name an Environment is shown under: a section title and a dropdown entry, so one short line. The messages are
 * written for inline form errors.
 */
export const EnvironmentLabelSchema = oneLineTextSchema(
  ENVIRONMENT_LABEL_MAX_LENGTH,
  "Give the Environment a name to show in the list.",
);

/** The form error for a label, or undefined when it is fine. */
export function environmentLabelError(label: string): string | undefined {
  return firstProblem(EnvironmentLabelSchema, label);
}
