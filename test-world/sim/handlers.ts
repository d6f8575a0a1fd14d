import { fail, MESSAGES, SimError } from "./errors";
import type { SimAccount, SimField, SimItem, SimSection, SimVault, SimWebsite, VaultOp } from "./model";
import {
  ARCHIVE_ITEMS,
  CREATE_ITEMS,
  DELETE_ITEMS,
  MANAGE_VAULT,
  permissionProblem,
  READ_ITEMS,
  UPDATE_ITEMS,
  ALL_PERMISSIONS,
  SEND_ITEMS,
} from "./permissions";
import { ID_PATTERN } from "./random";
import { resolveErrorMessage, resolveReference } from "./secret-reference";
import * as wire from "./wire";
import type { World } from "./world";

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

function vaultOf(ctx: HandlerContext, vaultId: string): SimVault {
  const vault = ctx.account.vaults.get(vaultId);
  if (!vault || vault.permissions === 0) throw fail(MESSAGES.vaultNotFound);
  return vault;
}

function check(ctx: HandlerContext, vault: SimVault, op: keyof typeof OP_BITS): void {
  const [category, bit] = OP_BITS[op];
  const denied = ctx.world.deniedVaults.get(vault.id);
  if ((denied && denied.has(category)) || (vault.permissions & bit) === 0)
    throw fail(MESSAGES.vaultPermission(vault.id));
}

export function accessibleVault(ctx: HandlerContext, vaultId: string, op: keyof typeof OP_BITS): SimVault {
  const vault = vaultOf(ctx, vaultId);
  check(ctx, vault, op);
  return vault;
}

export function itemOf(vault: SimVault, itemId: string): SimItem {
  const item = vault.items.get(itemId);
  if (!item) throw fail(MESSAGES.itemNotFound);
  return item;
}

function capBatch(ctx: HandlerContext, list: unknown[]): void {
  if (list.length > ctx.batchCap) throw fail(MESSAGES.batchCap(ctx.batchCap));
}

function requireGroupPermissions(ctx: HandlerContext): void {
  if (ctx.account.type !== "business" && ctx.account.type !== "teams") throw fail(MESSAGES.groupPermissionsUnavailable);
}

function checkPermissionSet(ctx: HandlerContext, permissions: unknown, name: string): number {
  if (typeof permissions !== "number") throw fail(MESSAGES.invalidParameters(name, "permissions must be a number"));
  const type = ctx.account.type;
  if (ctx.enforcePermissionDependencies && (type === "business" || type === "teams")) {
    const problem = permissionProblem(type, permissions);
    if (problem) throw fail(problem);
  }
  return permissions;
}

function groupOf(ctx: HandlerContext, groupId: unknown): string {
  if (typeof groupId !== "string" || !ctx.account.groups.has(groupId)) throw fail(MESSAGES.groupNotFound);
  return groupId;
}

/** Turns ItemCreateParams (or an Item for put) into stored content; throws a validation message when invalid. */
function contentFrom(raw: Params): Pick<SimItem, "title" | "fields" | "sections" | "notes" | "tags" | "websites"> {
  if (typeof raw.title !== "string" || raw.title.trim() === "")
    throw new SimError("Error", "invalid item: title must not be empty");
  const fields: SimField[] = [];
  for (const f of Array.isArray(raw.fields) ? raw.fields : []) {
    const field = f as Params;
    if (typeof field.id !== "string" || typeof field.title !== "string" || typeof field.value !== "string") {
      throw new SimError("Error", "invalid item: every field needs a string id, title and value");
    }
    const stored: SimField = {
      id: field.id,
      title: field.title,
      fieldType: typeof field.fieldType === "string" ? field.fieldType : "Text",
      value: field.value,
    };
    if (typeof field.sectionId === "string") stored.sectionId = field.sectionId;
    const details = field.details as SimField["details"] | undefined;
    if (details && details.type !== ("Otp" as string)) stored.details = details;
    fields.push(stored);
  }
  return {
    title: raw.title,
    fields,
    sections: (Array.isArray(raw.sections) ? raw.sections : []) as SimSection[],
    notes: typeof raw.notes === "string" ? raw.notes : "",
    tags: (Array.isArray(raw.tags) ? raw.tags : []).filter((t): t is string => typeof t === "string"),
    websites: (Array.isArray(raw.websites) ? raw.websites : []) as SimWebsite[],
  };
}

function createItem(ctx: HandlerContext, vault: SimVault, raw: Params): SimItem {
  const content = contentFrom(raw);
  if (typeof raw.category !== "string") throw new SimError("Error", "invalid item: category is required");
  const now = ctx.world.clock.now();
  const item: SimItem = {
    id: ctx.world.newId(),
    category: raw.category,
    vaultId: vault.id,
    ...content,
    version: 1,
    state: "active",
    createdAt: now,
    updatedAt: now,
  };
  vault.items.set(item.id, item);
  ctx.world.touchVaultContent(vault);
  return item;
}

