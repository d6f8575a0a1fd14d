import type { SimAccount, SimGroup, SimItem, SimVault } from "./model";
import { totpCode } from "./totp";

/**
 * The simulator's state as the SDK's result types (types.d.ts of @1password/sdk 0.5.0). Dates travel as
 * `YYYY-MM-DDTHH:MM:SS.fffZ`, which the SDK's reviver turns back into Date for `createdAt`/`updatedAt`.
 */

const iso = (ms: number): string => new Date(ms).toISOString();

export function itemOverview(item: SimItem): unknown {
  return {
    id: item.id,
    title: item.title,
    category: item.category,
    vaultId: item.vaultId,
    websites: item.websites,
    tags: item.tags,
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
    state: item.state,
  };
}

export function fullItem(item: SimItem, now: number): unknown {
  return {
    id: item.id,
    title: item.title,
    category: item.category,
    vaultId: item.vaultId,
    fields: item.fields.map((field) => {
      const details =
        field.fieldType === "Totp"
          ? { type: "Otp", content: totpCode(field.value, now) }
          : (field.details ?? undefined);
      return {
        id: field.id,
        title: field.title,
        sectionId: field.sectionId,
        fieldType: field.fieldType,
        value: field.value,
        details,
      };
    }),
    sections: item.sections,
    notes: item.notes,
    tags: item.tags,
    websites: item.websites,
    version: item.version,
    files: [],
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
  };
}

export function vaultOverview(vault: SimVault): unknown {
  return {
    id: vault.id,
    title: vault.title,
    description: vault.description,
    vaultType: vault.vaultType,
    activeItemCount: vault.activeItemCount,
    contentVersion: vault.contentVersion,
    attributeVersion: vault.attributeVersion,
    createdAt: iso(vault.createdAt),
    updatedAt: iso(vault.updatedAt),
  };
}

export function vaultAccess(vault: SimVault, account: SimAccount): unknown[] {
  const access: unknown[] = [];
  if (vault.permissions !== 0) {
    access.push({
      vaultUuid: vault.id,
      accessorType: "user",
      accessorUuid: account.userUuid,
      permissions: vault.permissions,
    });
  }
  for (const [groupId, permissions] of vault.groupAccess) {
    access.push({ vaultUuid: vault.id, accessorType: "group", accessorUuid: groupId, permissions });
  }
  return access;
}

export function fullVault(vault: SimVault, account: SimAccount, withAccess: boolean): unknown {
  return {
    id: vault.id,
    title: vault.title,
    description: vault.description,
    vaultType: vault.vaultType,
    activeItemCount: vault.activeItemCount,
    contentVersion: vault.contentVersion,
    attributeVersion: vault.attributeVersion,
    access: withAccess ? vaultAccess(vault, account) : undefined,
  };
}

export function group(g: SimGroup, account: SimAccount, withVaultAccess: boolean): unknown {
  let access: unknown[] | undefined;
  if (withVaultAccess) {
    access = [];
    for (const vault of account.vaults.values()) {
      const permissions = vault.groupAccess.get(g.id);
      if (permissions !== undefined) {
        access.push({ vaultUuid: vault.id, accessorType: "group", accessorUuid: g.id, permissions });
      }
    }
  }
  return {
    id: g.id,
    title: g.title,
    description: g.description,
    groupType: g.groupType,
    state: g.state,
    vaultAccess: access,
  };
}
