import type { z } from "zod";
import { hostsOf } from "../lib/url";
import type { ItemRow } from "../lib/vault-items";
import type { itemOverviewSchema } from "./schemas";

/** The index's row of one parsed item overview: of its websites only the hosts, the rest as the index keeps it. */
export function rowOf(item: z.output<typeof itemOverviewSchema>): ItemRow {
  return {
    id: item.id,
    title: item.title,
    category: item.category,
    websites: hostsOf((item.websites ?? []).map((website) => website.url)),
    tags: item.tags ?? [],
    archived: item.state === "archived",
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
