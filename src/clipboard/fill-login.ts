import { closeMainWindow, showHUD } from "@raycast/api";
import { recordKeystrokeTarget } from "./keystroke-target";
import type { KeyStep } from "./keystroke-steps";
import { pasteValues } from "./paste-fill";
import { clearWords, copyConcealed, type SecretClipboardOptions } from "./secure-clipboard";
import { showTypingRefused, typeSteps, typingRefusalFor } from "./type-secret";

/**
 * Fill Login: username, Tab, password (and Return, if the person wants it) into the app that was in front, by typing
 * (nothing touches the clipboard) or by a concealed paste per field (the clipboard ends as it was, or empty). Then the
 * one-time code, if the item has one, is copied concealed for the next step of the sign-in.
 */

export interface FillOptions extends SecretClipboardOptions {
  by: "typing" | "pasting";
  pressReturn: boolean;
}

export interface LoginValues {
  username: string;
  password: string;
  /** What the password is called: "password", "credential". */
  passwordLabel: string;
  /** The current one-time code, when the item has one. */
  otp?: string;
}

export type FillOutcome = { filled: true; otpCopied: boolean } | { filled: false; reason: string };

export async function fillLogin(login: LoginValues, options: FillOptions): Promise<FillOutcome> {
  const after: KeyStep[] = options.pressReturn ? [{ key: "return" }] : [];
  const typed =
    options.by === "typing"
      ? [
          { label: "username", value: login.username },
          { label: login.passwordLabel, value: login.password },
        ]
      : [];
  const refusal = typingRefusalFor(typed);
  if (refusal) {
    const copyInstead = { label: login.passwordLabel, value: login.password, options };
    await showTypingRefused("Not filled", refusal, copyInstead);
    return { filled: false, reason: refusal };
  }
  let result;
  if (options.by === "typing") {
    result = await typeSteps([{ text: login.username }, { key: "tab" }, { text: login.password }, ...after]);
  } else {
    const target = await recordKeystrokeTarget();
    await closeMainWindow();
    result = await pasteValues(
      target,
      [
        { value: login.username, kind: "a username", keys: [{ key: "paste" }, { key: "tab" }] },
        { value: login.password, kind: `a ${login.passwordLabel}`, keys: [{ key: "paste" }, ...after] },
      ],
      options.clearAfterSeconds,
    );
  }
  if (!result.ok) {
    await showHUD(`Not filled: ${result.reason}`);
    return { filled: false, reason: result.reason };
  }
  if (!login.otp) {
    await showHUD("Filled");
    return { filled: true, otpCopied: false };
  }
  const state = await copyConcealed(login.otp, { ...options, kind: "a one-time password" });
  await showHUD(`Filled · one-time code copied, ${clearWords(state, options.clearAfterSeconds)}`);
  return { filled: true, otpCopied: true };
}
