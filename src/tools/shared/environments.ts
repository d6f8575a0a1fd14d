import type { RegisteredEnvironment } from "../../lib/model";
import { listRegisteredEnvironments } from "../../onepassword/registered-environments";
import { ToolInputError } from "./errors";
import { namesMatch, quoted } from "./describe";

export const NO_ENVIRONMENTS =
  "No Environments are added yet. In Raycast, open Search Environments and choose Add Environment with the ID copied from 1Password › Developer › View Environments.";

/** A registered Environment by its name (the label the person gave it) or its ID, ignoring case. */
export async function findEnvironment(nameOrId: string, account?: string): Promise<RegisteredEnvironment> {
  const environments = await listRegisteredEnvironments();
  if (environments.length === 0) throw new ToolInputError(NO_ENVIRONMENTS);
  const wanted = nameOrId.trim().toLowerCase();
  const inAccount = environments.filter(
    (environment) => !account?.trim() || environment.account.toLowerCase() === account.trim().toLowerCase(),
  );
  const matches = inAccount.filter(
    (environment) => environment.id === wanted || namesMatch(environment.label, nameOrId),
  );
  if (matches.length === 1) return matches[0] as RegisteredEnvironment;
  if (matches.length > 1) {
    const accounts = matches.map((environment) => quoted(environment.account)).join(", ");
    throw new ToolInputError(
      `Several Environments are named ${quoted(nameOrId)} (accounts ${accounts}): say which account.`,
    );
  }
  const names = environments.map((environment) => quoted(environment.label)).join(", ");
  throw new ToolInputError(`No Environment ${quoted(nameOrId)} was added. Added Environments: ${names}.`);
}
