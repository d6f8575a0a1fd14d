/** Keyboard shortcuts: Raycast's common set, and the text form the driver uses ("cmd+shift+c"). */

export interface KeyCombo {
  modifiers: string[];
  key: string;
}

export type ShortcutLike = KeyCombo | { macOS: KeyCombo; Windows: KeyCombo; windows?: KeyCombo };

const both = (macOS: KeyCombo, Windows: KeyCombo) => ({ macOS, Windows });
const k = (key: string, ...modifiers: string[]): KeyCombo => ({ modifiers, key });

/** `Keyboard.Shortcut.Common`, with the macOS and Windows bindings from Raycast's documentation. */
export const CommonShortcuts = {
  Copy: both(k("c", "cmd", "shift"), k("c", "ctrl", "shift")),
  CopyDeeplink: both(k("c", "cmd", "shift"), k("c", "ctrl", "shift")),
  CopyName: both(k(".", "cmd", "shift"), k("c", "ctrl", "alt")),
  CopyPath: both(k(",", "cmd", "shift"), k("c", "alt", "shift")),
  Save: both(k("s", "cmd"), k("s", "ctrl")),
  Duplicate: both(k("d", "cmd"), k("s", "ctrl", "shift")),
  Edit: both(k("e", "cmd"), k("e", "ctrl")),
  MoveDown: both(k("arrowDown", "cmd", "shift"), k("arrowDown", "ctrl", "shift")),
  MoveUp: both(k("arrowUp", "cmd", "shift"), k("arrowUp", "ctrl", "shift")),
  New: both(k("n", "cmd"), k("n", "ctrl")),
  Open: both(k("o", "cmd"), k("o", "ctrl")),
  OpenWith: both(k("o", "cmd", "shift"), k("o", "ctrl", "shift")),
  Pin: both(k("p", "cmd", "shift"), k(".", "ctrl")),
  Refresh: both(k("r", "cmd"), k("r", "ctrl")),
  Remove: both(k("x", "ctrl"), k("d", "ctrl")),
  RemoveAll: both(k("x", "ctrl", "shift"), k("d", "ctrl", "shift")),
  ToggleQuickLook: both(k("y", "cmd"), k("y", "ctrl")),
} as const;

const MAC_ORDER = ["cmd", "ctrl", "opt", "shift", "windows"];
const WINDOWS_ORDER = ["ctrl", "alt", "shift", "windows", "cmd"];

const MODIFIER_ALIASES: Record<string, string> = {
  cmd: "cmd",
  command: "cmd",
  "⌘": "cmd",
  meta: "cmd",
  ctrl: "ctrl",
  control: "ctrl",
  "⌃": "ctrl",
  opt: "opt",
  option: "opt",
  alt: "opt",
  "⌥": "opt",
  shift: "shift",
  "⇧": "shift",
  windows: "windows",
  win: "windows",
};

const KEY_ALIASES: Record<string, string> = {
  return: "enter",
  "↵": "enter",
  up: "arrowUp",
  down: "arrowDown",
  left: "arrowLeft",
  right: "arrowRight",
  "↑": "arrowUp",
  "↓": "arrowDown",
  esc: "escape",
};

function isCombo(value: unknown): value is KeyCombo {
  return typeof value === "object" && value !== null && "key" in value && "modifiers" in value;
}

function isCrossPlatform(value: unknown): value is { macOS: KeyCombo; Windows?: KeyCombo; windows?: KeyCombo } {
  return typeof value === "object" && value !== null && "macOS" in value;
}

function canonicalKey(key: string): string {
  const lower = key.toLowerCase();
  const alias = KEY_ALIASES[lower];
  if (alias) return alias;
  const known = ["arrowUp", "arrowDown", "arrowLeft", "arrowRight", "deleteForward", "pageUp", "pageDown"];
  return known.find((name) => name.toLowerCase() === lower) ?? lower;
}

function formatCombo(combo: KeyCombo, order: string[], mapModifier: (modifier: string) => string): string {
  const modifiers = [...new Set(combo.modifiers.map((modifier) => mapModifier(modifier)))];
  modifiers.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...modifiers, canonicalKey(combo.key)].join("+");
}

const macModifier = (modifier: string) => MODIFIER_ALIASES[modifier.toLowerCase()] ?? modifier;
const windowsModifier = (modifier: string) => {
  const mac = macModifier(modifier);
  return mac === "opt" ? "alt" : mac;
};

/** The macOS text of a shortcut, e.g. "cmd+shift+c". */
export function macShortcutText(shortcut: unknown): string | undefined {
  if (isCrossPlatform(shortcut)) return formatCombo(shortcut.macOS, MAC_ORDER, macModifier);
  if (isCombo(shortcut)) return formatCombo(shortcut, MAC_ORDER, macModifier);
  return undefined;
}

/** The Windows text of a shortcut. A macOS-only shortcut maps cmd to ctrl and opt to alt, as Raycast does. */
export function windowsShortcutText(shortcut: unknown): string | undefined {
  if (isCrossPlatform(shortcut)) {
    const windows = shortcut.Windows ?? shortcut.windows;
    return windows ? formatCombo(windows, WINDOWS_ORDER, windowsModifier) : undefined;
  }
  if (isCombo(shortcut)) {
    return formatCombo(shortcut, WINDOWS_ORDER, (modifier) => {
      const mapped = windowsModifier(modifier);
      return mapped === "cmd" ? "ctrl" : mapped;
    });
  }
  return undefined;
}

/** Normalises what a test types ("opt+cmd+c", "⌘⇧C" not supported: use "+") to the canonical macOS text. */
export function normaliseKeys(keys: string): string {
  const parts = keys
    .split("+")
    .map((part) => part.trim())
    .filter(Boolean);
  const key = parts.pop();
  if (!key) throw new Error(`empty key combination "${keys}"`);
  for (const modifier of parts) {
    if (!MODIFIER_ALIASES[modifier.toLowerCase()]) throw new Error(`unknown modifier "${modifier}" in "${keys}"`);
  }
  return formatCombo({ modifiers: parts, key }, MAC_ORDER, macModifier);
}
