import { fail, MESSAGES } from "./errors";
import type { SimAccount, SimItem, SimVault, VaultOp } from "./model";
import {
  ARCHIVE_ITEMS,
  CREATE_ITEMS,
  DELETE_ITEMS,
  MANAGE_VAULT,
  READ_ITEMS,
  SEND_ITEMS,
  UPDATE_ITEMS,
} from "./permissions";
import type { World } from "./world";

/**
 * What every invocation handler stands on: its context, reading its parameters, and finding a vault or item the
 * signed-in user may use for an operation.
 */

/** Per-item failure types of the SDK's batch responses. */
export type ItemFailureType =
  | "itemValidationError"
  | "itemStatusPermissionError"
  | "itemStatusIncorrectItemVersion"
  | "itemStatusFileNotFound"
  | "itemStatusTooBig"
  | "itemNotFound"
  | "internal";

export interface ItemFailure {
  type: ItemFailureType;
  message?: string;
}

/** What the handlers need from the app besides the world. */
export interface HandlerContext {
  world: World;
  account: SimAccount;
  batchCap: number;
  enforcePermissionDependencies: boolean;
  /** Item id (or, for creation, item title) → the failure that item's batch entry reports. */
  itemFailures: Map<string, ItemFailure>;
}

export type Params = Record<string, unknown>;
export type Handler = (ctx: HandlerContext, params: Params, name: string) => unknown;

const OP_BITS: Record<"read" | "create" | "update" | "delete" | "archive" | "manage" | "share", [VaultOp, number]> = {
  read: ["read", READ_ITEMS],
  create: ["write", CREATE_ITEMS],
  update: ["write", UPDATE_ITEMS],
  delete: ["write", DELETE_ITEMS],
  archive: ["write", ARCHIVE_ITEMS],
  manage: ["manage", MANAGE_VAULT],
  share: ["write", SEND_ITEMS],
};

export type VaultOperation = keyof typeof OP_BITS;

export function str(params: Params, key: string, name: string): string {
  const value = params[key];
  if (typeof value !== "string") throw fail(MESSAGES.invalidParameters(name, `${key} must be a string`));
  return value;
}

export function obj(value: unknown, what: string, name: string): Params {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw fail(MESSAGES.invalidParameters(name, `${what} must be an object`));
  }
  return value as Params;
}

export function arr(params: Params, key: string, name: string): unknown[] {
  const value = params[key];
  if (!Array.isArray(value)) throw fail(MESSAGES.invalidParameters(name, `${key} must be an array`));
  return value;
}

export function vaultOf(ctx: HandlerContext, vaultId: string): SimVault {
  const vault = ctx.account.vaults.get(vaultId);
  if (!vault || vault.permissions === 0) throw fail(MESSAGES.vaultNotFound);
  return vault;
}

export function check(ctx: HandlerContext, vault: SimVault, op: VaultOperation): void {
  const [category, bit] = OP_BITS[op];
  const denied = ctx.world.deniedVaults.get(vault.id);
  if ((denied && denied.has(category)) || (vault.permissions & bit) === 0)
    throw fail(MESSAGES.vaultPermission(vault.id));
}

export function accessibleVault(ctx: HandlerContext, vaultId: string, op: VaultOperation): SimVault {
  const vault = vaultOf(ctx, vaultId);
  check(ctx, vault, op);
  return vault;
}

export function itemOf(vault: SimVault, itemId: string): SimItem {
  const item = vault.items.get(itemId);
  if (!item) throw fail(MESSAGES.itemNotFound);
  return item;
}

export function capBatch(ctx: HandlerContext, list: unknown[]): void {
  if (list.length > ctx.batchCap) throw fail(MESSAGES.batchCap(ctx.batchCap));
}
