import type { AccountRef, VaultAccessor, VaultSummary } from "../lib/model";
import { READ_ONLY, callDesktop } from "./clients";
import { vaultOverviewSchema, vaultSchema } from "./schemas";
import { parseResult } from "./parse";

type VaultResult = Omit<ReturnType<typeof vaultOverviewSchema.parse>, "createdAt" | "updatedAt"> & {
  createdAt?: number;
  updatedAt?: number;
};

/** Vaults from create/update carry no dates: they were created or updated just now. */
function toSummary(account: AccountRef, vault: VaultResult): VaultSummary {
  const now = Date.now();
  return {
    account,
    id: vault.id,
    title: vault.title,
    description: vault.description,
    type: vault.vaultType,
    itemCount: vault.activeItemCount,
    ...(vault.contentVersion === undefined ? {} : { contentVersion: vault.contentVersion }),
    createdAt: vault.createdAt ?? now,
    updatedAt: vault.updatedAt ?? now,
  };
}

export async function listVaults(account: AccountRef): Promise<VaultSummary[]> {
  const operation = "Loading vaults";
  const vaults = await callDesktop(account, operation, (client) => client.vaults.list(), READ_ONLY);
  return parseResult(vaultOverviewSchema.array(), vaults, { operation, account }).map((v) => toSummary(account, v));
}

export interface VaultWithAccess {
  vault: VaultSummary;
  accessors: VaultAccessor[];
}

export async function getVaultWithAccess(account: AccountRef, vaultId: string): Promise<VaultWithAccess> {
  const operation = "Loading vault access";
  const result = await callDesktop(
    account,
    operation,
    (client) => client.vaults.get(vaultId, { accessors: true }),
    READ_ONLY,
  );
  const vault = parseResult(vaultSchema, result, { operation, account });
  const accessors = (vault.access ?? []).map((entry) => ({
    type: entry.accessorType,
    id: entry.accessorUuid,
    permissions: entry.permissions,
  }));
  return { vault: toSummary(account, vault), accessors };
}

export interface NewVault {
  title: string;
  description?: string;
  allowAdminsAccess?: boolean;
}

export async function createVault(account: AccountRef, params: NewVault): Promise<VaultSummary> {
  const operation = `Creating vault "${params.title}"`;
  const result = await callDesktop(account, operation, (client) => client.vaults.create(params));
  return toSummary(account, parseResult(vaultSchema, result, { operation, account }));
}

export async function updateVault(
  account: AccountRef,
  vaultId: string,
  params: { title?: string; description?: string },
): Promise<VaultSummary> {
  const operation = "Updating vault";
  const result = await callDesktop(account, operation, (client) => client.vaults.update(vaultId, params));
  return toSummary(account, parseResult(vaultSchema, result, { operation, account }));
}

export async function deleteVault(account: AccountRef, vaultId: string): Promise<void> {
  await callDesktop(account, "Deleting vault", (client) => client.vaults.delete(vaultId));
}

export async function grantGroupPermissions(
  account: AccountRef,
  vaultId: string,
  groupId: string,
  permissions: number,
): Promise<void> {
  await callDesktop(account, "Granting group access", (client) =>
    client.vaults.grantGroupPermissions(vaultId, [{ groupId, permissions }]),
  );
}

export async function updateGroupPermissions(
  account: AccountRef,
  vaultId: string,
  groupId: string,
  permissions: number,
): Promise<void> {
  await callDesktop(account, "Changing group access", (client) =>
    client.vaults.updateGroupPermissions([{ vaultId, groupId, permissions }]),
  );
}

export async function revokeGroupPermissions(account: AccountRef, vaultId: string, groupId: string): Promise<void> {
  await callDesktop(account, "Revoking group access", (client) =>
    client.vaults.revokeGroupPermissions(vaultId, groupId),
  );
}
