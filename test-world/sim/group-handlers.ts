import { fail, MESSAGES } from "./errors";
import { accessibleVault, arr, obj, str, type Handler, type HandlerContext } from "./handler-context";
import { permissionProblem } from "./permissions";
import * as wire from "./wire";

/** `client.groups.get` and the vaults' group permissions (grant, update, revoke), with 1Password's checks. */

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

export const GROUP_HANDLERS: Record<string, Handler> = {
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
};
