import type { AccountRef, ItemSummary, VaultSummary } from "../lib/model";
import { type BatchReport, failAll, mergeReports, reportEach } from "./batch";
import { READ_ONLY, callDesktop } from "./clients";
import { chunk, mapWithConcurrency } from "./concurrency";
import { toOnePasswordError } from "./errors";
import { z } from "zod";
import { type ItemRow, VaultItems } from "../lib/vault-items";
import { groupBy, vaultKeyOf } from "../lib/group-by";
import { isDecodedItemsList } from "./items-list-decoder";
import { rowOf } from "./overview-row";
import type { Client } from "@1password/sdk";
import { LIMITS } from "./limits";
import { parseResult } from "./parse";
import {
  batchResponseListSchema,
  batchResponseMapSchema,
  itemOverviewSchema,
  itemSchema,
  type ParsedItem,
  sshKeySchema,
} from "./schemas";

export interface ItemRef {
  account: AccountRef;
  vaultId: string;
  itemId: string;
}

export { itemKey } from "../lib/item-key";

/** A field with its value. Held only while an action needs it; never cached, logged or shown in a toast. */
export interface ItemField {
  id: string;
  title: string;
  sectionId?: string;
  sectionTitle?: string;
  type: string;
  value: string;
  /** The current one-time code, for TOTP fields. */
  otpCode?: string;
  /** An SSH key's public parts, computed by 1Password (not secrets). */
  sshKey?: SshKeyPublic;
}

export interface SshKeyPublic {
  publicKey: string;
  fingerprint: string;
  keyType: string;
}

export interface ItemDetails {
  account: AccountRef;
  vaultId: string;
  id: string;
  title: string;
  category: ItemSummary["category"];
  websites: string[];
  tags: string[];
  notes: string;
  version: number;
  fields: ItemField[];
}

const RESULT_LIST = z.array(z.unknown());

/** The SDK's Items as the bundle patches them (scripts/sdk-items-list-patch.js): `list` with the rows decoded. */
type ListingItems = Client["items"] & { listRows?: (...args: Parameters<Client["items"]["list"]>) => Promise<unknown> };

/**
 * One vault's item overviews as the index's rows. A large vault's answer is already the biggest thing a command holds:
 * the bundled SDK reads its bytes straight into columns (src/onepassword/items-list-decoder.ts) when it understands
 * its shape;
 * otherwise the SDK's objects are parsed one at a time into the rows, so no second full copy of them is made.
 */
export async function listVaultItems(
  account: AccountRef,
  vault: Pick<VaultSummary, "id" | "title">,
  options: { includeArchived?: boolean } = {},
): Promise<VaultItems> {
  const operation = `Loading items of "${vault.title}"`;
  const context = { operation, account };
  const filter = {
    type: "ByState",
    content: { active: true, archived: options.includeArchived ?? false },
  } as const;
  const result = await callDesktop(
    account,
    operation,
    (client) => {
      const items: ListingItems = client.items;
      return items.listRows ? items.listRows(vault.id, filter) : items.list(vault.id, filter);
    },
    READ_ONLY,
  );
  const ref = { account, id: vault.id, title: vault.title };
  if (isDecodedItemsList(result)) return VaultItems.fromColumns(ref, result.columns);
  const overviews = parseResult(RESULT_LIST, result, context);
  const rows: ItemRow[] = new Array(overviews.length);
  for (let i = 0; i < overviews.length; i++) rows[i] = rowOf(parseResult(itemOverviewSchema, overviews[i], context));
  return VaultItems.of(ref, rows);
}

/** An item as the SDK returned it (parsed), in the project's own shape. */
export function toDetails(account: AccountRef, item: ParsedItem): ItemDetails {
  const sectionTitles = new Map(item.sections.map((section) => [section.id, section.title]));
  return {
    account,
    vaultId: item.vaultId,
    id: item.id,
    title: item.title,
    category: item.category,
    websites: (item.websites ?? []).map((website) => website.url),
    tags: item.tags ?? [],
    notes: item.notes,
    version: item.version,
    fields: item.fields.map((field) => {
      const details = field.details;
      const otpCode =
        details && details.type === "Otp" && "content" in details
          ? ((details.content as { code?: string | null }).code ?? undefined)
          : undefined;
      const ssh = details && details.type === "SshKey" ? sshKeySchema.safeParse(details.content) : undefined;
      return {
        id: field.id,
        title: field.title,
        sectionId: field.sectionId ?? undefined,
        sectionTitle: field.sectionId ? sectionTitles.get(field.sectionId) : undefined,
        type: field.fieldType,
        value: field.value,
        otpCode,
        ...(ssh?.success ? { sshKey: ssh.data } : {}),
      };
    }),
  };
}

