/** What Raycast itself (not the extension) remembers about one view on the navigation stack. */
export interface ViewState {
  id: number;
  /** The search bar text when the List does not control it with `searchText`. */
  searchText: string;
  /** Key of the selected row (its `id`, or a generated key). */
  selectedKey: string | undefined;
  /** Last id sent to onSelectionChange; `unset` before the first call. */
  notifiedSelection: string | null | typeof unset;
  /** The `selectedItemId` prop the selection last followed. */
  followedSelectedItemId: string | undefined;
  /** The List.Dropdown's value when the extension does not control it. */
  dropdownValue: string | undefined;
  notifiedDropdown: string | typeof unset;
  /** Values of uncontrolled form fields. */
  formValues: Map<string, unknown>;
  focusedField: string | undefined;
}

export const unset = Symbol("unset");

let nextViewId = 1;

export function newViewState(): ViewState {
  return {
    id: nextViewId++,
    searchText: "",
    selectedKey: undefined,
    notifiedSelection: unset,
    followedSelectedItemId: undefined,
    dropdownValue: undefined,
    notifiedDropdown: unset,
    formValues: new Map(),
    focusedField: undefined,
  };
}
