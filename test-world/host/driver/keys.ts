import { normaliseKeys } from "../shortcut";
import { closeWindow } from "../state";
import { executeAction, readActions } from "./action-panel";
import { unmount } from "./lifecycle";
import { moveSelection, typeText } from "./list-input";
import { searchText } from "./list-reading";
import type { Session } from "./session";
import { depth } from "./top-view";

/** Escape on a pushed view: pops it. Throws at the root (use unmount() to close the command). */
export async function pop(session: Session): Promise<void> {
  const controller = session.controller;
  if (depth(session) <= 1 || !controller) throw new Error("already at the command's root view");
  await session.step(() => controller.tryPop());
}

/** Escape clears the search text, else pops, else closes the window and ends the command. */
async function escape(session: Session): Promise<void> {
  const top = session.top();
  if (top?.root?.type === "List" && searchText(session) !== "") return typeText(session, "");
  if (depth(session) > 1) return pop(session);
  closeWindow("escape");
  await unmount(session);
}

/**
 * Presses keys: "enter" runs the first action ("cmd+enter" in a Form), "cmd+enter" the second ("cmd+shift+enter"
 * in a Form), "escape" clears the search text, then pops, then closes; anything else runs the action whose
 * macOS shortcut matches, and throws when none does.
 */
export async function press(session: Session, keys: string): Promise<void> {
  const combo = normaliseKeys(keys);
  const top = session.top();
  if (combo === "escape") return escape(session);
  if (combo === "arrowDown") return moveSelection(session, 1);
  if (combo === "arrowUp") return moveSelection(session, -1);
  const actions = readActions(session);
  const topLevel = actions.filter((action) => action.path.length === 0);
  const isForm = top?.root?.type === "Form";
  const primary = isForm ? "cmd+enter" : "enter";
  const secondary = isForm ? "cmd+shift+enter" : "cmd+enter";
  let action = actions.find((candidate) => candidate.shortcut === combo);
  if (!action && combo === primary) action = topLevel[0];
  if (!action && combo === secondary) action = topLevel[1];
  if (!action) {
    const bound = actions.filter((a) => a.shortcut).map((a) => `${a.shortcut} ${a.title}`);
    throw new Error(`nothing is bound to ${combo}; shortcuts: ${bound.join(", ") || "(none)"}`);
  }
  if (action.type === "submenu") throw new Error(`${combo} opens the submenu "${action.title}": use runAction([...])`);
  await executeAction(session, action);
}
