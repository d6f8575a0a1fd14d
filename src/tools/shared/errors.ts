import { safeName } from "../../lib/one-line-text";
import { isOnePasswordError } from "../../onepassword/errors";

/**
 * What a tool throws reaches the model, which relays it to the person. So a tool fails in the words the commands use
 * (1Password is locked, access was denied, not found) and never with what went wrong inside: no value, no part of
 * one, no excerpt of an answer 1Password sent.
 */

/** A request the tool cannot carry out as asked (an unknown vault, an ambiguous title), said so the model can fix it. */
export class ToolInputError extends Error {
  override readonly name = "ToolInputError";
}

const UNEXPECTED =
  "Something went wrong in the 1Password Secrets extension. Nothing was changed; the same step in its commands shows more.";

/** The error a tool throws: its own words for bad input, the title and hint people see for a 1Password failure. */
/** Long enough for a list of names, each already bounded; what is shown stays one line without hidden characters. */
const MESSAGE_MAX_LENGTH = 4_000;

export function toolError(error: unknown): Error {
  if (error instanceof ToolInputError) return new ToolInputError(safeName(error.message, MESSAGE_MAX_LENGTH));
  // The title and hint are written for people and hold no data; causeMessage (the core's text) is left out.
  if (isOnePasswordError(error)) return new Error(`${error.title}. ${error.hint}`);
  return new Error(UNEXPECTED);
}

/** Runs a tool's work and turns whatever it throws into a toolError. */
export async function answering<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toolError(error);
  }
}
