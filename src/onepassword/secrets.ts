import { z } from "zod";
import type { AccountRef } from "../lib/model";
import { READ_ONLY, callDesktop } from "./clients";
import { parseResult } from "./parse";

/** Resolves an `op://` reference to its value; the value is for the caller's action only. */
export async function resolveSecretReference(account: AccountRef, reference: string): Promise<string> {
  const operation = "Resolving secret reference";
  const result = await callDesktop(account, operation, (client) => client.secrets.resolve(reference), READ_ONLY);
  return parseResult(z.string(), result, { operation, account });
}
