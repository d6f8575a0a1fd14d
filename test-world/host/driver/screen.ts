import { inAct, nextMacrotask, now, sleep } from "../act";
import { setForegroundBridge } from "../api/system";
import type { NavigationController } from "../components/navigation";
import { captureConsole } from "../console-capture";
import { runInCommand, setForegroundCommand, type CommandContext } from "../context";
import type { HostNode, HostRoot } from "../reconciler";
import { manifestCommand } from "../repo";
import { closeWindow, host, recordError } from "../state";
import { normaliseKeys } from "../shortcut";
import { unset, type ViewState } from "../view-state";
import {
  accessoryText,
  actionNode,
  findFirst,
  flattenActions,
  iconOf,
  readMetadata,
  slotOf,
  textOf,
  viewRoot,
  views,
  visit,
  type ActionView,
  type MetadataEntry,
} from "./tree";

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

export interface DropdownView {
  id?: string;
  tooltip?: string;
  value?: string;
  placeholder?: string;
  items: { value: string; title: string; section?: string }[];
}

export interface DetailView {
  markdown?: string;
  metadata: MetadataEntry[];
  isLoading: boolean;
}

export interface FieldView {
  id: string;
  /** textfield, textarea, password, checkbox, datepicker, dropdown, tagpicker, description, separator */
  type: string;
  title?: string;
  value: unknown;
  error?: string;
  info?: string;
  placeholder?: string;
  /** A checkbox's label. */
  label?: string;
  /** Dropdown and tag picker choices. */
  options?: { value: string; title: string; section?: string }[];
  /** A description's text. */
  text?: string;
}

export interface EmptyViewView {
  title?: string;
  description?: string;
  icon?: string;
}

export interface WaitForOptions {
  /** Milliseconds before giving up (default 5000). */
  timeout?: number;
  /** Milliseconds between polls (default 10). */
  interval?: number;
}

const FIELD_TYPES: Record<string, string> = {
  "Form.TextField": "textfield",
  "Form.TextArea": "textarea",
  "Form.PasswordField": "password",
  "Form.Checkbox": "checkbox",
  "Form.DatePicker": "datepicker",
  "Form.Dropdown": "dropdown",
  "Form.TagPicker": "tagpicker",
  "Form.Description": "description",
  "Form.Separator": "separator",
};

type Callback = (...args: unknown[]) => unknown;

function callback(value: unknown): Callback | undefined {
  return typeof value === "function" ? (value as Callback) : undefined;
}

const generatedKeys = new WeakMap<HostNode, string>();
let nextGeneratedKey = 1;

function itemKey(node: HostNode): string {
  if (typeof node.props.id === "string") return `id:${node.props.id}`;
  let key = generatedKeys.get(node);
  if (!key) {
    key = `node:${nextGeneratedKey++}`;
    generatedKeys.set(node, key);
  }
  return key;
}

function hide<T extends object>(target: T, name: string, value: unknown): T {
  Object.defineProperty(target, name, { value, enumerable: false });
  return target;
}

function nodeOf(value: object): HostNode {
  return (value as { node: HostNode }).node;
}

/** A running view command. The Screen acts on whatever view is on top of its navigation stack. */
export class Session {
  controller: NavigationController | undefined;
  crash: unknown = undefined;
  unmounted = false;
  readonly release: () => void;

  constructor(
    readonly root: HostRoot,
    readonly context: CommandContext,
  ) {
    this.release = captureConsole();
  }
}

/** What a person sees and does in Raycast, for one running view command. */
export class Screen {
  constructor(private readonly session: Session) {
    const cleanup = () => this.dispose();
    host.internal.cleanups.add(cleanup);
    this.cleanup = cleanup;
    setForegroundBridge({
      popToRoot: () => this.session.controller?.popToRoot(),
      clearSearchBar: () => this.clearSearchBarNow(),
    });
  }

  private readonly cleanup: () => void;

