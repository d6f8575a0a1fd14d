import type { HostChild, HostContainer, HostNode } from "../reconciler";
import { macShortcutText, windowsShortcutText } from "../shortcut";

export function isNode(child: HostChild | undefined): child is HostNode {
  return child?.kind === "node" && !child.hidden;
}

export function slotOf(node: HostNode, name: string): HostNode | undefined {
  return node.children.find(
    (child): child is HostNode => isNode(child) && child.type === "slot" && child.props.name === name,
  );
}

/** Depth-first visit of visible nodes, not entering slots unless asked. */
export function visit(
  node: HostNode,
  fn: (node: HostNode, ancestors: HostNode[]) => boolean | void,
  ancestors: HostNode[] = [],
): void {
  for (const child of node.children) {
    if (!isNode(child) || child.type === "slot") continue;
    const descend = fn(child, ancestors);
    if (descend !== false) visit(child, fn, [...ancestors, child]);
  }
}

export function findFirst(node: HostNode, predicate: (node: HostNode) => boolean): HostNode | undefined {
  let found: HostNode | undefined;
  visit(node, (child) => {
    if (found) return false;
    if (predicate(child)) {
      found = child;
      return false;
    }
    return true;
  });
  return found;
}

export function views(container: HostContainer): HostNode[] {
  return container.children.filter((child): child is HostNode => isNode(child) && child.type === "View");
}

export const ROOT_TYPES = ["List", "Form", "Detail"];

export function viewRoot(view: HostNode): HostNode | undefined {
  return findFirst(view, (node) => ROOT_TYPES.includes(node.type));
}

/** The text of a prop that Raycast accepts as `string | { value, tooltip }`. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "value" in value) return textOf((value as { value: unknown }).value);
  return undefined;
}

/** An icon as a name or path: Icon.X gives "X", `{ source }` gives the source. */
export function iconOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "object") {
    if ("source" in value) {
      const source = (value as { source: unknown }).source;
      if (typeof source === "object" && source !== null && "light" in source) return iconOf(source.light);
      return iconOf(source);
    }
    if ("value" in value) return iconOf((value as { value: unknown }).value);
    if ("fileIcon" in value) return String((value as { fileIcon: unknown }).fileIcon);
  }
  return undefined;
}

export function accessoryText(accessory: unknown): string | undefined {
  if (typeof accessory !== "object" || accessory === null) return undefined;
  const record = accessory as Record<string, unknown>;
  return textOf(record.text) ?? textOf(record.tag) ?? textOf(record.date) ?? textOf(record.tooltip);
}

/** Keeps the host node behind a view object on it, out of its enumerable (and compared) properties. */
export function hidden<T extends object>(target: T, name: string, value: unknown): T {
  Object.defineProperty(target, name, { value, enumerable: false });
  return target;
}

/** The host node a row or field view hides as `node`. */
export function nodeOf(value: object): HostNode {
  return (value as { node: HostNode }).node;
}

/** One choice of a dropdown or tag picker. */
export interface Choice {
  value: string;
  title: string;
  section?: string;
}

/** The choices under a dropdown or tag picker node, in order, each with the title of its section. */
export function choices(node: HostNode, itemType: string, sectionType: string | undefined): Choice[] {
  const out: Choice[] = [];
  visit(node, (child, ancestors) => {
    if (child.type !== itemType) return true;
    const choice: Choice = { value: String(child.props.value), title: String(child.props.title ?? "") };
    const section = [...ancestors].reverse().find((ancestor) => ancestor.type === sectionType);
    if (section && typeof section.props.title === "string") choice.section = section.props.title;
    out.push(choice);
    return false;
  });
  return out;
}

export interface ActionView {
  title: string;
  /** The macOS shortcut as text, modifiers in the order cmd, ctrl, opt, shift: "cmd+shift+c". */
  shortcut?: string;
  shortcutWindows?: string;
  /** Title of the ActionPanel.Section it is in. */
  section?: string;
  /** Titles of the submenus it is in, outermost first. */
  path: string[];
  type: "action" | "submenu";
  /** "action", "copyToClipboard", "paste", "openInBrowser", "open", "push", "submitForm" or "submenu". */
  kind: string;
  style?: string;
  icon?: string;
  concealed?: boolean;
}

