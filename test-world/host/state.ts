import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ToastStyle } from "./enums";
import { pauseBefore, releaseAllPauses, type Pause, type PausableCall } from "./pause";
import { repoRoot } from "./repo";

/** An alert's answer, or a function run while the alert is on screen that returns it. */
export type AlertAnswer = boolean | (() => boolean | Promise<boolean>);

/** What is on the clipboard now. `concealed` copies stay out of Raycast's clipboard history. */
export interface ClipboardContent {
  text: string;
  concealed: boolean;
}

export interface ClipboardWrite extends ClipboardContent {
  /** copy: Clipboard.copy; paste: Clipboard.paste (pastes also leave the text on the clipboard); user: the test. */
  via: "copy" | "paste" | "user";
}

export interface ToastSnapshot {
  style: ToastStyle;
  title: string;
  message?: string;
  primaryAction?: string;
  secondaryAction?: string;
  hidden: boolean;
}

/** A toast as the user sees it now, with every state it went through. */
export interface ToastRecord extends ToastSnapshot {
  history: ToastSnapshot[];
  runPrimaryAction(): Promise<void>;
  runSecondaryAction(): Promise<void>;
}

export interface HudRecord {
  title: string;
  clearRootSearch?: boolean;
  popToRootType?: string;
}

export interface AlertRecord {
  title: string;
  message?: string;
  primaryAction?: string;
  primaryStyle?: string;
  dismissAction?: string;
  /** How the test answered: true for the primary action. Undefined when nobody answered (the call threw). */
  answer?: boolean;
}

export interface LogRecord {
  level: "log" | "info" | "warn" | "error" | "debug";
  text: string;
  command: string;
}

export interface LaunchRecord {
  name: string;
  type: string;
  context?: Record<string, unknown>;
  arguments?: Record<string, unknown>;
  extensionName?: string;
  ownerOrAuthorName?: string;
}

export interface BackgroundRun {
  name: string;
  done: Promise<void>;
  /** Returned, threw, or was ended by Raycast's timeout. */
  finished: boolean;
  /** Raycast ended it after host.config.backgroundTimeoutMs: nothing it did afterwards took effect. */
  endedByTimeout: boolean;
  result?: unknown;
  error?: unknown;
}

export interface HostError {
  source: string;
  error: unknown;
}

export type CommandModule = { default: unknown } | ((props: never) => unknown);

/** What a tool's `confirmation` returned: Raycast shows it and runs the tool only if the person confirms. */
/** How the person answers a tool confirmation: at once, or after something happens while it is on screen. */
export type ToolAnswer = boolean | (() => boolean | Promise<boolean>);

export interface ToolConfirmationView {
  style?: string;
  message?: string;
  info?: { name: string; value?: string }[];
  image?: unknown;
}

/** One call of an AI tool, as Raycast AI made it: what it was asked, what it asked the person, what it answered. */
export interface ToolRunRecord {
  tool: string;
  input: unknown;
  /** Undefined when the tool exports no confirmation or its confirmation returned undefined (nothing to confirm). */
  confirmation?: ToolConfirmationView;
  /** How the person answered the confirmation: true confirms. Undefined when there was nothing to confirm. */
  confirmed?: boolean;
  /** What the tool returned: it goes into the model's context. */
  result?: unknown;
  /** The message of the error the tool threw: the model sees it too. */
  error?: string;
}

export type LocalStorageValue = string | number | boolean;

interface HostConfig {
  assetsPath: string;
  /**
   * How long Raycast lets a background launch run before ending it. Raycast ties the real timeout to the command's
   * interval and does not document it; a few seconds is what a command can count on.
   */
  backgroundTimeoutMs: number;
  isDevelopment: boolean;
  /** The app in front when Raycast opened (each test starts with it in front again). */
  frontmostApplication: FrontmostApplication;
}

/** One browser tab as BrowserExtension.getTabs() reports it. */
export interface BrowserTab {
  active: boolean;
  id: number;
  url: string;
  title?: string;
  favicon?: string;
}

export interface BrowserExtensionModel {
  installed: boolean;
  tabs: BrowserTab[];
  failure?: Error;
  delayMs?: number;
}

function absentBrowserExtension(): BrowserExtensionModel {
  return { installed: false, tabs: [] };
}

