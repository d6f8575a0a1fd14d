import type { ToastStyle } from "./enums";

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

/** A value LocalStorage holds. */
export type LocalStorageValue = string | number | boolean;
