import { manifestCommand } from "../repo";
import type { Session } from "./session";
import { views } from "./tree";

/** How many views are on the navigation stack (1 at the command's root). */
export function depth(session: Session): number {
  session.assertAlive();
  return views(session.root.container).length;
}

/** "List", "Form" or "Detail": what the top view renders (undefined while it renders nothing). */
export function kind(session: Session): string | undefined {
  session.assertAlive();
  return session.top()?.root?.type;
}

export function isLoading(session: Session): boolean {
  session.assertAlive();
  return session.top()?.root?.props.isLoading === true;
}

/** The navigation title; Raycast shows the command's title when the view sets none. */
export function navigationTitle(session: Session): string | undefined {
  session.assertAlive();
  const title = session.top()?.root?.props.navigationTitle;
  if (typeof title === "string") return title;
  return manifestCommand(session.context.commandName)?.title;
}

export function searchBarPlaceholder(session: Session): string | undefined {
  const root = session.top()?.root;
  return typeof root?.props.searchBarPlaceholder === "string" ? root.props.searchBarPlaceholder : undefined;
}
