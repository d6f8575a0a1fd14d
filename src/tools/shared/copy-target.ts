import { getEnvironmentVariables } from "../../onepassword/environments";
import { isOnePasswordError } from "../../onepassword/errors";
import { resolveSecretReference } from "../../onepassword/secrets";
import type { Preferences } from "../../lib/preferences";
import { ToolInputError } from "./errors";
import { findEnvironment } from "./environments";
import { describeReference, locateReference } from "./locate";
import { safeName } from "../../lib/one-line-text";
import { namesMatch, quoted } from "./describe";

/** What copy-secret is asked to copy, as the model may say it. */
export interface CopyRequest {
  reference?: string;
  environment?: string;
  variable?: string;
  account?: string;
}

/** The one secret to copy, named as the confirmation shows it. */
export type CopyTarget =
  | { kind: "field"; account: string; reference: string; item: string; field: string; vault: string }
  | { kind: "variable"; account: string; environment: string; environmentId: string; variable: string };

export async function copyTargetOf(preferences: Preferences, request: CopyRequest): Promise<CopyTarget> {
  const reference = request.reference?.trim();
  if (reference) {
    if (request.environment || request.variable) {
      throw new ToolInputError("Give either a reference or an Environment and a variable, not both.");
    }
    const located = await locateReference(preferences, reference, request.account);
    return { kind: "field", account: located.account, reference, ...describeReference(located) };
  }
  if (request.environment?.trim() && request.variable?.trim()) {
    const environment = await findEnvironment(request.environment, request.account);
    return {
      kind: "variable",
      account: environment.account,
      environment: environment.label,
      environmentId: environment.id,
      variable: request.variable.trim(),
    };
  }
  throw new ToolInputError(
    "Give the op:// reference of a field (from search-items), or an Environment and a variable name (from list-variables).",
  );
}

/** Resolves the reference; a reference that names nothing is said so in words, with the reference (never a value). */
async function resolveField(account: string, reference: string): Promise<string> {
  try {
    return await resolveSecretReference(account, reference);
  } catch (error) {
    // The core reports an unresolvable reference in its own words, which the error taxonomy has no kind for.
    if (isOnePasswordError(error) && /resolving secret reference/i.test(error.causeMessage ?? "")) {
      throw new ToolInputError(`Not Found. 1Password has no field at ${reference}. Use a reference from search-items.`);
    }
    throw error;
  }
}

/**
 * Reads the target's value from 1Password, for the copy and nothing else; `what` names it in words ("password of
 * “GitHub”") for the toast and the answer.
 */
export async function readSecret(target: CopyTarget): Promise<{ value: string; what: string }> {
  if (target.kind === "field") {
    return {
      value: await resolveField(target.account, target.reference),
      what: `${safeName(target.field)} of ${quoted(target.item)}`,
    };
  }
  const variables = await getEnvironmentVariables(target.account, target.environmentId);
  const variable =
    variables.find((candidate) => candidate.name === target.variable) ??
    variables.find((candidate) => candidate.name.toLowerCase() === target.variable.toLowerCase()) ??
    variables.find((candidate) => namesMatch(candidate.name, target.variable));
  if (!variable) {
    const names = variables.map((candidate) => safeName(candidate.name)).join(", ");
    throw new ToolInputError(
      `${quoted(target.environment)} has no variable ${safeName(target.variable)}. Its variables: ${names}.`,
    );
  }
  return { value: variable.value, what: `value of ${safeName(variable.name)}` };
}
