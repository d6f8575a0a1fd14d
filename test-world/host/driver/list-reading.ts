import type { HostNode } from "../reconciler";
import type { ViewState } from "../view-state";
import type { Session } from "./session";
import { accessoryText, findFirst, hidden, iconOf, nodeOf, textOf, visit } from "./tree";

export interface ItemView {
  id?: string;
  title: string;
  subtitle?: string;
  /** Accessories as text (text, tag, date, else tooltip). */
  accessories: string[];
  icon?: string;
  section?: string;
  keywords: string[];
}

export interface SectionView {
  title?: string;
  subtitle?: string;
  items: ItemView[];
}

export interface EmptyViewView {
  title?: string;
  description?: string;
  icon?: string;
}

const generatedKeys = new WeakMap<HostNode, string>();
let nextGeneratedKey = 1;

/** How Raycast tells rows apart across renders: their `id`, else the row itself. */
function itemKey(node: HostNode): string {
  if (typeof node.props.id === "string") return `id:${node.props.id}`;
  let key = generatedKeys.get(node);
  if (!key) {
    key = `node:${nextGeneratedKey++}`;
    generatedKeys.set(node, key);
  }
  return key;
}

/** The key a selection remembers for this row. */
export function rowKey(item: ItemView): string {
  return itemKey(nodeOf(item));
}

function allItems(root: HostNode): ItemView[] {
  const out: ItemView[] = [];
  visit(root, (node, ancestors) => {
    if (node.type !== "List.Item") return node.type !== "List.EmptyView";
    const props = node.props;
    const item: ItemView = {
      title: textOf(props.title) ?? "",
      accessories: Array.isArray(props.accessories)
        ? props.accessories.map(accessoryText).filter((text): text is string => text !== undefined)
        : [],
      keywords: Array.isArray(props.keywords) ? props.keywords.map(String) : [],
    };
    if (typeof props.id === "string") item.id = props.id;
    const subtitle = textOf(props.subtitle);
    if (subtitle !== undefined) item.subtitle = subtitle;
    const icon = iconOf(props.icon);
    if (icon) item.icon = icon;
    const sectionNode = [...ancestors].reverse().find((ancestor) => ancestor.type === "List.Section");
    const section = sectionNode ? textOf(sectionNode.props.title) : undefined;
    if (section !== undefined) item.section = section;
    hidden(item, "node", node);
    hidden(item, "sectionNode", sectionNode);
    out.push(item);
    return false;
  });
  return out;
}

/** The rows a person sees, after Raycast's own filtering when the List leaves filtering to Raycast. */
export function visibleItems(root: HostNode, state: ViewState): ItemView[] {
  const items = allItems(root);
  const filtering = root.props.filtering ?? root.props.enableFiltering;
  const raycastFilters =
    filtering === false ? false : filtering === undefined || filtering === null ? !root.props.onSearchTextChange : true;
  const query = (typeof root.props.searchText === "string" ? root.props.searchText : state.searchText).trim();
  if (!raycastFilters || query === "") return items;
  // Raycast matches the title and keywords; every word of the query must match one of them.
  const terms = query.toLowerCase().split(/\s+/);
  return items.filter((item) => {
    const haystack = [item.title, ...item.keywords].map((text) => text.toLowerCase());
    return terms.every((term) => haystack.some((text) => text.includes(term)));
  });
}

export function readItems(session: Session): ItemView[] {
  const { root, state } = session.requireRoot("List");
  return visibleItems(root, state);
}

export function readSections(session: Session): SectionView[] {
  const sections: SectionView[] = [];
  session.requireRoot("List");
  const bySection = new Map<HostNode | undefined, SectionView>();
  for (const item of readItems(session)) {
    const sectionNode = (item as unknown as { sectionNode?: HostNode }).sectionNode;
    let section = bySection.get(sectionNode);
    if (!section) {
      section = { items: [] };
      if (sectionNode) {
        const title = textOf(sectionNode.props.title);
        if (title !== undefined) section.title = title;
        const subtitle = textOf(sectionNode.props.subtitle);
        if (subtitle !== undefined) section.subtitle = subtitle;
      }
      bySection.set(sectionNode, section);
      sections.push(section);
    }
    section.items.push(item);
  }
  return sections;
}

export function selectedItem(session: Session): ItemView | undefined {
  const { root, state } = session.requireRoot("List");
  return visibleItems(root, state).find((item) => rowKey(item) === state.selectedKey);
}

/** The search bar text. */
export function searchText(session: Session): string {
  const { root, state } = session.requireRoot("List");
  return typeof root.props.searchText === "string" ? root.props.searchText : state.searchText;
}

/** The List's empty view when no row is visible: the declared List.EmptyView, else Raycast's "No Results". */
export function emptyView(session: Session): EmptyViewView | undefined {
  const { root, state } = session.requireRoot("List");
  if (visibleItems(root, state).length > 0) return undefined;
  const node = findFirst(root, (child) => child.type === "List.EmptyView");
  if (!node) return root.props.isLoading === true ? undefined : { title: "No Results" };
  const view: EmptyViewView = {};
  if (typeof node.props.title === "string") view.title = node.props.title;
  if (typeof node.props.description === "string") view.description = node.props.description;
  const icon = iconOf(node.props.icon);
  if (icon) view.icon = icon;
  return view;
}
