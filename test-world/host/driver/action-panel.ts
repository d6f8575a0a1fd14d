import type { HostNode } from "../reconciler";
import { callback } from "./callbacks";
import { readFormValues, storeFormValues } from "./form-reading";
import { rowKey, visibleItems } from "./list-reading";
import type { Session } from "./session";
import { actionNode, findFirst, flattenActions, nodeOf, slotOf, type ActionView } from "./tree";

/** Whose action panel ⌘K opens: the selected row's, else the empty view's, else the view's own. */
function actionPanelNode(session: Session): HostNode | undefined {
  session.assertAlive();
  const top = session.top();
  const root = top?.root;
  if (!top || !root) return undefined;
  if (root.type !== "List") return slotOf(root, "actions");
  const items = visibleItems(root, top.state);
  if (items.length > 0) {
    const selected = items.find((item) => rowKey(item) === top.state.selectedKey) ?? items[0];
    return selected ? slotOf(nodeOf(selected), "actions") : undefined;
  }
  const empty = findFirst(root, (child) => child.type === "List.EmptyView");
  return (empty && slotOf(empty, "actions")) ?? slotOf(root, "actions");
}

/** The action panel a person would open with ⌘K, flattened in order (submenu contents carry their path). */
export function readActions(session: Session): ActionView[] {
  return flattenActions(actionPanelNode(session));
}

/** Opens the submenus on the way, then runs the action (a SubmitForm with the form's values). */
export async function executeAction(session: Session, action: ActionView): Promise<void> {
  const { node, submenus } = actionNode(action);
  if (action.type === "submenu") throw new Error(`"${action.title}" is a submenu: give the path to an action in it`);
  for (const submenu of submenus) {
    const onOpen = callback(submenu.props.onOpen);
    if (onOpen) await session.step(() => onOpen());
  }
  const run = node.props.run as ((values?: Record<string, unknown>) => unknown) | undefined;
  if (action.kind === "submitForm") {
    const values = readFormValues(session);
    storeFormValues(session);
    await session.step(() => run?.(values));
  } else {
    await session.step(() => run?.());
  }
  await session.settle();
}

/** Runs an action by title, or by path through submenus: runAction(["Copy Field", "API Key"]). */
export async function runAction(session: Session, titleOrPath: string | string[]): Promise<void> {
  const path = Array.isArray(titleOrPath) ? titleOrPath : [titleOrPath];
  const title = path[path.length - 1];
  const parents = path.slice(0, -1);
  const actions = readActions(session);
  const match = actions.find(
    (action) =>
      action.type === "action" &&
      action.title === title &&
      (parents.length === 0 || action.path.join("\u0000") === parents.join("\u0000")),
  );
  if (!match) {
    const available = actions.map((action) => [...action.path, action.title].join(" > ")).join(", ");
    throw new Error(`no action ${JSON.stringify(titleOrPath)}; the panel has: ${available || "(nothing)"}`);
  }
  await executeAction(session, match);
}
