import type { AccountRef } from "../lib/model";
import { callDesktop } from "./clients";
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
  const result = await callDesktop(account, operation, (client) => client.groups.get(groupId, {}));
  const group = parseResult(groupSchema, result, { operation, account });
  return { id: group.id, title: group.title, description: group.description, type: group.groupType };
}
