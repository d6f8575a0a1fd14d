/**
 * Vault permissions as the SDK's bit flags, and the presets people pick from. Presets follow 1Password's own
 * dependencies: every permission needs READ_ITEMS, editing needs revealing, managing needs editing.
 */

export const Permission = {
  NO_ACCESS: 0,
  RECOVER_VAULT: 1,
  MANAGE_VAULT: 2,
  REVEAL_ITEM_PASSWORD: 16,
  READ_ITEMS: 32,
  UPDATE_ITEMS: 64,
  CREATE_ITEMS: 128,
  ARCHIVE_ITEMS: 256,
  DELETE_ITEMS: 512,
  UPDATE_ITEM_HISTORY: 1024,
  SEND_ITEMS: 1048576,
  IMPORT_ITEMS: 2097152,
  EXPORT_ITEMS: 4194304,
  PRINT_ITEMS: 8388608,
} as const;

export type PermissionName = Exclude<keyof typeof Permission, "NO_ACCESS">;

/** In the order 1Password's apps list them. */
export const PERMISSION_NAMES: readonly PermissionName[] = [
  "READ_ITEMS",
  "REVEAL_ITEM_PASSWORD",
  "UPDATE_ITEMS",
  "CREATE_ITEMS",
  "ARCHIVE_ITEMS",
  "DELETE_ITEMS",
  "UPDATE_ITEM_HISTORY",
  "SEND_ITEMS",
  "IMPORT_ITEMS",
  "EXPORT_ITEMS",
  "PRINT_ITEMS",
  "MANAGE_VAULT",
  "RECOVER_VAULT",
];

export const PERMISSION_LABELS: Readonly<Record<PermissionName, string>> = {
  READ_ITEMS: "View items",
  REVEAL_ITEM_PASSWORD: "Reveal passwords",
  UPDATE_ITEMS: "Edit items",
  CREATE_ITEMS: "Create items",
  ARCHIVE_ITEMS: "Archive items",
  DELETE_ITEMS: "Delete items",
  UPDATE_ITEM_HISTORY: "View and restore item history",
  SEND_ITEMS: "Share items",
  IMPORT_ITEMS: "Import items",
  EXPORT_ITEMS: "Export items",
  PRINT_ITEMS: "Print items",
  MANAGE_VAULT: "Manage vault",
  RECOVER_VAULT: "Recover vault",
};

const ALL_KNOWN = PERMISSION_NAMES.reduce((bits, name) => bits | Permission[name], 0);

export type PresetId = "none" | "view" | "viewAndReveal" | "edit" | "manage";

export interface Preset {
  kind: "preset";
  id: PresetId;
  title: string;
  bits: number;
}

export interface CustomPermissions {
  kind: "custom";
  /** Every flag set, by name; bits no name covers are kept in `bits` and shown as unknown. */
  flags: PermissionName[];
  bits: number;
}

const VIEW = Permission.READ_ITEMS;
const VIEW_AND_REVEAL = VIEW | Permission.REVEAL_ITEM_PASSWORD;
const EDIT =
  VIEW_AND_REVEAL |
  Permission.CREATE_ITEMS |
  Permission.UPDATE_ITEMS |
  Permission.ARCHIVE_ITEMS |
  Permission.DELETE_ITEMS |
  Permission.UPDATE_ITEM_HISTORY;
/**
 * Managing a vault is everything an item can undergo plus managing access: Edit, MANAGE_VAULT, and the item
 * operations that move data out of or into the vault in bulk (share, import, export, print). RECOVER_VAULT is left
 * out: it is the account's recovery mechanism, not something to hand out with a preset; it shows as "custom".
 */
const MANAGE =
  EDIT |
  Permission.MANAGE_VAULT |
  Permission.SEND_ITEMS |
  Permission.IMPORT_ITEMS |
  Permission.EXPORT_ITEMS |
  Permission.PRINT_ITEMS;

export const PRESETS: readonly Preset[] = [
  { kind: "preset", id: "none", title: "No Access", bits: Permission.NO_ACCESS },
  { kind: "preset", id: "view", title: "View", bits: VIEW },
  { kind: "preset", id: "viewAndReveal", title: "View & Reveal", bits: VIEW_AND_REVEAL },
  { kind: "preset", id: "edit", title: "Edit", bits: EDIT },
  { kind: "preset", id: "manage", title: "Manage", bits: MANAGE },
];

export function flagsOf(bits: number): PermissionName[] {
  return PERMISSION_NAMES.filter((name) => (bits & Permission[name]) !== 0);
}

/** The preset these exact bits are, or the flags as they are: custom permissions are never rounded to a preset. */
export function presetOf(bits: number): Preset | CustomPermissions {
  const preset = PRESETS.find((candidate) => candidate.bits === bits);
  return preset ?? { kind: "custom", flags: flagsOf(bits), bits };
}

export function bitsOf(preset: PresetId): number {
  return PRESETS.find((candidate) => candidate.id === preset)!.bits;
}

/** "View & Reveal", or for custom bits the flags in words: "View items, Reveal passwords, Print items". */
export function describePermissions(bits: number): string {
  const found = presetOf(bits);
  if (found.kind === "preset") return found.title;
  const words = found.flags.map((name) => PERMISSION_LABELS[name]);
  if ((bits & ~ALL_KNOWN) !== 0) words.push(`unknown (${bits & ~ALL_KNOWN})`);
  return words.join(", ");
}

export type AccountType = "individual" | "family" | "teams" | "business" | "unknown";

/**
 * The presets that can be granted to a group (revoking is its own action, so "No Access" is not among them). Group
 * permissions exist only in Teams and Business accounts; elsewhere nothing can be granted. An unknown account type
 * gets the presets and lets the app have the last word.
 */
export function presetsFor(accountType: AccountType): readonly Preset[] {
  if (accountType === "individual" || accountType === "family") return [];
  return PRESETS.filter((preset) => preset.id !== "none");
}
