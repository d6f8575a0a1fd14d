import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { absentBrowserExtension, type BrowserExtensionModel } from "./browser-extension-model";
import { defaultHostConfig, type FrontmostApplication, type HostConfig } from "./host-config";
import { newHostInternals, type HostInternals } from "./host-internals";
import { pauseBefore, type Pause, type PausableCall } from "./pause";
import type {
  AlertAnswer,
  AlertRecord,
  BackgroundRun,
  ClipboardContent,
  ClipboardWrite,
  CommandModule,
  HostError,
  HudRecord,
  LaunchRecord,
  LocalStorageValue,
  LogRecord,
  ToastRecord,
} from "./records";
import type { ToolAnswer, ToolRunRecord } from "./tool-records";

function freshSupportDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "raycast-host-support-"));
}

/**
 * Everything the stand-in @raycast/api records or stores. One per process; `resetHost()` clears it.
 * Fields are plain data so tests can read them directly.
 */
export class HostState {
  /** The current clipboard, or undefined when empty. Assign to simulate the user copying something else. */
  clipboard: ClipboardContent | undefined = undefined;
  /** Every write to the clipboard, in order, with its concealed flag. */
  clipboardHistory: ClipboardWrite[] = [];
  /** How many times Clipboard.clear() ran. */
  clipboardClears = 0;
  /** Every Clipboard.paste() (and Action.Paste), in order. */
  pastes: string[] = [];
  toasts: ToastRecord[] = [];
  huds: HudRecord[] = [];
  alerts: AlertRecord[] = [];
  logs: LogRecord[] = [];
  launches: LaunchRecord[] = [];
  backgroundRuns: BackgroundRun[] = [];
  /** Targets given to open() (and the Open/OpenInBrowser actions). */
  opened: string[] = [];
  /** openExtensionPreferences() / openCommandPreferences() calls. */
  openedPreferences: ("extension" | "command")[] = [];
  /** How many times the main window was closed, and why (closeMainWindow, showHUD, a built-in action). */
  closedMainWindow = 0;
  windowClosures: string[] = [];
  popToRootCalls = 0;
  /** Preference values per command name (what the user typed in Raycast's settings). */
  preferences: Record<string, Record<string, unknown>> = {};
  /** Extension-wide preference values, shared by every command. */
  extensionPreferences: Record<string, unknown> = {};
  /** Arguments each command was last launched with. */
  arguments: Record<string, Record<string, unknown>> = {};
  /** updateCommandMetadata() calls per command. */
  commandMetadata: Record<string, { subtitle?: string | null }> = {};
  /**
   * Drafts Raycast saved when a command closed on a root Form with `enableDrafts` (nested forms get none), per
   * command: every field's value, as Raycast persists them for the next launch's `draftValues`.
   */
  drafts: Record<string, Record<string, unknown>> = {};
  /** Errors the host caught: render crashes, failing background commands, unanswered alerts, captureException. */
  errors: HostError[] = [];
  /** Every AI tool call (runTool), with its confirmation and what went back to the model. */
  toolRuns: ToolRunRecord[] = [];
  /**
   * Raycast's Browser Extension as the command sees it (`environment.canAccess(BrowserExtension)`, `getTabs()`): absent
   * unless a test installs it; `failure` makes getTabs reject (the browser closed), `delayMs` answers late.
   */
  browserExtension: BrowserExtensionModel = absentBrowserExtension();
  /** How many times getTabs() was called. */
  browserTabReads = 0;

  readonly config: HostConfig = defaultHostConfig();

  /** @internal storage behind LocalStorage, Cache, stored dropdown/form values and registered commands. */
  readonly internal: HostInternals = newHostInternals();

  /**
   * The app in front, as getFrontmostApplication() reports it: the one in front when Raycast opened (Raycast itself is
   * never reported), unless the focus moved since (bringToFront); undefined when no app is in front.
   */
  get frontmostApplication(): FrontmostApplication | undefined {
    const front = this.internal.front === undefined ? this.config.frontmostApplication : this.internal.front;
    return front === null ? undefined : { ...front };
  }

  /** The focus moves to `app` (the person clicked another app, a dialog took the focus), or to no app at all. */
  bringToFront(app: FrontmostApplication | null): void {
    this.internal.front = app === null ? null : { ...app };
  }

