import { LaunchType, showHUD, type LaunchProps } from "@raycast/api";
import { clearPendingSecret } from "./clipboard/clear-pending";
import type { ClearLaunchContext } from "./clipboard/secure-clipboard";

/**
 * Three ways in: launched in the background right after a copy (with that copy's token: wait for the deadline, then
 * clear if unchanged); the manifest interval (no token: clear only what is overdue, exit at once); or run by hand
 * (clear a pending secret now and say so).
 */
export default async function Command(props: LaunchProps<{ launchContext?: ClearLaunchContext }>) {
  const token = props.launchContext?.token;
  if (props.launchType === LaunchType.UserInitiated) {
    const outcome = await clearPendingSecret({ force: true });
    const message =
      outcome.kind === "cleared"
        ? `Cleared copied ${outcome.label}`
        : outcome.kind === "left-alone"
          ? "Clipboard holds something else · left it alone"
          : "No copied secret to clear";
    await showHUD(message);
    return;
  }
  await clearPendingSecret({ token, wait: token !== undefined });
}
