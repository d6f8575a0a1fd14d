/**
 * Vault permissions as the SDK's bit flags, and the presets people pick from. Business accounts take granular
 * permissions, each with its prerequisites; Teams accounts take only three broad sets (viewing, editing, managing).
 * The presets are built from those broad sets, so each is accepted on both, except "View Only", which is granular and
 * offered only where it is known to be accepted.
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

/** The SDK's broad sets, the only permissions a Teams account accepts (each whole or not at all). */
export const ALLOW_VIEWING = Permission.READ_ITEMS | Permission.REVEAL_ITEM_PASSWORD | Permission.UPDATE_ITEM_HISTORY;
export const ALLOW_EDITING =
  Permission.CREATE_ITEMS |
  Permission.UPDATE_ITEMS |
  Permission.ARCHIVE_ITEMS |
  Permission.DELETE_ITEMS |
  Permission.IMPORT_ITEMS |
  Permission.EXPORT_ITEMS |
  Permission.SEND_ITEMS |
  Permission.PRINT_ITEMS;
export const ALLOW_MANAGING = Permission.MANAGE_VAULT;

/** 1Password's documented dependencies on Business: a permission, and the ones it needs. */
const BUSINESS_DEPENDENCIES: readonly (readonly [number, number])[] = [
  [Permission.CREATE_ITEMS, Permission.READ_ITEMS],
  [Permission.REVEAL_ITEM_PASSWORD, Permission.READ_ITEMS],
  [Permission.UPDATE_ITEMS, Permission.READ_ITEMS | Permission.REVEAL_ITEM_PASSWORD],
  [Permission.ARCHIVE_ITEMS, Permission.READ_ITEMS | Permission.REVEAL_ITEM_PASSWORD | Permission.UPDATE_ITEMS],
  [Permission.DELETE_ITEMS, Permission.READ_ITEMS | Permission.REVEAL_ITEM_PASSWORD | Permission.UPDATE_ITEMS],
  [Permission.UPDATE_ITEM_HISTORY, Permission.READ_ITEMS | Permission.REVEAL_ITEM_PASSWORD],
  [Permission.IMPORT_ITEMS, Permission.READ_ITEMS | Permission.CREATE_ITEMS],
  [Permission.EXPORT_ITEMS, ALLOW_VIEWING],
  [Permission.SEND_ITEMS, ALLOW_VIEWING],
  [Permission.PRINT_ITEMS, ALLOW_VIEWING],
];

/** Whether a Business account accepts these bits: every permission with its prerequisites. */
export function acceptedOnBusiness(bits: number): boolean {
  if ((bits & ~ALL_KNOWN) !== 0) return false;
  return BUSINESS_DEPENDENCIES.every(([permission, needs]) => (bits & permission) === 0 || (bits & needs) === needs);
}

/** Whether a Teams account accepts these bits: each broad set whole or not at all, and editing only with viewing. */
export function acceptedOnTeams(bits: number): boolean {
  if ((bits & ~ALL_KNOWN) !== 0) return false;
  for (const set of [ALLOW_VIEWING, ALLOW_EDITING, ALLOW_MANAGING]) {
    const held = bits & set;
    if (held !== 0 && held !== set) return false;
  }
  return (bits & ALLOW_EDITING) === 0 || (bits & ALLOW_VIEWING) !== 0;
}

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

/** Granular: items listed and opened, secrets hidden. Business only: Teams has no set this small. */
const VIEW_ONLY = Permission.READ_ITEMS;
/** Viewing as Teams grants it: items, their secrets and their history. */
const VIEW_AND_REVEAL = ALLOW_VIEWING;
/** Everything an item can undergo, including moving data in and out (import, export, share, print). */
const EDIT = ALLOW_VIEWING | ALLOW_EDITING;
/**
 * Edit plus managing who has access. RECOVER_VAULT is left out: it is the account's recovery mechanism, not something
 * to hand out with a preset; it shows as "custom".
 */
const MANAGE = EDIT | ALLOW_MANAGING;

/** Every preset, for naming what 1Password reports; `presetsFor` says which may be offered on an account. */
export const PRESETS: readonly Preset[] = [
  { kind: "preset", id: "none", title: "No Access", bits: Permission.NO_ACCESS },
  { kind: "preset", id: "view", title: "View Only", bits: VIEW_ONLY },
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
 * The presets that can be granted to a group (revoking is its own action, so "No Access" is not among them), each one
 * the account accepts. Group permissions exist only in Teams and Business accounts; elsewhere nothing can be granted.
 * An account of unknown type may be Teams, so it gets the presets both accept; granular ones wait until it is known to
 * be Business.
 */
export function presetsFor(accountType: AccountType): readonly Preset[] {
  if (accountType === "individual" || accountType === "family") return [];
  const accepted = accountType === "business" ? acceptedOnBusiness : acceptedOnEither;
  return PRESETS.filter((preset) => preset.id !== "none" && accepted(preset.bits));
}

function acceptedOnEither(bits: number): boolean {
  return acceptedOnBusiness(bits) && acceptedOnTeams(bits);
}
