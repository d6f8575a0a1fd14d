import { host, type Screen } from "../host";
import type { CommitClock } from "./commit-clock";
import type { Keystroke, Snapshot, Step } from "./protocol";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Longest a keystroke may keep committing before the driver moves on. */
const KEYSTROKE_LIMIT_MS = 10_000;
const DEFAULT_WAIT_MS = 60_000;

export interface StepContext {
  screen: Screen;
  clock: CommitClock;
  quietMs: number;
  keystrokes: Keystroke[];
  onKeystroke: (keystroke: Keystroke) => void;
  snapshots: Snapshot[];
}

/** A step as a short text, for reports and failure messages. */
export function describeStep(step: Step): string {
  if (step.label) return step.label;
  if ("wait" in step) return `wait for ${step.wait}`;
  if ("type" in step) return `type "${step.type}"`;
  if ("select" in step) return `select ${JSON.stringify(step.select)}`;
  if ("action" in step)
    return `run ${step.action instanceof RegExp ? String(step.action) : JSON.stringify(step.action)}`;
  if ("submit" in step) return `submit ${Object.keys(step.submit).join(", ")}`;
  if ("press" in step) return `press ${step.press}`;
  if ("loadRows" in step) return `load ${step.loadRows} rows`;
  if ("answerAlerts" in step) return `answer alerts ${JSON.stringify(step.answerAlerts)}`;
  if ("waitForToast" in step) return `wait for a ${step.waitForToast} toast`;
  if ("snapshot" in step) return `snapshot ${step.snapshot}`;
  if ("sleep" in step) return `sleep ${step.sleep} ms`;
  return "relaunch";
}

/** Resolves once no commit has happened for `quietMs` since `since` (or since the latest commit). */
export async function untilQuiet(clock: CommitClock, quietMs: number, since: number, limitMs: number): Promise<void> {
  const deadline = since + limitMs;
  for (;;) {
    const lastActivity = Math.max(clock.last, since);
    const now = performance.now();
    if (now - lastActivity >= quietMs || now > deadline) return;
    await sleep(Math.max(1, Math.min(5, quietMs - (now - lastActivity))));
  }
}

/** The keystrokes that turn the current search text into `text`, each a full search text. */
function keystrokesTo(current: string, text: string): string[] {
  const strokes: string[] = [];
  let from = 0;
  if (text.startsWith(current)) from = current.length;
  else if (current !== "") strokes.push("");
  for (let end = from + 1; end <= text.length; end++) strokes.push(text.slice(0, end));
  return strokes;
}

async function typeMeasured(context: StepContext, text: string): Promise<void> {
  const { screen, clock } = context;
  for (const query of keystrokesTo(screen.searchText(), text)) {
    const commitsBefore = clock.count;
    clock.mark();
    const start = performance.now();
    await screen.type(query);
    const dispatched = performance.now();
    await untilQuiet(clock, context.quietMs, dispatched, KEYSTROKE_LIMIT_MS);
    const commits = clock.count - commitsBefore;
    // The rows are on screen at the last commit that changed them; when none did (same rows), at the first commit.
    const shown = clock.lastRowsChange > start ? clock.lastRowsChange : (clock.firstSinceMark ?? dispatched);
    const settled = commits > 0 ? clock.last : dispatched;
    const keystroke = { query, ms: shown - start, settledMs: settled - start, commits, rows: screen.items().length };
    context.keystrokes.push(keystroke);
    context.onKeystroke(keystroke);
  }
}

async function loadRows(screen: Screen, rows: number): Promise<void> {
  for (;;) {
    const before = screen.items().length;
    if (before >= rows) return;
    try {
      await screen.loadMore();
    } catch (error) {
      // The List says it has no more: as many rows as there are.
      if (error instanceof Error && /pagination/.test(error.message)) return;
      throw error;
    }
    if (screen.items().length <= before) return;
  }
}

/** How long an action step waits for its action to appear: a launch may not have rendered its panel yet. */
const ACTION_WAIT_MS = 10_000;

async function runAction(screen: Screen, action: string | string[] | RegExp): Promise<void> {
  const wanted = (title: string, path: readonly string[]) =>
    action instanceof RegExp
      ? action.test(title)
      : typeof action === "string"
        ? title === action
        : [...path, title].join("\n") === action.join("\n");
  const present = () =>
    screen.actions().some((candidate) => candidate.type === "action" && wanted(candidate.title, candidate.path));
  // A person waits for the action to show; if it never does, the error below says what the panel has.
  await screen.waitFor(present, { timeout: ACTION_WAIT_MS, interval: 20 }).catch(() => undefined);
  if (!(action instanceof RegExp)) return screen.runAction(action);
  const match = screen.actions().find((candidate) => candidate.type === "action" && action.test(candidate.title));
  if (!match) {
    const titles = screen.actions().map((candidate) => [...candidate.path, candidate.title].join(" > "));
    throw new Error(`no action matches ${String(action)}; the panel has: ${titles.join(", ") || "(nothing)"}`);
  }
  await screen.runAction([...match.path, match.title]);
}

function toastMatches(title: string | RegExp | undefined, actual: string): boolean {
  if (title === undefined) return true;
  return typeof title === "string" ? actual.includes(title) : title.test(actual);
}

export function toastView(): Snapshot["toast"] {
  const toast = host.toast;
  if (!toast) return undefined;
  return { style: toast.style, title: toast.title, ...(toast.message ? { message: toast.message } : {}) };
}

/** Runs one step (not "relaunch", which the parent handles between launches). */
export async function runStep(context: StepContext, step: Step): Promise<void> {
  const { screen } = context;
  if ("wait" in step) {
    const ready =
      step.wait === "rows"
        ? (s: Screen) => !s.isLoading() && s.items().length > 0
        : (s: Screen) => s.kind() !== undefined && !s.isLoading();
    await screen.waitFor(ready, { timeout: step.timeoutMs ?? DEFAULT_WAIT_MS, interval: 20 });
  } else if ("type" in step) await typeMeasured(context, step.type);
  else if ("select" in step) await screen.select(step.select);
  else if ("action" in step) await runAction(screen, step.action);
  else if ("submit" in step) await screen.submit(step.submit);
  else if ("press" in step) await screen.press(step.press);
  else if ("loadRows" in step) await loadRows(screen, step.loadRows);
  else if ("answerAlerts" in step) host.answerAlerts(...step.answerAlerts);
  else if ("waitForToast" in step) {
    const styles = { success: ["SUCCESS"], failure: ["FAILURE"], done: ["SUCCESS", "FAILURE"] }[step.waitForToast];
    await screen.waitFor(
      () => {
        const toast = host.toast;
        return toast !== undefined && styles.includes(toast.style) && toastMatches(step.title, toast.title);
      },
      { timeout: step.timeoutMs ?? DEFAULT_WAIT_MS, interval: 20 },
    );
  } else if ("snapshot" in step) {
    const toast = toastView();
    context.snapshots.push({ label: step.snapshot, screen: screen.describe(), ...(toast ? { toast } : {}) });
  } else if ("sleep" in step) await sleep(step.sleep);
  else throw new Error("a relaunch step reached the worker");
}