  /**
   * Run `fn` right as the Raycast window next closes (closeMainWindow, a HUD, a built-in action): to play the focus
   * landing somewhere else than the app the person was in.
   */
  duringNextWindowClose(fn: () => void): void {
    this.internal.duringNextClose = fn;
  }

  /** The toast on screen now (Raycast shows one at a time): the latest one not hidden. */
  get toast(): ToastRecord | undefined {
    return [...this.toasts].reverse().find((toast) => !toast.hidden);
  }

  /** LocalStorage as a plain object (a copy). */
  get localStorage(): Record<string, LocalStorageValue> {
    return Object.fromEntries(this.internal.localStorage);
  }

  /** Cache contents per namespace ("" is the default namespace), as plain objects (a copy). */
  get cache(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const [namespace, entries] of this.internal.cache) out[namespace] = Object.fromEntries(entries);
    return out;
  }

  get supportPath(): string {
    this.internal.supportPath ??= freshSupportDir();
    return this.internal.supportPath;
  }

  /**
   * Queue answers for the next alerts (confirmAlert): true picks the primary action, false dismisses. A function is run (and awaited) while its alert is on screen and its result is
   * the answer: to change the world between what the person was shown and what the command then does.
   */
  answerAlerts(...answers: AlertAnswer[]): void {
    this.internal.alertAnswers.push(...answers);
  }

  /** Answer every unqueued alert this way (by default an unanswered alert throws, so tests must decide). */
  setDefaultAlertAnswer(answer: boolean | undefined): void {
    this.internal.defaultAlertAnswer = answer;
  }

  /**
   * Queue answers for the next tool confirmations: true confirms, false cancels (an unanswered one throws). A function
   * is run (and awaited) while its confirmation is on screen and its result is the answer: to change the world between
   * what the person was shown and what the tool then does.
   */
  answerToolConfirmations(...answers: ToolAnswer[]): void {
    this.internal.toolAnswers.push(...answers);
  }

  /** The user copies something else (in another app). */
  userCopies(text: string): void {
    this.clipboard = { text, concealed: false };
    this.clipboardHistory.push({ text, concealed: false, via: "user" });
  }

  /**
   * Run `fn` (and wait for it) right after the next Clipboard.readText() has read the clipboard, before it returns:
   * to play a person who copies something at the worst moment, while a clear is checking what it read.
   */
  duringNextClipboardRead(fn: () => unknown): void {
    this.internal.duringNextRead = fn;
  }

  /**
   * Hold the next `call` of the command named `command` (any command when omitted) before it acts, until `resume()`:
   * to interleave two running commands' clipboard and storage calls in the worst order.
   */
  pauseBefore(call: PausableCall, options: { command?: string } = {}): Pause {
    return pauseBefore(call, options);
  }

  /** Make `launchCommand({ name, type: LaunchType.Background })` run this no-view command in-process. */
  registerCommand(name: string, module: CommandModule): void {
    this.internal.commands.set(name, module);
  }

  /**
   * Turn on background refresh for a registered command with a manifest `interval`, as the person does in Raycast
   * (for a Store install: by opening the command once, which runCommand also does). Off by default.
   */
  enableBackgroundRefresh(name: string): void {
    if (!this.internal.startRefresh) throw new Error("@raycast/api stand-in: the API module is not loaded");
    this.internal.startRefresh(name);
  }

  /** Whether Raycast runs this command on its interval now. */
  backgroundRefreshEnabled(name: string): boolean {
    return this.internal.refreshTimers.has(name);
  }

  /** Set preference values as the user would in Raycast's settings, for one command or (no name) the extension. */
  setPreferences(values: Record<string, unknown>, commandName?: string): void {
    if (commandName) this.preferences[commandName] = { ...this.preferences[commandName], ...values };
    else Object.assign(this.extensionPreferences, values);
  }

  /** Resolves when every background command started so far has finished. */
  async waitForBackground(): Promise<void> {
    for (;;) {
      const pending = this.backgroundRuns.filter((run) => !run.finished);
      if (pending.length === 0) return;
      await Promise.all(pending.map((run) => run.done));
    }
  }

  /** The environment.assetsPath commands see (default `<repo>/assets`; kept across resetHost). */
  setAssetsPath(assetsPath: string): void {
    this.config.assetsPath = assetsPath;
  }
}
