import { readActions, runAction } from "./action-panel";
import { describeScreen } from "./describe";
import { readDetail, type DetailView } from "./detail-reading";
import { chooseDropdown, readDropdown, type DropdownView } from "./dropdown";
import { setFieldValue, submitForm } from "./form-input";
import { readFields, readFormValues, type FieldView } from "./form-reading";
import { press, pop } from "./keys";
import { attach, unmount } from "./lifecycle";
import { loadMore, moveSelection, selectRow, typeText } from "./list-input";
import {
  emptyView,
  readItems,
  readSections,
  searchText,
  selectedItem,
  type EmptyViewView,
  type ItemView,
  type SectionView,
} from "./list-reading";
import type { Session } from "./session";
import { depth, isLoading, kind, navigationTitle, searchBarPlaceholder } from "./top-view";
import type { ActionView } from "./tree";
import { waitUntil, type WaitForOptions } from "./wait";

/**
 * What a person sees and does in Raycast, for one running view command. Each method reads or acts on the view on
 * top of the navigation stack; the work is in the modules beside this one.
 */
export class Screen {
  constructor(private readonly session: Session) {
    attach(session);
  }

  // ---------- reading the screen ----------

  /** How many views are on the navigation stack (1 at the command's root). */
  depth(): number {
    return depth(this.session);
  }

  /** "List", "Form" or "Detail": what the top view renders (undefined while it renders nothing). */
  kind(): string | undefined {
    return kind(this.session);
  }

  /** The rows a person sees, after Raycast's own filtering when the List leaves filtering to Raycast. */
  items(): ItemView[] {
    return readItems(this.session);
  }

  sections(): SectionView[] {
    return readSections(this.session);
  }

  selected(): ItemView | undefined {
    return selectedItem(this.session);
  }

  /** The search bar text. */
  searchText(): string {
    return searchText(this.session);
  }

  searchBarPlaceholder(): string | undefined {
    return searchBarPlaceholder(this.session);
  }

  isLoading(): boolean {
    return isLoading(this.session);
  }

  /** The navigation title; Raycast shows the command's title when the view sets none. */
  navigationTitle(): string | undefined {
    return navigationTitle(this.session);
  }

  /** The List's empty view when no row is visible: the declared List.EmptyView, else Raycast's "No Results". */
  emptyView(): EmptyViewView | undefined {
    return emptyView(this.session);
  }

  /** The action panel a person would open with ⌘K, flattened in order (submenu contents carry their path). */
  actions(): ActionView[] {
    return readActions(this.session);
  }

  /** The search bar dropdown (List.Dropdown in searchBarAccessory). */
  dropdown(): DropdownView | undefined {
    return readDropdown(this.session);
  }

  /** A Detail's content, or the selected row's List.Item.Detail. */
  detail(): DetailView | undefined {
    return readDetail(this.session);
  }

  /** The form's fields in order, with the values a person sees. */
  fields(): FieldView[] {
    return readFields(this.session);
  }

  /** Current values of the form, as onSubmit receives them. */
  formValues(): Record<string, unknown> {
    return readFormValues(this.session);
  }

  /** A readable picture of the screen, for failure messages and debugging. */
  describe(): string {
    return describeScreen(this.session);
  }

  toString(): string {
    return this.describe();
  }

  // ---------- acting ----------

  /**
   * Types into the search bar, one keystroke at a time (each calls onSearchTextChange unless the List throttles,
   * then only the final text is sent). Text that does not extend the current text replaces it.
   */
  async type(text: string, options?: { interval?: number }): Promise<void> {
    await typeText(this.session, text, options);
  }

  /** Selects a row by title (or id) or by index among the visible rows. */
  async select(titleOrIndex: string | number): Promise<void> {
    await selectRow(this.session, titleOrIndex);
  }

  async moveDown(): Promise<void> {
    await moveSelection(this.session, 1);
  }

  async moveUp(): Promise<void> {
    await moveSelection(this.session, -1);
  }

  /** Runs an action by title, or by path through submenus: runAction(["Copy Field", "API Key"]). */
  async runAction(titleOrPath: string | string[]): Promise<void> {
    await runAction(this.session, titleOrPath);
  }

  /**
   * Presses keys: "enter" runs the first action ("cmd+enter" in a Form), "cmd+enter" the second ("cmd+shift+enter"
   * in a Form), "escape" clears the search text, then pops, then closes; anything else runs the action whose
   * macOS shortcut matches, and throws when none does.
   */
  async press(keys: string): Promise<void> {
    await press(this.session, keys);
  }

  /** Picks a value in the search bar dropdown by value or title. */
  async chooseDropdown(valueOrTitle: string): Promise<void> {
    await chooseDropdown(this.session, valueOrTitle);
  }

  /** Scrolls to the end of a paginated List: calls pagination.onLoadMore(). */
  async loadMore(): Promise<void> {
    await loadMore(this.session);
  }

  /** Types a value into a form field (focus, change, blur, as a person tabbing through the form). */
  async setValue(id: string, value: unknown): Promise<void> {
    await setFieldValue(this.session, id, value);
  }

  /** Fills the given values, then runs the form's first Action.SubmitForm with every field's value. */
  async submit(values?: Record<string, unknown>): Promise<void> {
    await submitForm(this.session, values);
  }

  /** Escape on a pushed view: pops it. Throws at the root (use unmount() to close the command). */
  async pop(): Promise<void> {
    await pop(this.session);
  }

  /** Polls (real timers, flushing React) until the predicate returns something truthy, and returns it. */
  async waitFor<T>(predicate: (screen: Screen) => T | Promise<T>, options?: WaitForOptions): Promise<T> {
    return waitUntil(this.session, () => predicate(this), options);
  }

  /** Lets pending promises, timers due now and effects run. */
  async settle(): Promise<void> {
    await this.session.settle();
  }

  async unmount(): Promise<void> {
    await unmount(this.session);
  }

  /**
   * An error thrown while rendering inside act() is a crash when React left the container empty.
   * @internal
   */
  noteCrash(error: unknown): void {
    this.session.noteCrash(error);
  }

  /** @internal */
  assertAlive(): void {
    this.session.assertAlive();
  }
}
