/**
 * What the operating system is asked to type, and the scripts that type it. A secret only ever travels inside the
 * script text that goes to the keystroke program's standard input (see send-keys.ts), never in an argument: every
 * process on the machine can read another's arguments.
 */

/** One keystroke step: text typed character by character, or one named key (`paste` is ⌘V / Ctrl+V). */
export type KeyStep = { text: string } | { key: "tab" | "return" | "paste" };

/**
 * Longer values are refused. Typing sends one key event per character while the person waits; a value this long is
 * not something anyone types into a field (a key, a certificate), and the longer typing runs, the likelier a focus
 * change sends the rest of it to another window.
 */
export const MAX_TYPED_LENGTH = 500;

/**
 * Typing goes through the keyboard layout: System Events' `keystroke` and Windows' SendKeys can type reliably only
 * what every layout can type, printable ASCII (space to tilde). Control characters (line breaks, tabs) would press
 * keys that submit or move the focus, and other characters (accented letters, emoji) may come out as something else
 * or nothing, depending on the layout. Those are refused rather than typed wrong.
 */
const TYPABLE = /^[\x20-\x7e]*$/;

/** Why a value cannot be typed, in words that never show any of it; undefined when it can. */
export function typingRefusal(value: string): string | undefined {
  if (value.length > MAX_TYPED_LENGTH) return `is longer than ${MAX_TYPED_LENGTH} characters, too long to type`;
  if (!TYPABLE.test(value))
    return "has a character typing cannot enter reliably (only plain ASCII letters, digits, symbols and spaces are typed)";
  return undefined;
}

/** An AppleScript string literal: only `\` and `"` need escaping once control characters are refused. */
export function appleScriptString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const MAC_KEYS = { tab: "key code 48", return: "key code 36", paste: 'keystroke "v" using command down' } as const;

/** The AppleScript (for `osascript -`, on standard input) that types the steps into the frontmost app. */
export function appleScriptFor(steps: readonly KeyStep[]): string {
  const lines = steps.map((step) =>
    "text" in step ? `keystroke ${appleScriptString(step.text)}` : MAC_KEYS[step.key],
  );
  return ['tell application "System Events"', ...lines.map((line) => `  ${line}`), "end tell", ""].join("\n");
}

/** SendKeys reads `+ ^ % ~ ( ) { } [ ]` as keys or groups; each is typed literally as `{c}`. */
export function sendKeysLiteral(text: string): string {
  return text.replace(/[+^%~(){}[\]]/g, (c) => `{${c}}`);
}

const WINDOWS_KEYS = { tab: "{TAB}", return: "{ENTER}", paste: "^v" } as const;

/** The SendKeys string that types the steps; PowerShell reads it from standard input as it is, never parsing it. */
export function sendKeysFor(steps: readonly KeyStep[]): string {
  return steps.map((step) => ("text" in step ? sendKeysLiteral(step.text) : WINDOWS_KEYS[step.key])).join("");
}
