import type { AccountRef, VaultAccessor, VaultSummary } from "../lib/model";
import { callDesktop } from "./clients";
import { vaultOverviewSchema, vaultSchema } from "./schemas";
import { parseResult } from "./parse";

type VaultOverviewResult = ReturnType<typeof vaultOverviewSchema.parse>;

function toSummary(account: AccountRef, vault: VaultOverviewResult): VaultSummary {
  return {
    account,
    id: vault.id,
    title: vault.title,
    description: vault.description,
    type: vault.vaultType,
    itemCount: vault.activeItemCount,
    createdAt: vault.createdAt,
    updatedAt: vault.updatedAt,
  };
}

export async function listVaults(account: AccountRef): Promise<VaultSummary[]> {
  const operation = "Loading vaults";
  const vaults = await callDesktop(account, operation, (client) => client.vaults.list());
  return parseResult(vaultOverviewSchema.array(), vaults, { operation, account }).map((v) => toSummary(account, v));
}

export interface VaultWithAccess {
  vault: VaultSummary;
  accessors: VaultAccessor[];
}

export async function getVaultWithAccess(account: AccountRef, vaultId: string): Promise<VaultWithAccess> {
  const operation = "Loading vault access";
  const result = await callDesktop(account, operation, (client) => client.vaults.get(vaultId, { accessors: true }));
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
