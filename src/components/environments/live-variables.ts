import type { RegisteredEnvironment } from "../../lib/model";
import { type EnvironmentVariable, getEnvironmentVariables } from "../../onepassword/environments";
import { errorOf } from "../../onepassword/errors";

/**
 * Values are fetched at the moment an action needs them, never taken from the list's state or a cache: the copy is
 * what 1Password holds now, and the value lives only as long as the action.
 */
export function fetchVariables(environment: RegisteredEnvironment): Promise<EnvironmentVariable[]> {
  return getEnvironmentVariables(environment.account, environment.id);
}

export async function fetchVariable(environment: RegisteredEnvironment, name: string): Promise<EnvironmentVariable> {
  const variable = (await fetchVariables(environment)).find((candidate) => candidate.name === name);
  if (variable) return variable;
  throw errorOf("not-found", {
    title: "Variable Not Found",
    hint: `${name} is no longer in ${environment.label}. Refresh the list to see its current variables.`,
    context: { operation: "Loading variable", account: environment.account },
  });
}
