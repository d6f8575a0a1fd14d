import { sleep } from "../act";
import { callback } from "./callbacks";
import { readItems, rowKey, searchText, visibleItems } from "./list-reading";
import type { Session } from "./session";
import { viewRoot, views } from "./tree";

function setSearchText(session: Session, text: string): void {
  const top = session.top();
  if (!top?.root) return;
  top.state.searchText = text;
  top.state.selectedKey = undefined;
  callback(top.root.props.onSearchTextChange)?.(text);
}

/**
 * Types into the search bar, one keystroke at a time (each calls onSearchTextChange unless the List throttles,
 * then only the final text is sent). Text that does not extend the current text replaces it.
 */
export async function typeText(session: Session, text: string, options?: { interval?: number }): Promise<void> {
  const current = searchText(session);
  const steps: string[] = [];
  if (text.startsWith(current) && text !== current) {
    for (let end = current.length + 1; end <= text.length; end++) steps.push(text.slice(0, end));
  } else if (text !== current) {
    if (current !== "") steps.push("");
    for (let end = 1; end <= text.length; end++) steps.push(text.slice(0, end));
  }
  const { root } = session.requireRoot("List");
  const keystrokes = root.props.throttle === true && steps.length > 0 ? [text] : steps;
  for (const step of keystrokes) {
    await session.step(() => setSearchText(session, step));
    if (options?.interval) await session.step(() => sleep(options.interval ?? 0));
  }
}

/** Selects a row by title (or id) or by index among the visible rows. */
export async function selectRow(session: Session, titleOrIndex: string | number): Promise<void> {
  const { state } = session.requireRoot("List");
  const items = readItems(session);
  const item =
    typeof titleOrIndex === "number"
      ? items[titleOrIndex]
      : (items.find((candidate) => candidate.title === titleOrIndex) ??
        items.find((candidate) => candidate.id === titleOrIndex));
  if (!item) {
    throw new Error(`no row ${JSON.stringify(titleOrIndex)}; visible rows: ${items.map((i) => i.title).join(", ")}`);
  }
  await session.step(() => {
    state.selectedKey = rowKey(item);
  });
}

/** Moves the selection; reaching the last row of a paginated List loads more, as scrolling there does. */
export async function moveSelection(session: Session, delta: number): Promise<void> {
  const { root, state } = session.requireRoot("List");
  const items = visibleItems(root, state);
  if (items.length === 0) return;
  const index = items.findIndex((item) => rowKey(item) === state.selectedKey);
  const nextIndex = Math.min(items.length - 1, Math.max(0, index + delta));
  const next = items[nextIndex];
  if (!next) return;
  await session.step(() => {
    state.selectedKey = rowKey(next);
  });
  const pagination = root.props.pagination as { hasMore?: boolean } | undefined;
  if (delta > 0 && nextIndex === items.length - 1 && pagination?.hasMore && root.props.isLoading !== true) {
    await loadMore(session);
  }
}

/** Scrolls to the end of a paginated List: calls pagination.onLoadMore(). */
export async function loadMore(session: Session): Promise<void> {
  const { root } = session.requireRoot("List");
  const pagination = root.props.pagination as { hasMore?: boolean; onLoadMore?: () => void } | undefined;
  if (!pagination) throw new Error("the List has no pagination");
  if (!pagination.hasMore) throw new Error("the List has nothing more to load (pagination.hasMore is false)");
  await session.step(() => pagination.onLoadMore?.());
  await session.settle();
}

/**
 * clearSearchBar() from extension code, maybe right after a pop that has not rendered yet: follow the navigation
 * state rather than the rendered stack.
 */
export function clearSearchBarNow(session: Session): void {
  const entries = session.controller?.entries() ?? [];
  const wanted = entries[entries.length - 1]?.view;
  const node = views(session.root.container).find((view) => view.props.viewState === wanted);
  const root = node ? viewRoot(node) : undefined;
  if (!wanted || root?.type !== "List") return;
  wanted.searchText = "";
  wanted.selectedKey = undefined;
  callback(root.props.onSearchTextChange)?.("");
}
