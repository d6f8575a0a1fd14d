import { readActions } from "./action-panel";
import { readDetail } from "./detail-reading";
import { readFields } from "./form-reading";
import { emptyView, readItems, searchText, selectedItem } from "./list-reading";
import type { Session } from "./session";
import { depth, navigationTitle } from "./top-view";

/** A readable picture of the screen, for failure messages and debugging. */
export function describeScreen(session: Session): string {
  if (session.crash) return `[crashed: ${String(session.crash)}]`;
  if (session.unmounted) return "[unmounted]";
  const top = session.top();
  const root = top?.root;
  const lines = [`${root?.type ?? "(nothing)"} "${navigationTitle(session) ?? ""}" depth=${depth(session)}`];
  if (root?.props.isLoading === true) lines.push("  (loading)");
  if (root?.type === "List") {
    lines.push(`  search: "${searchText(session)}"`);
    const selected = selectedItem(session);
    for (const item of readItems(session)) {
      const marker = item === selected || item.id === selected?.id ? ">" : " ";
      const extra = [item.subtitle, ...item.accessories].filter(Boolean).join(" | ");
      lines.push(`  ${marker} ${item.section ? `[${item.section}] ` : ""}${item.title}${extra ? ` — ${extra}` : ""}`);
    }
    const empty = emptyView(session);
    if (empty) lines.push(`  (empty: ${empty.title ?? ""} ${empty.description ?? ""})`);
  }
  if (root?.type === "Form") {
    for (const field of readFields(session)) {
      lines.push(`  ${field.type} ${field.id}: ${JSON.stringify(field.value)}${field.error ? ` !${field.error}` : ""}`);
    }
  }
  if (root?.type === "Detail") lines.push(`  ${(readDetail(session)?.markdown ?? "").slice(0, 200)}`);
  for (const action of readActions(session)) {
    lines.push(
      `  action: ${[...action.path, action.title].join(" > ")}${action.shortcut ? ` (${action.shortcut})` : ""}`,
    );
  }
  return lines.join("\n");
}
