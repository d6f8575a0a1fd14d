import { Action, Icon, LaunchType, launchCommand, open, openExtensionPreferences } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import { authorizeAgain } from "../../onepassword/authorize";
import { type OnePasswordError, SETUP_GUIDE_URL } from "../../onepassword/errors";
import { CheckConnectionAction } from "./CheckConnectionAction";

/** Opens Check Connection from where a view cannot be pushed (a toast's action). */
export async function launchCheckConnection(): Promise<void> {
  await launchCommand({ name: "check-connection", type: LaunchType.UserInitiated });
}

/** Runs an error's recovery step; shared by toasts and empty views so both offer the same thing. */
export async function runRecovery(error: OnePasswordError, retry: () => void): Promise<void> {
  switch (error.recovery.kind) {
    case "authorize-again":
      authorizeAgain(error.context.account);
      retry();
      return;
    case "retry":
      retry();
      return;
    case "open-setup-guide":
      await open(SETUP_GUIDE_URL);
      return;
    case "open-1password":
      await open("onepassword://");
      return;
    case "open-preferences":
      await openExtensionPreferences();
      return;
    case "check-connection":
      await launchCheckConnection();
      return;
    case "copy-details":
      await copyText(error.details(), "error details");
      return;
  }
}

const RECOVERY_ICONS = {
  "authorize-again": Icon.LockUnlocked,
  retry: Icon.ArrowClockwise,
  "open-setup-guide": Icon.Book,
  "open-1password": Icon.AppWindow,
  "open-preferences": Icon.Gear,
  "check-connection": Icon.Heartbeat,
  "copy-details": Icon.Clipboard,
} as const;

/**
 * The recovery action first (↵), then "Try Again", Check Connection and "Copy Error Details" where they add
 * something: every error state has a next step and a way to find out more.
 */
export function ErrorActions(props: { error: OnePasswordError; onRetry: () => void }) {
  const { error, onRetry } = props;
  const recovery = error.recovery.kind;
  return (
    <>
      {recovery === "check-connection" ? (
        <CheckConnectionAction />
      ) : (
        <Action
          title={error.recovery.title}
          icon={RECOVERY_ICONS[recovery]}
          onAction={() => void runRecovery(error, onRetry)}
        />
      )}
      {recovery !== "retry" && recovery !== "authorize-again" ? (
        <Action title="Try Again" icon={Icon.ArrowClockwise} onAction={onRetry} />
      ) : null}
      {recovery !== "check-connection" ? <CheckConnectionAction /> : null}
      {recovery !== "copy-details" ? (
        <Action
          title="Copy Error Details"
          icon={Icon.Clipboard}
          onAction={() => void copyText(error.details(), "error details")}
        />
      ) : null}
    </>
  );
}