  // ---------- reading the screen ----------

  /** How many views are on the navigation stack (1 at the command's root). */
  depth(): number {
    this.assertAlive();
    return views(this.session.root.container).length;
  }

  /** "List", "Form" or "Detail": what the top view renders (undefined while it renders nothing). */
  kind(): string | undefined {
    this.assertAlive();
    return this.top()?.root?.type;
  }

  /** The rows a person sees, after Raycast's own filtering when the List leaves filtering to Raycast. */
  items(): ItemView[] {
    const { root, state } = this.requireRoot("List");
    return this.visibleItems(root, state);
  }

  sections(): SectionView[] {
    const sections: SectionView[] = [];
    const { root } = this.requireRoot("List");
    const bySection = new Map<HostNode | undefined, SectionView>();
    for (const item of this.items()) {
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
    void root;
    return sections;
  }

  selected(): ItemView | undefined {
    const { root, state } = this.requireRoot("List");
    return this.visibleItems(root, state).find((item) => itemKey(nodeOf(item)) === state.selectedKey);
  }

  /** The search bar text. */
  searchText(): string {
    const { root, state } = this.requireRoot("List");
    return typeof root.props.searchText === "string" ? root.props.searchText : state.searchText;
  }

  searchBarPlaceholder(): string | undefined {
    const root = this.top()?.root;
    return typeof root?.props.searchBarPlaceholder === "string" ? root.props.searchBarPlaceholder : undefined;
  }

  isLoading(): boolean {
    this.assertAlive();
    return this.top()?.root?.props.isLoading === true;
  }

  /** The navigation title; Raycast shows the command's title when the view sets none. */
  navigationTitle(): string | undefined {
    this.assertAlive();
    const title = this.top()?.root?.props.navigationTitle;
    if (typeof title === "string") return title;
    return manifestCommand(this.session.context.commandName)?.title;
  }

  /** The List's empty view when no row is visible: the declared List.EmptyView, else Raycast's "No Results". */
  emptyView(): EmptyViewView | undefined {
    const { root, state } = this.requireRoot("List");
    if (this.visibleItems(root, state).length > 0) return undefined;
    const node = findFirst(root, (child) => child.type === "List.EmptyView");
    if (!node) return root.props.isLoading === true ? undefined : { title: "No Results" };
    const view: EmptyViewView = {};
    if (typeof node.props.title === "string") view.title = node.props.title;
    if (typeof node.props.description === "string") view.description = node.props.description;
    const icon = iconOf(node.props.icon);
    if (icon) view.icon = icon;
    return view;
  }

  /** The action panel a person would open with ⌘K, flattened in order (submenu contents carry their path). */
  actions(): ActionView[] {
    return flattenActions(this.actionPanelNode());
  }

  /** The search bar dropdown (List.Dropdown in searchBarAccessory). */
  dropdown(): DropdownView | undefined {
    const { root, state } = this.requireRoot("List");
    const node = this.dropdownNode(root);
    if (!node) return undefined;
    const view: DropdownView = { items: this.choices(node, "List.Dropdown.Item", "List.Dropdown.Section") };
    if (typeof node.props.id === "string") view.id = node.props.id;
    if (typeof node.props.tooltip === "string") view.tooltip = node.props.tooltip;
    if (typeof node.props.placeholder === "string") view.placeholder = node.props.placeholder;
    const value = this.dropdownValue(node, state);
    if (value !== undefined) view.value = value;
    return view;
  }

  /** A Detail's content, or the selected row's List.Item.Detail. */
  detail(): DetailView | undefined {
    this.assertAlive();
    const top = this.top();
    const root = top?.root;
    if (!root) return undefined;
    let node: HostNode | undefined;
    if (root.type === "Detail") node = root;
    else if (root.type === "List") {
      const selected = this.selected();
      const slot = selected ? slotOf(nodeOf(selected), "detail") : undefined;
      node = slot ? findFirst(slot, (child) => child.type === "List.Item.Detail") : undefined;
    }
    if (!node) return undefined;
    const view: DetailView = {
      metadata: readMetadata(slotOf(node, "metadata")),
      isLoading: node.props.isLoading === true,
    };
    if (typeof node.props.markdown === "string") view.markdown = node.props.markdown;
    return view;
  }

  /** The form's fields in order, with the values a person sees. */
  fields(): FieldView[] {
    const { root, state } = this.requireRoot("Form");
    const out: FieldView[] = [];
    visit(root, (node) => {
      const type = FIELD_TYPES[node.type];
      if (!type) return true;
      const props = node.props;
      const field: FieldView = { id: String(props.id ?? ""), type, value: undefined };
      if (type !== "description" && type !== "separator") field.value = this.fieldValue(node, state);
      for (const key of ["title", "error", "info", "placeholder", "label", "text"] as const) {
        if (typeof props[key] === "string") field[key] = props[key];
      }
      if (type === "description") field.value = props.text;
      if (type === "dropdown") field.options = this.choices(node, "Form.Dropdown.Item", "Form.Dropdown.Section");
      if (type === "tagpicker") field.options = this.choices(node, "Form.TagPicker.Item", undefined);
      hide(field, "node", node);
      out.push(field);
      return false;
    });
    return out;
  }

  /** Current values of the form, as onSubmit receives them. */
  formValues(): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const field of this.fields()) {
      if (field.type !== "description" && field.type !== "separator" && field.id) values[field.id] = field.value;
    }
    return values;
  }

  /** A readable picture of the screen, for failure messages and debugging. */
  describe(): string {
    if (this.session.crash) return `[crashed: ${String(this.session.crash)}]`;
    if (this.session.unmounted) return "[unmounted]";
    const top = this.top();
    const root = top?.root;
    const lines = [`${root?.type ?? "(nothing)"} "${this.navigationTitle() ?? ""}" depth=${this.depth()}`];
    if (root?.props.isLoading === true) lines.push("  (loading)");
    if (root?.type === "List") {
      lines.push(`  search: "${this.searchText()}"`);
      const selectedItem = this.selected();
      for (const item of this.items()) {
        const marker = item === selectedItem || item.id === selectedItem?.id ? ">" : " ";
        const extra = [item.subtitle, ...item.accessories].filter(Boolean).join(" | ");
        lines.push(`  ${marker} ${item.section ? `[${item.section}] ` : ""}${item.title}${extra ? ` — ${extra}` : ""}`);
      }
      const empty = this.emptyView();
      if (empty) lines.push(`  (empty: ${empty.title ?? ""} ${empty.description ?? ""})`);
    }
    if (root?.type === "Form") {
      for (const field of this.fields()) {
        lines.push(
          `  ${field.type} ${field.id}: ${JSON.stringify(field.value)}${field.error ? ` !${field.error}` : ""}`,
        );
      }
    }
    if (root?.type === "Detail") lines.push(`  ${(this.detail()?.markdown ?? "").slice(0, 200)}`);
    for (const action of this.actions()) {
      lines.push(
        `  action: ${[...action.path, action.title].join(" > ")}${action.shortcut ? ` (${action.shortcut})` : ""}`,
      );
    }
    return lines.join("\n");
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
    const current = this.searchText();
    const steps: string[] = [];
    if (text.startsWith(current) && text !== current) {
      for (let end = current.length + 1; end <= text.length; end++) steps.push(text.slice(0, end));
    } else if (text !== current) {
      if (current !== "") steps.push("");
      for (let end = 1; end <= text.length; end++) steps.push(text.slice(0, end));
    }
    const { root } = this.requireRoot("List");
    const keystrokes = root.props.throttle === true && steps.length > 0 ? [text] : steps;
    for (const step of keystrokes) {
      await this.step(() => this.setSearchText(step));
      if (options?.interval) await this.step(() => sleep(options.interval ?? 0));
    }
  }

  /** Selects a row by title (or id) or by index among the visible rows. */
  async select(titleOrIndex: string | number): Promise<void> {
    const { state } = this.requireRoot("List");
    const items = this.items();
    const item =
      typeof titleOrIndex === "number"
        ? items[titleOrIndex]
        : (items.find((candidate) => candidate.title === titleOrIndex) ??
          items.find((candidate) => candidate.id === titleOrIndex));
    if (!item) {
      throw new Error(`no row ${JSON.stringify(titleOrIndex)}; visible rows: ${items.map((i) => i.title).join(", ")}`);
    }
    await this.step(() => {
      state.selectedKey = itemKey(nodeOf(item));
    });
  }

  async moveDown(): Promise<void> {
    await this.move(1);
  }

  async moveUp(): Promise<void> {
    await this.move(-1);
  }

  /** Runs an action by title, or by path through submenus: runAction(["Copy Field", "API Key"]). */
  async runAction(titleOrPath: string | string[]): Promise<void> {
    const path = Array.isArray(titleOrPath) ? titleOrPath : [titleOrPath];
    const title = path[path.length - 1];
    const parents = path.slice(0, -1);
    const actions = this.actions();
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
    await this.execute(match);
  }

  /**
   * Presses keys: "enter" runs the first action ("cmd+enter" in a Form), "cmd+enter" the second ("cmd+shift+enter"
   * in a Form), "escape" clears the search text, then pops, then closes; anything else runs the action whose
   * macOS shortcut matches, and throws when none does.
   */
  async press(keys: string): Promise<void> {
    const combo = normaliseKeys(keys);
    const top = this.top();
    if (combo === "escape") return this.escape();
    if (combo === "arrowDown") return this.moveDown();
    if (combo === "arrowUp") return this.moveUp();
    const actions = this.actions();
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
    if (action.type === "submenu")
      throw new Error(`${combo} opens the submenu "${action.title}": use runAction([...])`);
    await this.execute(action);
  }

  /** Picks a value in the search bar dropdown by value or title. */
  async chooseDropdown(valueOrTitle: string): Promise<void> {
    const { root, state } = this.requireRoot("List");
    const node = this.dropdownNode(root);
    if (!node) throw new Error("the List has no search bar dropdown");
    const choices = this.choices(node, "List.Dropdown.Item", "List.Dropdown.Section");
    const choice =
      choices.find((candidate) => candidate.value === valueOrTitle) ??
      choices.find((candidate) => candidate.title === valueOrTitle);
    if (!choice)
      throw new Error(`no dropdown item ${JSON.stringify(valueOrTitle)}; items: ${choices.map((c) => c.title)}`);
    await this.step(() => {
      state.dropdownValue = choice.value;
      state.notifiedDropdown = choice.value;
      this.storeDropdown(node, choice.value);
      callback(node.props.onChange)?.(choice.value);
    });
  }

  /** Scrolls to the end of a paginated List: calls pagination.onLoadMore(). */
  async loadMore(): Promise<void> {
    const { root } = this.requireRoot("List");
    const pagination = root.props.pagination as { hasMore?: boolean; onLoadMore?: () => void } | undefined;
    if (!pagination) throw new Error("the List has no pagination");
    if (!pagination.hasMore) throw new Error("the List has nothing more to load (pagination.hasMore is false)");
    await this.step(() => pagination.onLoadMore?.());
    await this.settle();
  }

  /** Types a value into a form field (focus, change, blur, as a person tabbing through the form). */
  async setValue(id: string, value: unknown): Promise<void> {
    const { state } = this.requireRoot("Form");
    const field = this.fields().find((candidate) => candidate.id === id && candidate.type !== "description");
    if (!field) throw new Error(`no form field "${id}"; fields: ${this.fields().map((f) => f.id)}`);
    let next = value;
    if (field.type === "dropdown") {
      const options = field.options ?? [];
      const option = options.find((o) => o.value === value) ?? options.find((o) => o.title === value);
      if (!option)
        throw new Error(`"${id}" has no option ${JSON.stringify(value)}; options: ${options.map((o) => o.value)}`);
      next = option.value;
    }
    if (field.type === "tagpicker") {
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      if (!Array.isArray(value) || value.some((v) => !allowed.has(String(v)))) {
        throw new Error(`"${id}" takes a list of: ${[...allowed].join(", ")}`);
      }
    }
    if (field.type === "checkbox" && typeof value !== "boolean")
      throw new Error(`"${id}" is a checkbox: pass a boolean`);
    const node = nodeOf(field);
    await this.step(() => {
      state.focusedField = id;
      callback(node.props.onFocus)?.({ target: { id, value: field.value }, type: "focus" });
      state.formValues.set(id, next);
      callback(node.props.onChange)?.(next);
    });
    await this.step(() => {
      const current = nodeOf(this.fields().find((candidate) => candidate.id === id) ?? field);
      callback(current.props.onBlur)?.({ target: { id, value: next }, type: "blur" });
    });
  }

  /** Fills the given values, then runs the form's first Action.SubmitForm with every field's value. */
  async submit(values?: Record<string, unknown>): Promise<void> {
    for (const [id, value] of Object.entries(values ?? {})) await this.setValue(id, value);
    const submit = this.actions().find((action) => action.kind === "submitForm");
    if (!submit) throw new Error("the form has no Action.SubmitForm");
    await this.execute(submit);
  }

  /** Escape on a pushed view: pops it. Throws at the root (use unmount() to close the command). */
  async pop(): Promise<void> {
    const controller = this.session.controller;
    if (this.depth() <= 1 || !controller) throw new Error("already at the command's root view");
    await this.step(() => controller.tryPop());
  }

  /** Polls (real timers, flushing React) until the predicate returns something truthy, and returns it. */
  async waitFor<T>(predicate: (screen: Screen) => T | Promise<T>, options?: WaitForOptions): Promise<T> {
    const timeout = options?.timeout ?? 5000;
    const interval = options?.interval ?? 10;
    const deadline = now() + timeout;
    let lastError: unknown;
    for (;;) {
      this.assertAlive();
      try {
        const result = await predicate(this);
        if (result) return result;
        lastError = undefined;
      } catch (error) {
        lastError = error;
      }
      if (now() > deadline) {
        const reason = lastError instanceof Error ? `: ${lastError.message}` : "";
        throw new Error(`waitFor timed out after ${timeout} ms${reason}\n${this.describe()}`, { cause: lastError });
      }
      await this.step(() => sleep(interval));
    }
  }

  /** Lets pending promises, timers due now and effects run. */
  async settle(): Promise<void> {
    await this.step(async () => {
      for (let round = 0; round < 5; round++) await nextMacrotask();
    });
  }

  async unmount(): Promise<void> {
    if (this.session.unmounted) return;
    this.saveDraft();
    this.session.unmounted = true;
    await inAct(() => this.session.root.unmount());
    // Raycast terminates the command's worker: its timers and pending work have no effect from now on.
    this.session.context.ended = true;
    this.dispose();
  }

  // ---------- internals ----------

  /** Closing on a root Form with drafts enabled: Raycast keeps what was typed for the next launch. */
  private saveDraft(): void {
    if (this.session.crash || this.depth() !== 1 || this.kind() !== "Form") return;
    if (this.top()?.root?.props.enableDrafts !== true) return;
    host.drafts[this.session.context.commandName] = this.formValues();
  }

  private dispose(): void {
    if (!this.session.unmounted) {
      this.session.unmounted = true;
      try {
        this.session.root.unmountSync();
      } catch (error) {
        recordError("unmount", error);
      }
    }
    this.session.context.ended = true;
    this.session.release();
    host.internal.cleanups.delete(this.cleanup);
    setForegroundBridge(undefined);
  }

  /**
   * Inside act(), React hands an uncaught render error to act() instead of onUncaughtError, after unmounting the
   * whole tree: an empty container after an error means the command crashed.
   * @internal
   */
  noteCrash(error: unknown): void {
    if (this.session.crash !== undefined || this.session.unmounted) return;
    if (this.session.root.container.children.length > 0) return;
    this.session.crash = error;
    recordError("render", error);
  }

  /** @internal */
  assertAlive(): void {
    if (this.session.crash !== undefined) {
      const error = this.session.crash;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`the command crashed while rendering: ${message}`, { cause: error });
    }
    if (this.session.unmounted) throw new Error("the command is no longer running (unmounted)");
  }

  private top(): { node: HostNode; state: ViewState; root: HostNode | undefined } | undefined {
    const all = views(this.session.root.container);
    const node = all[all.length - 1];
    if (!node) return undefined;
    return { node, state: node.props.viewState as ViewState, root: viewRoot(node) };
  }

  private requireRoot(type: "List" | "Form" | "Detail"): { root: HostNode; state: ViewState } {
    this.assertAlive();
    const top = this.top();
    if (!top?.root || top.root.type !== type) {
      throw new Error(`the top view is ${top?.root?.type ?? "empty"}, not a ${type}\n${this.describe()}`);
    }
    return { root: top.root, state: top.state };
  }

  /** Runs a step inside act(), then lets Raycast-side reactions (selection, dropdown) happen. */
  private async step<T>(fn: () => T | Promise<T>): Promise<T> {
    this.assertAlive();
    setForegroundCommand(this.session.context);
    let result: T;
    try {
      // In the command's own async context, so timers and promises an action starts belong to this command.
      result = await runInCommand(this.session.context, () => inAct(fn));
    } catch (error) {
      // act() rethrows render errors; report them as the crash they are.
      this.noteCrash(error);
      this.assertAlive();
      throw error;
    }
    await this.reactToChanges();
    this.assertAlive();
    return result;
  }

  /** Raycast's side of a render: follow selectedItemId, keep a selection, send onSelectionChange/onChange. */
  private async reactToChanges(): Promise<void> {
    for (let round = 0; round < 20; round++) {
      if (this.session.crash !== undefined || this.session.unmounted) return;
      const work = this.pendingNotifications();
      if (work.length === 0) return;
      try {
        await inAct(() => {
          for (const fn of work) fn();
        });
      } catch (error) {
        this.noteCrash(error);
        this.assertAlive();
        throw error;
      }
    }
  }

  private pendingNotifications(): (() => void)[] {
    const work: (() => void)[] = [];
    const top = this.top();
    const root = top?.root;
    if (!top || root?.type !== "List") return work;
    const state = top.state;
    const dropdown = this.dropdownNode(root);
    if (dropdown) {
      const value = this.dropdownValue(dropdown, state);
      const controlled = dropdown.props.value !== undefined;
      if (value !== undefined && value !== state.notifiedDropdown) {
        const first = state.notifiedDropdown === unset;
        state.notifiedDropdown = value;
        if (!controlled) state.dropdownValue = value;
        if (!controlled || first) {
          this.storeDropdown(dropdown, value);
          const onChange = callback(dropdown.props.onChange);
          if (onChange) work.push(() => onChange(value));
        }
      }
    }
    const items = this.visibleItems(root, state);
    const wanted = root.props.selectedItemId;
    if (typeof wanted === "string" && wanted !== state.followedSelectedItemId) {
      const target = items.find((item) => item.id === wanted);
      if (target) {
        state.selectedKey = itemKey(nodeOf(target));
        state.followedSelectedItemId = wanted;
      }
    }
    let selected = items.find((item) => itemKey(nodeOf(item)) === state.selectedKey);
    if (!selected) {
      selected = items[0];
      state.selectedKey = selected ? itemKey(nodeOf(selected)) : undefined;
    }
    const id = selected ? (selected.id ?? null) : null;
    if (state.notifiedSelection === unset ? selected !== undefined : id !== state.notifiedSelection) {
      state.notifiedSelection = id;
      const onSelectionChange = callback(root.props.onSelectionChange);
      if (onSelectionChange) work.push(() => onSelectionChange(id));
    }
    return work;
  }

  private allItems(root: HostNode): ItemView[] {
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
      hide(item, "node", node);
      hide(item, "sectionNode", sectionNode);
      out.push(item);
      return false;
    });
    return out;
  }

  private visibleItems(root: HostNode, state: ViewState): ItemView[] {
    const items = this.allItems(root);
    const filtering = root.props.filtering ?? root.props.enableFiltering;
    const raycastFilters =
      filtering === false
        ? false
        : filtering === undefined || filtering === null
          ? !root.props.onSearchTextChange
          : true;
    const query = (typeof root.props.searchText === "string" ? root.props.searchText : state.searchText).trim();
    if (!raycastFilters || query === "") return items;
    // Raycast matches the title and keywords; every word of the query must match one of them.
    const terms = query.toLowerCase().split(/\s+/);
    return items.filter((item) => {
      const haystack = [item.title, ...item.keywords].map((text) => text.toLowerCase());
      return terms.every((term) => haystack.some((text) => text.includes(term)));
    });
  }

  private actionPanelNode(): HostNode | undefined {
    this.assertAlive();
    const top = this.top();
    const root = top?.root;
    if (!top || !root) return undefined;
    if (root.type !== "List") return slotOf(root, "actions");
    const items = this.visibleItems(root, top.state);
    if (items.length > 0) {
      const selected = items.find((item) => itemKey(nodeOf(item)) === top.state.selectedKey) ?? items[0];
      return selected ? slotOf(nodeOf(selected), "actions") : undefined;
    }
    const empty = findFirst(root, (child) => child.type === "List.EmptyView");
    return (empty && slotOf(empty, "actions")) ?? slotOf(root, "actions");
  }

  private async execute(action: ActionView): Promise<void> {
    const { node, submenus } = actionNode(action);
    if (action.type === "submenu") throw new Error(`"${action.title}" is a submenu: give the path to an action in it`);
    for (const submenu of submenus) {
      const onOpen = callback(submenu.props.onOpen);
      if (onOpen) await this.step(() => onOpen());
    }
    const run = node.props.run as ((values?: Record<string, unknown>) => unknown) | undefined;
    if (action.kind === "submitForm") {
      const values = this.formValues();
      this.storeFormValues();
      await this.step(() => run?.(values));
    } else {
      await this.step(() => run?.());
    }
    await this.settle();
  }

  private async move(delta: number): Promise<void> {
    const { root, state } = this.requireRoot("List");
    const items = this.visibleItems(root, state);
    if (items.length === 0) return;
    const index = items.findIndex((item) => itemKey(nodeOf(item)) === state.selectedKey);
    const nextIndex = Math.min(items.length - 1, Math.max(0, index + delta));
    const next = items[nextIndex];
    if (!next) return;
    await this.step(() => {
      state.selectedKey = itemKey(nodeOf(next));
    });
    const pagination = root.props.pagination as { hasMore?: boolean } | undefined;
    if (delta > 0 && nextIndex === items.length - 1 && pagination?.hasMore && root.props.isLoading !== true) {
      await this.loadMore();
    }
  }

  private async escape(): Promise<void> {
    const top = this.top();
    if (top?.root?.type === "List" && this.searchText() !== "") return this.type("");
    if (this.depth() > 1) return this.pop();
    closeWindow("escape");
    await this.unmount();
  }

  private setSearchText(text: string): void {
    const top = this.top();
    if (!top?.root) return;
    top.state.searchText = text;
    top.state.selectedKey = undefined;
    callback(top.root.props.onSearchTextChange)?.(text);
  }

  /** Called from extension code, maybe right after a pop that has not rendered yet: follow the navigation state. */
  private clearSearchBarNow(): void {
    const entries = this.session.controller?.entries() ?? [];
    const wanted = entries[entries.length - 1]?.view;
    const node = views(this.session.root.container).find((view) => view.props.viewState === wanted);
    const root = node ? viewRoot(node) : undefined;
    if (!wanted || root?.type !== "List") return;
    wanted.searchText = "";
    wanted.selectedKey = undefined;
    callback(root.props.onSearchTextChange)?.("");
  }

  private dropdownNode(root: HostNode): HostNode | undefined {
    const slot = slotOf(root, "searchBarAccessory");
    return slot ? findFirst(slot, (node) => node.type === "List.Dropdown") : undefined;
  }

  private choices(node: HostNode, itemType: string, sectionType: string | undefined) {
    const out: { value: string; title: string; section?: string }[] = [];
    visit(node, (child, ancestors) => {
      if (child.type !== itemType) return true;
      const choice: { value: string; title: string; section?: string } = {
        value: String(child.props.value),
        title: String(child.props.title ?? ""),
      };
      const section = [...ancestors].reverse().find((ancestor) => ancestor.type === sectionType);
      if (section && typeof section.props.title === "string") choice.section = section.props.title;
      out.push(choice);
      return false;
    });
    return out;
  }

  private storageKey(kind: string, id: unknown): string {
    return `${this.session.context.commandName}:${kind}:${String(id ?? "")}`;
  }

  private dropdownValue(node: HostNode, state: ViewState): string | undefined {
    if (node.props.value !== undefined && node.props.value !== null) return String(node.props.value);
    const values = this.choices(node, "List.Dropdown.Item", "List.Dropdown.Section").map((choice) => choice.value);
    if (state.dropdownValue !== undefined && values.includes(state.dropdownValue)) return state.dropdownValue;
    if (node.props.storeValue === true) {
      const stored = host.internal.storedValues.get(this.storageKey("dropdown", node.props.id ?? node.props.tooltip));
      if (typeof stored === "string" && values.includes(stored)) return stored;
    }
    const defaultValue = node.props.defaultValue;
    if (typeof defaultValue === "string" && values.includes(defaultValue)) return defaultValue;
    return values[0];
  }

  private storeDropdown(node: HostNode, value: string): void {
    if (node.props.storeValue !== true) return;
    host.internal.storedValues.set(this.storageKey("dropdown", node.props.id ?? node.props.tooltip), value);
  }

  private fieldValue(node: HostNode, state: ViewState): unknown {
    const props = node.props;
    const id = String(props.id ?? "");
    const type = FIELD_TYPES[node.type];
    const fallback = () => {
      if (type === "checkbox") return false;
      if (type === "tagpicker") return [];
      if (type === "datepicker") return null;
      if (type === "dropdown") return this.choices(node, "Form.Dropdown.Item", "Form.Dropdown.Section")[0]?.value ?? "";
      return "";
    };
    // useForm passes null for "no value yet": still controlled, showing the empty value.
    if ("value" in props && props.value !== undefined) return props.value ?? fallback();
    if (state.formValues.has(id)) return state.formValues.get(id);
    if (props.storeValue === true) {
      const key = this.storageKey("form", id);
      if (host.internal.storedValues.has(key)) return host.internal.storedValues.get(key);
    }
    if (props.defaultValue !== undefined) return props.defaultValue;
    return fallback();
  }

  private storeFormValues(): void {
    for (const field of this.fields()) {
      if (nodeOf(field).props.storeValue === true) {
        host.internal.storedValues.set(this.storageKey("form", field.id), field.value);
      }
    }
  }
}
