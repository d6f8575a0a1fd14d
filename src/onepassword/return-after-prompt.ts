import { LaunchType, environment, launchCommand, open } from "@raycast/api";

/** Once per launch: a second prompt in the same launch must not pull Raycast back again. */
let returned = false;

/**
 * The 1Password prompt takes focus and Raycast's window closes, so after approving a person would land nowhere and
 * have to find the command again. Brings Raycast back to this command, once per launch, and only for a view command
 * a person opened: a background run or an AI tool has no window to return to.
 */
export function returnToCommandAfterPrompt(): void {
  if (returned) return;
  if (environment.launchType !== LaunchType.UserInitiated || environment.commandMode !== "view") return;
  returned = true;
  // Raycast's own scheme (it differs between apps and platforms), else the API, so no scheme is spelled here.
  const scheme = process.env.RAYCAST_SCHEME;
  const reopened = scheme
    ? open(
        `${scheme}://extensions/${environment.ownerOrAuthorName}/${environment.extensionName}/${environment.commandName}`,
      )
    : launchCommand({ name: environment.commandName, type: LaunchType.UserInitiated });
  // Not coming back is an inconvenience, never a failure of what the command is doing.
  reopened.catch(() => undefined);
}
