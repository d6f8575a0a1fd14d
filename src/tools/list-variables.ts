import { getEnvironmentVariables } from "../onepassword/environments";
import { answering } from "./shared/errors";
import { findEnvironment } from "./shared/environments";
import { safeNames } from "./shared/describe";

type Input = {
  /** The Environment's name as list-environments shows it, or its ID. */
  environment: string;
  /** The account, when Environments in two accounts share the name. */
  account?: string;
};

/**
 * Lists one Environment's variables: each variable's name and whether 1Password masks its value. Names only: to give
 * the person a value, call copy-secret with the Environment and the variable name.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const environment = await findEnvironment(input.environment, input.account);
    const variables = await getEnvironmentVariables(environment.account, environment.id);
    // The values arrive with the names; only the names and flags leave this function.
    return safeNames({
      environment: environment.label,
      account: environment.account,
      variables: variables.map((variable) => ({ name: variable.name, masked: variable.masked })),
    });
  });
}
