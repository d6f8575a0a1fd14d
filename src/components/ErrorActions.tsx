import { Action, Icon, open, openExtensionPreferences } from "@raycast/api";
import { copyText } from "../clipboard/secure-clipboard";
import { authorizeAgain } from "../onepassword/authorize";
import { type OnePasswordError, SETUP_GUIDE_URL } from "../onepassword/errors";

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
  "copy-details": Icon.Clipboard,
} as const;

/** The recovery action first (↵), then "Try Again" and "Copy Error Details" where they add something. */
export function ErrorActions(props: { error: OnePasswordError; onRetry: () => void }) {
  const { error, onRetry } = props;
  return (
    <>
      <Action
        title={error.recovery.title}
        icon={RECOVERY_ICONS[error.recovery.kind]}
        onAction={() => void runRecovery(error, onRetry)}
      />
      {error.recovery.kind !== "retry" && error.recovery.kind !== "authorize-again" ? (
        <Action title="Try Again" icon={Icon.ArrowClockwise} onAction={onRetry} />
      ) : null}
      {error.recovery.kind !== "copy-details" ? (
        <Action
          title="Copy Error Details"
          icon={Icon.Clipboard}
          onAction={() => void copyText(error.details(), "error details")}
        />
      ) : null}
    </>
  );
}
