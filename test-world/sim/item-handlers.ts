import { fail, MESSAGES } from "./errors";
import { accessibleVault, arr, capBatch, itemOf, obj, str, type Handler } from "./handler-context";
import { contentFrom, createItem } from "./item-content";
import * as wire from "./wire";

/** `client.items`: list, get, create, put, delete and archive, one at a time and in batches. */
export const ITEM_HANDLERS: Record<string, Handler> = {
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
};