/** Raycast's `Application`, as getFrontmostApplication() reports it. */
export interface FrontmostApplication {
  name: string;
  path: string;
  bundleId?: string;
  localizedName?: string;
  windowsAppId?: string;
}

const DEFAULT_BACKGROUND_TIMEOUT_MS = 5_000;

function freshSupportDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "raycast-host-support-"));
}

/**
 * Everything the stand-in @raycast/api records or stores. One per process; `resetHost()` clears it.
 * Fields are plain data so tests can read them directly.
 */
class HostState {
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

  readonly config: HostConfig = {
    assetsPath: "",
    backgroundTimeoutMs: DEFAULT_BACKGROUND_TIMEOUT_MS,
    isDevelopment: false,
    frontmostApplication: {
      name: "TextEdit",
      path: "/System/Applications/TextEdit.app",
      bundleId: "com.apple.TextEdit",
    },
  };

  /** @internal storage behind LocalStorage, Cache, stored dropdown/form values and registered commands. */
  readonly internal = {
    localStorage: new Map<string, LocalStorageValue>(),
    cache: new Map<string, Map<string, string>>(),
    storedValues: new Map<string, unknown>(),
    commands: new Map<string, CommandModule>(),
    /** Background refresh schedules per command (see enableBackgroundRefresh in api/system.ts). */
    refreshTimers: new Map<string, ReturnType<typeof setInterval>>(),
    startRefresh: undefined as ((name: string) => void) | undefined,
    duringNextRead: undefined as (() => unknown) | undefined,
    alertAnswers: [] as AlertAnswer[],
    defaultAlertAnswer: undefined as boolean | undefined,
    toolAnswers: [] as ToolAnswer[],
    supportPath: undefined as string | undefined,
    cleanups: new Set<() => void>(),
    /** The app in front now, when a test moved the focus (undefined: config.frontmostApplication; null: none). */
    front: undefined as FrontmostApplication | null | undefined,
    duringNextClose: undefined as (() => void) | undefined,
  };

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

  /** Queue answers for the next confirmAlert calls: true picks the primary action, false dismisses. */
  /**
   * Queue answers for the next alerts. A function is run (and awaited) while its alert is on screen and its result is
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

export const host = new HostState();
export type Host = HostState;

export function defaultAssetsPath(): string {
  return path.join(repoRoot(), "assets");
}

/**
 * Unmounts every running command and clears everything the host recorded or stored. Configuration
 * (`host.config`: assets path, frontmost application) is kept, but for the background timeout.
 */
export function resetHost(): void {
  for (const cleanup of [...host.internal.cleanups]) cleanup();
  host.internal.cleanups.clear();
  host.clipboard = undefined;
  host.clipboardHistory = [];
  host.clipboardClears = 0;
  host.pastes = [];
  host.toasts = [];
  host.huds = [];
  host.alerts = [];
  host.logs = [];
  host.launches = [];
  host.backgroundRuns = [];
  host.opened = [];
  host.openedPreferences = [];
  host.closedMainWindow = 0;
  host.windowClosures = [];
  host.popToRootCalls = 0;
  host.preferences = {};
  host.extensionPreferences = {};
  host.arguments = {};
  host.commandMetadata = {};
  host.drafts = {};
  host.errors = [];
  host.toolRuns = [];
  const internal = host.internal;
  internal.localStorage.clear();
  internal.cache.clear();
  internal.storedValues.clear();
  internal.commands.clear();
  for (const timer of internal.refreshTimers.values()) clearInterval(timer);
  host.config.backgroundTimeoutMs = DEFAULT_BACKGROUND_TIMEOUT_MS;
  internal.refreshTimers.clear();
  internal.alertAnswers.length = 0;
  internal.duringNextRead = undefined;
  releaseAllPauses();
  internal.front = undefined;
  internal.duringNextClose = undefined;
  internal.defaultAlertAnswer = undefined;
  internal.toolAnswers.length = 0;
  host.browserExtension = absentBrowserExtension();
  host.browserTabReads = 0;
  if (internal.supportPath) fs.rmSync(internal.supportPath, { recursive: true, force: true });
  internal.supportPath = undefined;
}

export function recordError(source: string, error: unknown): void {
  host.errors.push({ source, error });
}

export function closeWindow(reason: string): void {
  host.closedMainWindow += 1;
  host.windowClosures.push(reason);
  const during = host.internal.duringNextClose;
  host.internal.duringNextClose = undefined;
  during?.();
}
