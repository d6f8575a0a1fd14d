import { host, type ActionView, type Screen } from "../host";
import type { DesktopApp } from "../sim";
import { canaryValues, expectNoLeakOrCrash, leaksIn } from "./canary";
import { everythingOnScreen } from "./faults";

/**
 * The canary sweep's walker: on every row of a List (and every view an action pushes), run each action that is safe
 * to run, and record what every screen showed on the way. Destructive actions are skipped; alerts are answered
 * "cancel"; forms are looked at and left without submitting.
 */

export interface SweepOptions {
  /** Extra rule: false skips the action. The generic rules (destructive, submit, alerts) always apply. */
  allow?: (action: ActionView, screen: Screen) => boolean;
  /** Whether the view on top is meant to show a value (Reveal Value): its text is kept apart. */
  revealsValues?: (screen: Screen) => boolean;
  /** Rows whose text shows a value by design (an unmasked Environment variable): kept apart too. */
  rowShowsValue?: (title: string, subtitle: string | undefined) => boolean;
  /** How deep to follow pushed views (default 2: a row's pushed view, and one more). */
  maxDepth?: number;
  /** Called once a row is selected, before its actions are read (the row's fields may load after selection). */
  rowReady?: (screen: Screen) => Promise<void>;
  /** Waits for work an action started (default: until no toast is animated, up to 2 s). */
  settle?: (screen: Screen) => Promise<void>;
}

export interface SweepResult {
  /** Every action run, as "path > title". */
  ran: string[];
  /** What every screen showed, outside the views and rows that show values by design. */
  shown: string[];
  /** What the Reveal views and value rows showed (allowed to hold values). */
  revealed: string[];
}

/** Never run: they change or delete data in 1Password or the user's list. */
const MUTATING = /^(Delete|Remove|Revoke|Grant|Change Access|Move |Archive|Create|Rename|Save|Add)/;

/**
 * Offered on every row, it shows no item data and reconnects each time it runs: its own tests
 * (test/first-contact/check-connection.test.tsx) search its screen and report for canaries.
 */
const NOT_ABOUT_ITEMS = new Set(["Check Connection"]);

function isSafe(action: ActionView, screen: Screen, options: SweepOptions): boolean {
  if (action.type !== "action") return false;
  if (NOT_ABOUT_ITEMS.has(action.title)) return false;
  if (action.style === "destructive") return false;
  if (action.kind === "submitForm") return false;
  // Forms are opened (push) and looked at; mutating plain actions are skipped.
  if (action.kind !== "push" && [...action.path, action.title].some((title) => MUTATING.test(title))) return false;
  return options.allow?.(action, screen) ?? true;
}

async function defaultSettle(screen: Screen): Promise<void> {
  await screen.settle();
  await screen.waitFor(() => host.toast?.style !== "ANIMATED", { timeout: 2_000 }).catch(() => undefined);
  await screen.settle();
}

const label = (action: ActionView) => [...action.path, action.title].join(" > ");

function capture(screen: Screen, options: SweepOptions, result: SweepResult): void {
  if (options.revealsValues?.(screen)) {
    result.revealed.push(JSON.stringify([screen.navigationTitle(), screen.detail()]));
    result.shown.push(JSON.stringify(screen.actions().map((action) => action.title)));
    return;
  }
  if (screen.kind() === "List" && options.rowShowsValue) {
    const byDesign = screen.items().filter((item) => options.rowShowsValue?.(item.title, item.subtitle));
    result.revealed.push(JSON.stringify(byDesign));
    const skipped = new Set(byDesign.map((item) => item.title));
    result.shown.push(everythingOnScreen(screen, { skipRow: (title) => skipped.has(title) }));
    return;
  }
  result.shown.push(everythingOnScreen(screen));
  if (screen.kind() === "Detail") result.shown.push(JSON.stringify(screen.detail()));
}

async function popTo(screen: Screen, depth: number): Promise<void> {
  while (screen.depth() > depth) await screen.pop();
}

/**
 * Runs the actions of whatever is on top, at `depth`, following pushes up to the limit. The panel is read again after
 * each action (running one can change others: "Select Item" becomes "Deselect Item", counts appear in titles), and
 * every action title is run once.
 */
async function walkPanel(
  screen: Screen,
  depth: number,
  options: SweepOptions,
  result: SweepResult,
  reselect?: () => Promise<boolean>,
): Promise<void> {
  const settle = options.settle ?? defaultSettle;
  const done = new Set<string>();
  for (let round = 0; round < 80; round++) {
    if (reselect && !(await reselect())) return;
    const action = screen
      .actions()
      .find((candidate) => isSafe(candidate, screen, options) && !done.has(label(candidate)));
    if (!action) return;
    done.add(label(action));
    if (process.env.SWEEP_DEBUG) process.stderr.write(`run ${depth} ${label(action)}\n`);
    await screen.runAction([...action.path, action.title]);
    result.ran.push(`${"  ".repeat(depth - 1)}${label(action)}`);
    await settle(screen);
    if (screen.depth() > depth) {
      await walkView(screen, depth + 1, options, result);
      await popTo(screen, depth);
      await settle(screen);
    }
    capture(screen, options, result);
  }
  throw new Error(`the panel at depth ${depth} kept offering new actions: ${[...done].join(", ")}`);
}

async function walkView(screen: Screen, depth: number, options: SweepOptions, result: SweepResult): Promise<void> {
  capture(screen, options, result);
  if (depth > (options.maxDepth ?? 2)) return;
  const kind = screen.kind();
  if (kind === "Form") return;
  if (kind !== "List") {
    await walkPanel(screen, depth, options, result);
    return;
  }
  const rows = screen.items().map((item, index) => item.id ?? index);
  if (rows.length === 0) {
    await walkPanel(screen, depth, options, result);
    return;
  }
  for (const row of rows) {
    const reselect = async () => {
      if (screen.depth() !== depth || screen.kind() !== "List") return false;
      const present = typeof row === "number" ? row < screen.items().length : screen.items().some((i) => i.id === row);
      if (!present) return false;
      await screen.select(row);
      return true;
    };
    if (!(await reselect())) continue;
    await options.rowReady?.(screen);
    await walkPanel(screen, depth, options, result, reselect);
  }
}

/** Sweeps the screen's current view and everything it pushes; alerts are answered "cancel" throughout. */
export async function sweep(screen: Screen, options: SweepOptions = {}): Promise<SweepResult> {
  const result: SweepResult = { ran: [], shown: [], revealed: [] };
  host.setDefaultAlertAnswer(false);
  try {
    await walkView(screen, screen.depth(), options, result);
  } finally {
    host.setDefaultAlertAnswer(undefined);
  }
  return result;
}

/** The actions the sweep ran, as "path > title" without the depth indent; each title given must be among them. */
export function expectRan(result: SweepResult, titles: readonly string[]): string[] {
  const ran = result.ran.map((line) => line.trim());
  for (const title of titles) expect(ran).toContain(title);
  return ran;
}

/**
 * After a sweep: no screen outside the views meant to show values held one, nothing recorded one, every copy of a
 * secret was concealed, and nothing crashed.
 */
export function expectCleanSweep(app: DesktopApp, result: SweepResult, extra: readonly string[] = []): void {
  expect(leaksIn(result.shown.join("\n"), canaryValues(app, extra))).toEqual([]);
  expectNoLeakOrCrash(app, extra);
}
