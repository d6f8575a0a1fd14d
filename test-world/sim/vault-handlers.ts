import { fail, MESSAGES } from "./errors";
import { check, obj, str, vaultOf, accessibleVault, type Handler } from "./handler-context";
import type { SimVault } from "./model";
import { ALL_PERMISSIONS, MANAGE_VAULT } from "./permissions";
import * as wire from "./wire";

/** `client.vaults`: list, read, create, rename and describe, delete. */
export const VAULT_HANDLERS: Record<string, Handler> = {
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
};
