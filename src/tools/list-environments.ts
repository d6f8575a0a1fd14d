import { listRegisteredEnvironments } from "../onepassword/registered-environments";
import { answering } from "./shared/errors";
import { NO_ENVIRONMENTS } from "./shared/environments";
import { safeNames } from "./shared/describe";

/**
 * Lists the 1Password Environments the person added to the extension (1Password cannot list them): each one's name,
 * ID and account. Use a name with list-variables to see its variable names.
 */
export default async function tool() {
  return answering(async () => {
    const environments = await listRegisteredEnvironments();
    if (environments.length === 0) return { environments: [], note: NO_ENVIRONMENTS };
    return {
      environments: safeNames(
        environments.map((environment) => ({
          name: environment.label,
          id: environment.id,
          account: environment.account,
        })),
      ),
    };
  });
}