/** The action panel under `node`, flattened in order; each entry hides its host node as `node`. */
export function flattenActions(node: HostNode | undefined): ActionView[] {
  const out: ActionView[] = [];
  if (!node) return out;
  const walk = (parent: HostNode, section: string | undefined, path: string[], submenus: HostNode[]) => {
    for (const child of parent.children) {
      if (!isNode(child)) continue;
      const props = child.props;
      if (child.type === "Action" || child.type === "ActionPanel.Submenu") {
        const isSubmenu = child.type === "ActionPanel.Submenu";
        const view: ActionView = {
          title: String(props.title ?? ""),
          path,
          type: isSubmenu ? "submenu" : "action",
          kind: isSubmenu ? "submenu" : String(props.kind),
        };
        const shortcut = macShortcutText(props.shortcut);
        if (shortcut) view.shortcut = shortcut;
        const windows = windowsShortcutText(props.shortcut);
        if (windows) view.shortcutWindows = windows;
        if (section !== undefined) view.section = section;
        if (typeof props.style === "string") view.style = props.style;
        const icon = iconOf(props.icon);
        if (icon) view.icon = icon;
        if (props.kind === "copyToClipboard") view.concealed = Boolean(props.concealed ?? props.transient);
        hidden(view, "node", child);
        hidden(view, "submenus", submenus);
        out.push(view);
        if (isSubmenu) walk(child, undefined, [...path, view.title], [...submenus, child]);
      } else if (child.type === "ActionPanel.Section") {
        walk(child, typeof props.title === "string" ? props.title : undefined, path, submenus);
      } else {
        walk(child, section, path, submenus);
      }
    }
  };
  walk(node, undefined, [], []);
  return out;
}

export function actionNode(action: ActionView): { node: HostNode; submenus: HostNode[] } {
  const record = action as unknown as { node: HostNode; submenus: HostNode[] };
  return { node: record.node, submenus: record.submenus };
}

export interface MetadataEntry {
  type: "label" | "tagList" | "link" | "separator";
  title?: string;
  text?: string;
  icon?: string;
  target?: string;
  tags?: { text?: string; color?: string; icon?: string }[];
}

export function readMetadata(slot: HostNode | undefined): MetadataEntry[] {
  const out: MetadataEntry[] = [];
  if (!slot) return out;
  const metadata = slot.type === "Metadata" ? slot : findFirst(slot, (node) => node.type === "Metadata");
  if (!metadata) return out;
  visit(metadata, (node) => {
    const props = node.props;
    const entry = (type: MetadataEntry["type"]): MetadataEntry => {
      const value: MetadataEntry = { type };
      if (typeof props.title === "string") value.title = props.title;
      const text = textOf(props.text);
      if (text !== undefined) value.text = text;
      const icon = iconOf(props.icon);
      if (icon) value.icon = icon;
      return value;
    };
    if (node.type === "Metadata.Label") out.push(entry("label"));
    else if (node.type === "Metadata.Separator") out.push(entry("separator"));
    else if (node.type === "Metadata.Link") out.push({ ...entry("link"), target: String(node.props.target) });
    else if (node.type === "Metadata.TagList") {
      const tags: NonNullable<MetadataEntry["tags"]> = [];
      visit(node, (tag) => {
        if (tag.type !== "Metadata.TagList.Item") return;
        const item: { text?: string; color?: string; icon?: string } = {};
        const text = textOf(tag.props.text);
        if (text !== undefined) item.text = text;
        if (typeof tag.props.color === "string") item.color = tag.props.color;
        const icon = iconOf(tag.props.icon);
        if (icon) item.icon = icon;
        tags.push(item);
      });
      out.push({ ...entry("tagList"), tags });
      return false;
    }
    return true;
  });
  return out;
}