function environmentVariables(ctx: HandlerContext, params: Params, name: string): unknown {
  const id = str(params, "environment_id", name);
  if (!ID_PATTERN.test(id)) throw fail(MESSAGES.invalidEnvironmentId);
  const env = ctx.account.environments.get(id);
  if (!env) throw fail(MESSAGES.environmentNotFound);
  if (env.denied) throw fail(MESSAGES.environmentPermission(id));
  return { variables: env.variables.map((v) => ({ name: v.name, value: v.value, masked: v.masked })) };
}

export const HANDLERS: Record<string, Handler> = {
  VaultsList: (ctx) => [...ctx.account.vaults.values()].filter((v) => v.permissions !== 0).map(wire.vaultOverview),

  VaultsGetOverview: (ctx, p, name) => wire.vaultOverview(vaultOf(ctx, str(p, "vault_id", name))),

  VaultsGet: (ctx, p, name) => {
    const vault = vaultOf(ctx, str(p, "vault_id", name));
    const accessors =
      p.vault_params !== undefined &&
      p.vault_params !== null &&
      obj(p.vault_params, "vault_params", name).accessors === true;
    if (accessors) check(ctx, vault, "read");
    return wire.fullVault(vault, ctx.account, accessors);
  },

  VaultsCreate: (ctx, p, name) => {
    const params = obj(p.params, "params", name);
    if (typeof params.title !== "string" || params.title.trim() === "")
      throw fail("invalid vault: title must not be empty");
    const handle = ctx.world.handle(ctx.account.uuid);
    const id = handle.addVault({
      title: params.title,
      description: typeof params.description === "string" ? params.description : "",
      permissions: ALL_PERMISSIONS,
    });
    const vault = ctx.account.vaults.get(id) as SimVault;
    if (params.allowAdminsAccess !== false) {
      for (const group of ctx.account.groups.values()) {
        if (group.groupType === "administrators") vault.groupAccess.set(group.id, MANAGE_VAULT);
      }
    }
    return wire.fullVault(vault, ctx.account, false);
  },

  VaultsUpdate: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "manage");
    const params = obj(p.params, "params", name);
    if (params.title !== undefined) {
      if (typeof params.title !== "string" || params.title.trim() === "")
        throw fail("invalid vault: title must not be empty");
      vault.title = params.title;
    }
    if (typeof params.description === "string") vault.description = params.description;
    vault.attributeVersion++;
    vault.updatedAt = ctx.world.clock.now();
    return wire.fullVault(vault, ctx.account, false);
  },

  VaultsDelete: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "manage");
    if (vault.vaultType !== "userCreated") throw fail(MESSAGES.vaultTypeNotDeletable(vault.vaultType));
    ctx.account.vaults.delete(vault.id);
    ctx.world.vaults.delete(vault.id);
    return null;
  },

  VaultsGrantGroupPermissions: (ctx, p, name) => {
    requireGroupPermissions(ctx);
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "manage");
    const grants = arr(p, "group_permissions_list", name).map((g) => {
      const grant = obj(g, "group access", name);
      return [groupOf(ctx, grant.groupId), checkPermissionSet(ctx, grant.permissions, name)] as const;
    });
    for (const [groupId, permissions] of grants) vault.groupAccess.set(groupId, permissions);
    return null;
  },

  VaultsUpdateGroupPermissions: (ctx, p, name) => {
    requireGroupPermissions(ctx);
    const updates = arr(p, "group_permissions_list", name).map((u) => {
      const update = obj(u, "group vault access", name);
      const vault = accessibleVault(ctx, typeof update.vaultId === "string" ? update.vaultId : "", "manage");
      return [vault, groupOf(ctx, update.groupId), checkPermissionSet(ctx, update.permissions, name)] as const;
    });
    for (const [vault, groupId, permissions] of updates) vault.groupAccess.set(groupId, permissions);
    return null;
  },

  VaultsRevokeGroupPermissions: (ctx, p, name) => {
    requireGroupPermissions(ctx);
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "manage");
    vault.groupAccess.delete(groupOf(ctx, p.group_id));
    return null;
  },

  GroupsGet: (ctx, p, name) => {
    const group = ctx.account.groups.get(str(p, "group_id", name));
    if (!group) throw fail(MESSAGES.groupNotFound);
    const params =
      p.group_params === undefined || p.group_params === null ? {} : obj(p.group_params, "group_params", name);
    return wire.group(group, ctx.account, params.vaultPermissions === true);
  },

  ItemsList: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "read");
    let active = true;
    let archived = false;
    for (const f of arr(p, "filters", name)) {
      const filter = obj(f, "filter", name);
      if (filter.type !== "ByState")
        throw fail(MESSAGES.invalidParameters(name, `unknown filter ${String(filter.type)}`));
      const content = obj(filter.content, "filter content", name);
      active = content.active === true;
      archived = content.archived === true;
    }
    const out: unknown[] = [];
    for (const item of vault.items.values()) {
      if ((item.state === "active" && active) || (item.state === "archived" && archived))
        out.push(wire.itemOverview(item));
    }
    return out;
  },

  ItemsGet: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "read");
    return wire.fullItem(itemOf(vault, str(p, "item_id", name)), ctx.world.clock.now());
  },

  ItemsGetAll: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "read");
    const ids = arr(p, "item_ids", name);
    capBatch(ctx, ids);
    const now = ctx.world.clock.now();
    return {
      individualResponses: ids.map((id) => {
        const injected = typeof id === "string" ? ctx.itemFailures.get(id) : undefined;
        if (injected) return { error: injected };
        const item = typeof id === "string" ? vault.items.get(id) : undefined;
        return item ? { content: wire.fullItem(item, now) } : { error: { type: "itemNotFound" } };
      }),
    };
  },

  ItemsCreate: (ctx, p, name) => {
    const params = obj(p.params, "params", name);
    const vault = accessibleVault(ctx, typeof params.vaultId === "string" ? params.vaultId : "", "create");
    return wire.fullItem(createItem(ctx, vault, params), ctx.world.clock.now());
  },

  ItemsCreateAll: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "create");
    const list = arr(p, "params", name);
    capBatch(ctx, list);
    const now = ctx.world.clock.now();
    return {
      individualResponses: list.map((raw) => {
        const params = obj(raw, "item params", name);
        const injected = typeof params.title === "string" ? ctx.itemFailures.get(params.title) : undefined;
        if (injected) return { error: injected };
        if (params.vaultId !== vault.id) {
          return {
            error: { type: "itemValidationError", message: "the item's vaultId does not match the batch's vault" },
          };
        }
        try {
          return { content: wire.fullItem(createItem(ctx, vault, params), now) };
        } catch (e) {
          return { error: { type: "itemValidationError", message: e instanceof Error ? e.message : String(e) } };
        }
      }),
    };
  },

  ItemsPut: (ctx, p, name) => {
    const raw = obj(p.item, "item", name);
    const vault = accessibleVault(ctx, typeof raw.vaultId === "string" ? raw.vaultId : "", "update");
    const item = itemOf(vault, typeof raw.id === "string" ? raw.id : "");
    if (raw.version !== item.version) throw fail(MESSAGES.itemVersion);
    // What 1Password keeps as the item's history: every earlier version, whole.
    item.history = [...(item.history ?? []), { version: item.version, fields: item.fields.map((f) => ({ ...f })) }];
    Object.assign(item, contentFrom(raw));
    if (typeof raw.category === "string") item.category = raw.category;
    item.version++;
    item.updatedAt = ctx.world.clock.now();
    ctx.world.touchVaultContent(vault);
    return wire.fullItem(item, ctx.world.clock.now());
  },

  ItemsDelete: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "delete");
    const item = itemOf(vault, str(p, "item_id", name));
    vault.items.delete(item.id);
    ctx.world.touchVaultContent(vault);
    return null;
  },

  ItemsDeleteAll: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "delete");
    const ids = arr(p, "item_ids", name);
    capBatch(ctx, ids);
    const responses: Record<string, unknown> = {};
    let changed = false;
    for (const id of ids) {
      const key = String(id);
      const injected = ctx.itemFailures.get(key);
      if (injected) responses[key] = { error: injected };
      else if (vault.items.delete(key)) {
        responses[key] = {};
        changed = true;
      } else responses[key] = { error: { type: "itemNotFound" } };
    }
    if (changed) ctx.world.touchVaultContent(vault);
    return { individualResponses: responses };
  },

  ItemsArchive: (ctx, p, name) => {
    const vault = accessibleVault(ctx, str(p, "vault_id", name), "archive");
    const item = itemOf(vault, str(p, "item_id", name));
    if (item.state !== "archived") {
      item.state = "archived";
      item.version++;
      item.updatedAt = ctx.world.clock.now();
      ctx.world.touchVaultContent(vault);
    }
    return null;
  },

  SecretsResolve: (ctx, p, name) => {
    const result = resolveReference(str(p, "secret_reference", name), ctx.account, ctx.world.clock.now());
    if (result.vault) check(ctx, result.vault, "read");
    if (!result.ok) throw fail(resolveErrorMessage(result.type, result.message));
    return result.secret;
  },

  SecretsResolveAll: (ctx, p, name) => {
    const responses: Record<string, unknown> = {};
    const now = ctx.world.clock.now();
    for (const ref of arr(p, "secret_references", name)) {
      const key = String(ref);
      const result = resolveReference(key, ctx.account, now);
      if (result.vault) check(ctx, result.vault, "read");
      responses[key] = result.ok
        ? { content: { secret: result.secret, itemId: result.item.id, vaultId: result.vault.id } }
        : {
            error:
              result.message !== undefined ? { type: result.type, message: result.message } : { type: result.type },
          };
    }
    return { individualResponses: responses };
  },

  EnvironmentsGetVariables: environmentVariables,
};
