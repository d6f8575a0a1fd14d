import { closeMainWindow, showHUD, showToast, Toast } from "@raycast/api";
import { recordKeystrokeTarget, sendKeystrokesTo } from "./keystroke-target";
import { typingRefusal, type KeyStep } from "./keystroke-steps";
import { copySecret, type SecretClipboardOptions } from "./secure-clipboard";
import { canSendKeys, sendKeySteps } from "./send-keys";

/**
 * Type Out: the value is typed into the app the person was in, as keystrokes, and never touches the clipboard.
 */

export type TypeOutcome =
  | { delivered: "typed" }
  /** Nothing was typed, before anything happened: the value cannot be typed reliably, or this system cannot type. */
  | { delivered: "refused"; reason: string }
  /** Nothing was typed after the window closed: the app did not come back to the front, or a permission is missing. */
  | { delivered: "not-typed"; reason: string };

/** Why nothing can be typed here, before the window closes; undefined when the values can be typed. */
export function typingRefusalFor(values: readonly { label: string; value: string }[]): string | undefined {
  if (!canSendKeys()) return "typing is not supported on this system";
  for (const { label, value } of values) {
    const refusal = typingRefusal(value);
    if (refusal) return `the ${label} ${refusal}`;
  }
  return undefined;
}

/** Says in a toast (the window is still open) why nothing was typed, and offers the concealed copy instead. */
export async function showTypingRefused(
  title: string,
  reason: string,
  copyInstead: { label: string; value: string; options: SecretClipboardOptions },
): Promise<void> {
  const { label, value, options } = copyInstead;
  await showToast({
    style: Toast.Style.Failure,
    title,
    message: `${capitalize(reason)}. Copy it instead: the copy is concealed and cleared like every copy.`,
    primaryAction: {
      title: `Copy ${label.replace(/(^|\s)\S/g, (c) => c.toUpperCase())} Instead`,
      onAction: () => void copySecret(value, label, options),
    },
  });
}

/**
 * Closes the window and types the steps into the app that was in front when the command ran, once it is in front
 * again; otherwise types nothing and says why. The caller has checked the values with typingRefusalFor.
 */
export async function typeSteps(steps: readonly KeyStep[]) {
  const target = await recordKeystrokeTarget();
  await closeMainWindow();
  return sendKeystrokesTo(target, () => sendKeySteps(steps));
}

/** Types one secret; `label` is what it is ("password"). Refusals and failures are said in words, never the value. */
export async function typeSecret(value: string, label: string, options: SecretClipboardOptions): Promise<TypeOutcome> {
  const refusal = typingRefusalFor([{ label, value }]);
  if (refusal) {
    await showTypingRefused(`Not typed`, refusal, { label, value, options });
    return { delivered: "refused", reason: refusal };
  }
  const result = await typeSteps([{ text: value }]);
  if (!result.ok) {
    await showHUD(`Did not type ${label}: ${result.reason}`);
    return { delivered: "not-typed", reason: result.reason };
  }
  await showHUD(`Typed ${label}`);
  return { delivered: "typed" };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
