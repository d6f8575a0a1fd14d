import type { z } from "zod";
import { UNREADABLE_ANSWER } from "./error-words";
import { type ErrorContext, errorOf } from "./errors";

/**
 * Parses an SDK result at the boundary. A malformed result becomes an "unexpected" OnePasswordError whose details
 * name the paths that failed, never the values (a malformed item could carry a secret in the failing field).
 */
export function parseResult<S extends z.ZodType>(schema: S, value: unknown, context: ErrorContext): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const paths = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`)
    .join("; ");
  throw errorOf("unexpected", {
    ...UNREADABLE_ANSWER,
    context,
    causeMessage: `malformed result (${paths})`,
  });
}
