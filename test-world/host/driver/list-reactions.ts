import { unset } from "../view-state";
import { callback } from "./callbacks";
import { dropdownNode, dropdownValue, storeDropdown } from "./dropdown";
import { rowKey, visibleItems } from "./list-reading";
import type { Session } from "./session";

/**
 * What Raycast does after a List renders: settle the dropdown's value and selection, follow `selectedItemId`, and the
 * onChange/onSelectionChange calls that are due. The calls are returned, to run inside act().
 */
export function pendingNotifications(session: Session): (() => void)[] {
  const work: (() => void)[] = [];
  const top = session.top();
  const root = top?.root;
  if (!top || root?.type !== "List") return work;
  const state = top.state;
  const dropdown = dropdownNode(root);
  if (dropdown) {
    const value = dropdownValue(session, dropdown, state);
    const controlled = dropdown.props.value !== undefined;
    if (value !== undefined && value !== state.notifiedDropdown) {
      const first = state.notifiedDropdown === unset;
      state.notifiedDropdown = value;
      if (!controlled) state.dropdownValue = value;
      if (!controlled || first) {
        storeDropdown(session, dropdown, value);
        const onChange = callback(dropdown.props.onChange);
        if (onChange) work.push(() => onChange(value));
      }
    }
  }
  const items = visibleItems(root, state);
  const wanted = root.props.selectedItemId;
  if (typeof wanted === "string" && wanted !== state.followedSelectedItemId) {
    const target = items.find((item) => item.id === wanted);
    if (target) {
      state.selectedKey = rowKey(target);
      state.followedSelectedItemId = wanted;
    }
  }
  let selected = items.find((item) => rowKey(item) === state.selectedKey);
  if (!selected) {
    selected = items[0];
    state.selectedKey = selected ? rowKey(selected) : undefined;
  }
  const id = selected ? (selected.id ?? null) : null;
  if (state.notifiedSelection === unset ? selected !== undefined : id !== state.notifiedSelection) {
    state.notifiedSelection = id;
    const onSelectionChange = callback(root.props.onSelectionChange);
    if (onSelectionChange) work.push(() => onSelectionChange(id));
  }
  return work;
}
