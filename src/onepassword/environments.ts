import type { AccountRef } from "../lib/model";
import { READ_ONLY, callDesktop } from "./clients";
import { type ErrorContext, errorOf, type OnePasswordError, toOnePasswordError } from "./errors";
import { parseResult } from "./parse";
import { environmentVariablesSchema } from "./schemas";

/** A variable with its value: lives in memory for the action that needs it, never cached. */
export interface EnvironmentVariable {
  name: string;
  value: string;
  masked: boolean;
}

export async function getEnvironmentVariables(
  account: AccountRef,
  environmentId: string,
): Promise<EnvironmentVariable[]> {
  const operation = "Loading Environment";
  const result = await callDesktop(
    account,
    operation,
    (client) => client.environments.getVariables(environmentId),
    READ_ONLY,
  );
  return parseResult(environmentVariablesSchema, result, { operation, account }).variables;
}

/**
 * The layer's messages are written for items and vaults; an Environment's own failures get words that fit it.
 * Never carries a value: the layer's errors do not, and nothing here adds one.
 */
export function environmentError(error: unknown, context: ErrorContext): OnePasswordError {
  const mapped = toOnePasswordError(error, context);
  const account = mapped.context.account ?? context.account;
  if (mapped.kind === "permission-denied") {
    return errorOf("permission-denied", {
      title: "No Access to This Environment",
      hint: `Your 1Password account${account ? ` ${account}` : ""} cannot read this Environment. Ask its owner to share it with you.`,
      context: mapped.context,
      causeMessage: mapped.causeMessage,
    });
  }
  if (mapped.kind === "not-found" && mapped.title === "Not Found") {
    return errorOf("not-found", {
      title: "Environment Not Found",
      hint: `No Environment with this ID in ${account ?? "this account"}. It may have been deleted; remove it here or add it again.`,
      context: mapped.context,
      causeMessage: mapped.causeMessage,
    });
  }
  return mapped;
}