/** One item with its fields, and the SDK's item as read (for a write against the version read). */
export async function readItem(ref: ItemRef): Promise<{ details: ItemDetails; sdkItem: unknown }> {
  const operation = "Loading item";
  const result = await callDesktop(
    ref.account,
    operation,
    (client) => client.items.get(ref.vaultId, ref.itemId),
    READ_ONLY,
  );
  const details = toDetails(ref.account, parseResult(itemSchema, result, { operation, account: ref.account }));
  return { details, sdkItem: result };
}

export async function getItem(ref: ItemRef): Promise<ItemDetails> {
  return (await readItem(ref)).details;
}

/** Runs `perChunk` over refs grouped by vault and chunked to the core's cap, vaults in parallel within a bound. */
async function runChunked(
  refs: readonly ItemRef[],
  operation: string,
  perChunk: (account: AccountRef, vaultId: string, chunk: ItemRef[]) => Promise<BatchReport<ItemRef>>,
): Promise<BatchReport<ItemRef>> {
  const reports = await mapWithConcurrency(groupBy(refs, vaultKeyOf), LIMITS.vaultConcurrency, async (group) => {
    const first = group[0] as ItemRef;
    const chunkReports: BatchReport<ItemRef>[] = [];
    for (const part of chunk(group, LIMITS.batchChunkSize)) {
      try {
        chunkReports.push(await perChunk(first.account, first.vaultId, part));
      } catch (error) {
        chunkReports.push(failAll(part, toOnePasswordError(error, { operation, account: first.account })));
      }
    }
    return mergeReports(chunkReports);
  });
  return mergeReports(reports);
}

/** Fetches many items with `getAll`, chunked; items that fail are reported, the rest returned. */
export async function getItems(
  refs: readonly ItemRef[],
): Promise<{ items: ItemDetails[]; report: BatchReport<ItemRef> }> {
  const operation = "Loading items";
  const items: ItemDetails[] = [];
  const report = await runChunked(refs, operation, async (account, vaultId, part) => {
    const result = await callDesktop(
      account,
      operation,
      (client) =>
        client.items.getAll(
          vaultId,
          part.map((ref) => ref.itemId),
        ),
      READ_ONLY,
    );
    const parsed = parseResult(batchResponseListSchema, result, { operation, account });
    return reportEach(
      part,
      (_, index) => parsed.individualResponses[index],
      { operation, account },
      ({ content }) => {
        if (!content) return false;
        items.push(toDetails(account, parseResult(itemSchema, content, { operation, account })));
        return true;
      },
    );
  });
  return { items, report };
}

/** Deletes many items with `deleteAll`, chunked, reporting each item. */
export async function deleteItems(refs: readonly ItemRef[]): Promise<BatchReport<ItemRef>> {
  const operation = "Deleting items";
  return runChunked(refs, operation, async (account, vaultId, part) => {
    const result = await callDesktop(account, operation, (client) =>
      client.items.deleteAll(
        vaultId,
        part.map((ref) => ref.itemId),
      ),
    );
    const parsed = parseResult(batchResponseMapSchema, result, { operation, account });
    return reportEach(part, (ref) => parsed.individualResponses[ref.itemId], { operation, account });
  });
}

/**
 * Archives many items. The SDK has no batch archive, so this is one call per item; vaults run in parallel within
 * the bound and items of one vault one after another, which keeps the app and the rate limit comfortable.
 */
export async function archiveItems(refs: readonly ItemRef[]): Promise<BatchReport<ItemRef>> {
  const operation = "Archiving items";
  const reports = await mapWithConcurrency(groupBy(refs, vaultKeyOf), LIMITS.vaultConcurrency, async (group) => {
    const report: BatchReport<ItemRef> = { succeeded: [], failed: [] };
    for (const ref of group) {
      try {
        await callDesktop(ref.account, operation, (client) => client.items.archive(ref.vaultId, ref.itemId));
        report.succeeded.push(ref);
      } catch (error) {
        report.failed.push({ key: ref, error: toOnePasswordError(error, { operation, account: ref.account }) });
      }
    }
    return report;
  });
  return mergeReports(reports);
}
