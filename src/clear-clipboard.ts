import { LaunchType, showHUD, type LaunchProps } from "@raycast/api";
import { recordHeartbeat } from "./clipboard/background-heartbeat";
import { clearPendingSecret } from "./clipboard/clear-pending";

/**
 * Two ways in: Raycast's manifest interval (every 10 s: note that background clearing runs, clear what is due, exit
 * at once), or run by hand (clear a pending secret now and say so; running it once is also what turns on background
 * refresh for a Store install).
 */
export default async function Command(props: LaunchProps) {
  if (props.launchType === LaunchType.UserInitiated) {
    const outcome = await clearPendingSecret({ force: true });
    const message =
      outcome.kind === "cleared"
        ? `Cleared ${outcome.label} from the clipboard`
        : outcome.kind === "left-alone"
          ? "Clipboard holds something else · left it alone"
          : "No copied secret to clear";
    await showHUD(message);
    return;
  }
  await recordHeartbeat();
  await clearPendingSecret();
}
