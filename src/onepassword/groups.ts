import type { AccountRef } from "../lib/model";
import { READ_ONLY, callDesktop } from "./clients";
import { parseResult } from "./parse";
import { groupSchema } from "./schemas";

export interface GroupSummary {
  id: string;
  title: string;
  description: string;
  type: string;
}

export async function getGroup(account: AccountRef, groupId: string): Promise<GroupSummary> {
  const operation = "Loading group";
  const result = await callDesktop(account, operation, (client) => client.groups.get(groupId, {}), READ_ONLY);
  const group = parseResult(groupSchema, result, { operation, account });
  return { id: group.id, title: group.title, description: group.description, type: group.groupType };
}

/**
 * The titles of the groups with these ids, fetched side by side. A group that cannot be fetched (deleted, no
 * permission to read groups) is left out: callers show its id, which is still what grants and revokes need.
 */
export async function groupTitles(account: AccountRef, groupIds: readonly string[]): Promise<Map<string, string>> {
  const settled = await Promise.allSettled(groupIds.map((id) => getGroup(account, id)));
  const titles = new Map<string, string>();
  settled.forEach((result, index) => {
    const id = groupIds[index];
    if (id !== undefined && result.status === "fulfilled") titles.set(id, result.value.title);
  });
  return titles;
}
