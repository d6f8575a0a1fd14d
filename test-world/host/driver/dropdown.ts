import type { HostNode } from "../reconciler";
import type { ViewState } from "../view-state";
import { callback } from "./callbacks";
import type { Session } from "./session";
import { storedValue, storeValue } from "./stored-values";
import { choices, findFirst, slotOf, type Choice } from "./tree";

export interface DropdownView {
  id?: string;
  tooltip?: string;
  value?: string;
  placeholder?: string;
  items: Choice[];
}

/** The List.Dropdown in the search bar accessory, if any. */
export function dropdownNode(root: HostNode): HostNode | undefined {
  const slot = slotOf(root, "searchBarAccessory");
  return slot ? findFirst(slot, (node) => node.type === "List.Dropdown") : undefined;
}

function dropdownChoices(node: HostNode): Choice[] {
  return choices(node, "List.Dropdown.Item", "List.Dropdown.Section");
}

/** A stored dropdown is remembered by its id, else its tooltip. */
function storedId(node: HostNode): unknown {
  return node.props.id ?? node.props.tooltip;
}

/** The value shown: controlled, else picked, else stored, else the default, else the first item. */
export function dropdownValue(session: Session, node: HostNode, state: ViewState): string | undefined {
  if (node.props.value !== undefined && node.props.value !== null) return String(node.props.value);
  const values = dropdownChoices(node).map((choice) => choice.value);
  if (state.dropdownValue !== undefined && values.includes(state.dropdownValue)) return state.dropdownValue;
  if (node.props.storeValue === true) {
    const stored = storedValue(session.context.commandName, "dropdown", storedId(node));
    if (typeof stored === "string" && values.includes(stored)) return stored;
  }
  const defaultValue = node.props.defaultValue;
  if (typeof defaultValue === "string" && values.includes(defaultValue)) return defaultValue;
  return values[0];
}

export function storeDropdown(session: Session, node: HostNode, value: string): void {
  if (node.props.storeValue !== true) return;
  storeValue(session.context.commandName, "dropdown", storedId(node), value);
}

/** The search bar dropdown (List.Dropdown in searchBarAccessory). */
export function readDropdown(session: Session): DropdownView | undefined {
  const { root, state } = session.requireRoot("List");
  const node = dropdownNode(root);
  if (!node) return undefined;
  const view: DropdownView = { items: dropdownChoices(node) };
  if (typeof node.props.id === "string") view.id = node.props.id;
  if (typeof node.props.tooltip === "string") view.tooltip = node.props.tooltip;
  if (typeof node.props.placeholder === "string") view.placeholder = node.props.placeholder;
  const value = dropdownValue(session, node, state);
  if (value !== undefined) view.value = value;
  return view;
}

/** Picks a value in the search bar dropdown by value or title. */
export async function chooseDropdown(session: Session, valueOrTitle: string): Promise<void> {
  const { root, state } = session.requireRoot("List");
  const node = dropdownNode(root);
  if (!node) throw new Error("the List has no search bar dropdown");
  const all = dropdownChoices(node);
  const choice =
    all.find((candidate) => candidate.value === valueOrTitle) ??
    all.find((candidate) => candidate.title === valueOrTitle);
  if (!choice) throw new Error(`no dropdown item ${JSON.stringify(valueOrTitle)}; items: ${all.map((c) => c.title)}`);
  await session.step(() => {
    state.dropdownValue = choice.value;
    state.notifiedDropdown = choice.value;
    storeDropdown(session, node, choice.value);
    callback(node.props.onChange)?.(choice.value);
  });
}
