import { showToast, Toast } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import { type ErrorContext, toOnePasswordError } from "../../onepassword/errors";
import { launchCheckConnection, runRecovery } from "./ErrorActions";

/**
 * A failure toast that says what happened and offers the next step. The text comes from OnePasswordError, which
 * never carries a value; a raw Error is mapped first so its message cannot reach the toast unfiltered.
 */
export async function showFailure(error: unknown, context: ErrorContext, retry?: () => void): Promise<Toast> {
  const mapped = toOnePasswordError(error, context);
  const canRecover =
    retry !== undefined || (mapped.recovery.kind !== "retry" && mapped.recovery.kind !== "authorize-again");
  return showToast({
    style: Toast.Style.Failure,
    title: mapped.title,
    message: mapped.hint,
    primaryAction: canRecover
      ? { title: mapped.recovery.title, onAction: () => void runRecovery(mapped, retry ?? (() => undefined)) }
      : undefined,
    // Check Connection from every failure; where it is already the recovery, the details instead.
    secondaryAction:
      mapped.recovery.kind === "check-connection"
        ? { title: "Copy Error Details", onAction: () => void copyText(mapped.details(), "error details") }
        : { title: "Check Connection", onAction: () => void launchCheckConnection() },
  });
}
