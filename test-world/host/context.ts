import { AsyncLocalStorage } from "node:async_hooks";
import { BrowserExtension } from "./api/browser";
import { LaunchType } from "./enums";
import { manifest, manifestCommand, type ManifestPreference } from "./repo";
import { defaultAssetsPath, host } from "./state";

/** Which command is running. Raycast runs each command in its own worker; the host keeps one per async chain. */
export interface CommandContext {
  commandName: string;
  commandMode: "view" | "no-view" | "menu-bar";
  launchType: LaunchType;
  launchContext?: Record<string, unknown>;
  /** Set when Raycast ended the command (its view closed, or a background launch ran past its timeout). */
  ended?: boolean;
}

const storage = new AsyncLocalStorage<CommandContext>();
let foreground: CommandContext = { commandName: "", commandMode: "view", launchType: LaunchType.UserInitiated };

export function currentCommand(): CommandContext {
  return storage.getStore() ?? foreground;
}

/** The view command the user is looking at; callbacks that React runs outside any async chain see it. */
export function setForegroundCommand(context: CommandContext): void {
  foreground = context;
}

const never = new Promise<never>(() => undefined);

/**
 * Awaited first by every API call that has an effect. Raycast ends a command by terminating its worker, so nothing a
 * timer or a pending promise of an ended command does afterwards happens: here such a call simply never returns.
 */
export function haltIfEnded(): Promise<void> {
  // Only the async context counts: code a test runs directly, outside any command, is never halted.
  return storage.getStore()?.ended ? never : Promise.resolve();
}

export function runInCommand<T>(context: CommandContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The `environment` export: a live view of the running command and the host configuration. */
export const environment = {
  raycastVersion: "1.104.0",
  get ownerOrAuthorName(): string {
    return manifest().owner ?? manifest().author ?? "";
  },
  get extensionName(): string {
    return manifest().name;
  },
  get commandName(): string {
    return currentCommand().commandName;
  },
  get commandMode(): CommandContext["commandMode"] {
    return currentCommand().commandMode;
  },
  get launchType(): LaunchType {
    return currentCommand().launchType;
  },
  get launchContext(): Record<string, unknown> | undefined {
    return currentCommand().launchContext;
  },
  get assetsPath(): string {
    return host.config.assetsPath || defaultAssetsPath();
  },
  set assetsPath(value: string) {
    host.config.assetsPath = value;
  },
  get supportPath(): string {
    return host.supportPath;
  },
  get isDevelopment(): boolean {
    return host.config.isDevelopment;
  },
  appearance: "dark" as const,
  theme: "dark" as const,
  textSize: "medium" as const,
  /** Only the Browser Extension is modelled: accessible when a test installed it (`host.browserExtension`). */
  canAccess(api: unknown): boolean {
    return api === BrowserExtension && host.browserExtension.installed;
  },
};

function declaredPreferences(commandName: string): ManifestPreference[] {
  return [...(manifest().preferences ?? []), ...(manifestCommand(commandName)?.preferences ?? [])];
}

/** Manifest defaults, then extension-wide values, then the command's own values, like Raycast merges them. */
export function preferenceValues(commandName: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const preference of declaredPreferences(commandName)) {
    if (preference.default !== undefined) values[preference.name] = preference.default;
    else if (preference.type === "checkbox") values[preference.name] = false;
  }
  return { ...values, ...host.extensionPreferences, ...host.preferences[commandName] };
}

/** Raycast shows its preferences screen instead of launching a command whose required preferences are empty. */
export function missingRequiredPreferences(commandName: string): string[] {
  if (!manifestCommand(commandName)) return [];
  const values = preferenceValues(commandName);
  return declaredPreferences(commandName)
    .filter((preference) => preference.required)
    .filter((preference) => values[preference.name] === undefined || values[preference.name] === "")
    .map((preference) => preference.name);
}

export function isExtensionPreference(name: string): boolean {
  return (manifest().preferences ?? []).some((preference) => preference.name === name);
}
