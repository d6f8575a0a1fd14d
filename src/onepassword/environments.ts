import type { AccountRef } from "../lib/model";
import { callDesktop } from "./clients";
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
  const result = await callDesktop(account, operation, (client) => client.environments.getVariables(environmentId));
  return parseResult(environmentVariablesSchema, result, { operation, account }).variables;
}
