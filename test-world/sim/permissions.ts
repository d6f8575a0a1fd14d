/**
 * Vault permission bits (the SDK's exported constants) and the dependency rules 1Password enforces when a
 * permission set is granted: on Business each granular permission needs its prerequisites, on Teams only the three
 * broad sets exist and editing needs viewing.
 */

export const NO_ACCESS = 0;
export const RECOVER_VAULT = 1;
export const MANAGE_VAULT = 2;
export const REVEAL_ITEM_PASSWORD = 16;
export const READ_ITEMS = 32;
export const UPDATE_ITEMS = 64;
export const CREATE_ITEMS = 128;
export const ARCHIVE_ITEMS = 256;
export const DELETE_ITEMS = 512;
export const UPDATE_ITEM_HISTORY = 1024;
export const SEND_ITEMS = 1048576;
export const IMPORT_ITEMS = 2097152;
export const EXPORT_ITEMS = 4194304;
export const PRINT_ITEMS = 8388608;

export const ALLOW_VIEWING = READ_ITEMS | REVEAL_ITEM_PASSWORD | UPDATE_ITEM_HISTORY;
export const ALLOW_EDITING =
  CREATE_ITEMS | UPDATE_ITEMS | ARCHIVE_ITEMS | DELETE_ITEMS | IMPORT_ITEMS | EXPORT_ITEMS | SEND_ITEMS | PRINT_ITEMS;
export const ALLOW_MANAGING = MANAGE_VAULT;
/** Everything a vault's creator holds. */
export const ALL_PERMISSIONS = ALLOW_VIEWING | ALLOW_EDITING | ALLOW_MANAGING;

const BUSINESS_DEPENDENCIES: readonly (readonly [number, number])[] = [
  [CREATE_ITEMS, READ_ITEMS],
  [REVEAL_ITEM_PASSWORD, READ_ITEMS],
  [UPDATE_ITEMS, READ_ITEMS | REVEAL_ITEM_PASSWORD],
  [ARCHIVE_ITEMS, READ_ITEMS | REVEAL_ITEM_PASSWORD | UPDATE_ITEMS],
  [DELETE_ITEMS, READ_ITEMS | REVEAL_ITEM_PASSWORD | UPDATE_ITEMS],
  [UPDATE_ITEM_HISTORY, READ_ITEMS | REVEAL_ITEM_PASSWORD],
  [IMPORT_ITEMS, READ_ITEMS | CREATE_ITEMS],
  [EXPORT_ITEMS, READ_ITEMS | REVEAL_ITEM_PASSWORD | UPDATE_ITEM_HISTORY],
  [SEND_ITEMS, READ_ITEMS | REVEAL_ITEM_PASSWORD | UPDATE_ITEM_HISTORY],
  [PRINT_ITEMS, READ_ITEMS | REVEAL_ITEM_PASSWORD | UPDATE_ITEM_HISTORY],
];

const KNOWN_BITS = ALL_PERMISSIONS | RECOVER_VAULT;

/** Why a permission set cannot be granted on this account type, or undefined when it can. */
export function permissionProblem(accountType: "business" | "teams", permissions: number): string | undefined {
  if (!Number.isInteger(permissions) || permissions < 0 || (permissions & ~KNOWN_BITS) !== 0) {
    return `invalid vault permissions: ${permissions}`;
  }
  if (accountType === "business") {
    for (const [permission, needs] of BUSINESS_DEPENDENCIES) {
      if ((permissions & permission) !== 0 && (permissions & needs) !== needs) {
        return `invalid vault permissions: ${permission} requires ${needs}`;
      }
    }
    return undefined;
  }
  for (const set of [ALLOW_VIEWING, ALLOW_EDITING, ALLOW_MANAGING]) {
    const held = permissions & set;
    if (held !== 0 && held !== set)
      return `invalid vault permissions: ${permissions} is not available on a Teams account`;
  }
  if ((permissions & ALLOW_EDITING) !== 0 && (permissions & ALLOW_VIEWING) === 0) {
    return `invalid vault permissions: ${ALLOW_EDITING} requires ${ALLOW_VIEWING}`;
  }
  return undefined;
}
