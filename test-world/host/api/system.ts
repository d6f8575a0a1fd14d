import { captureConsole } from "../console-capture";
import { currentCommand, preferenceValues, runInCommand, type CommandContext } from "../context";
import { LaunchType } from "../enums";
import { manifest, manifestCommand } from "../repo";
import type { BackgroundRun, CommandModule } from "../records";
import { closeWindow, host, recordError } from "../state";

/** What the API needs from the view the user is looking at (set by the driver while a view command runs). */
export interface ForegroundBridge {
  popToRoot(): void;
  clearSearchBar(): void;
}

let bridge: ForegroundBridge | undefined;

export function setForegroundBridge(next: ForegroundBridge | undefined): void {
  bridge = next;
}

export function commandFunction(module: CommandModule): (props: Record<string, unknown>) => unknown {
  const fn = typeof module === "function" ? module : module.default;
  if (typeof fn !== "function") throw new Error("@raycast/api stand-in: the command module has no default export");
  return fn as (props: Record<string, unknown>) => unknown;
}

export async function open(target: string, application?: unknown): Promise<void> {
  void application;
  host.opened.push(target);
}

export async function closeMainWindow(options?: { clearRootSearch?: boolean; popToRootType?: string }) {
  void options;
  closeWindow("closeMainWindow");
}

export async function popToRoot(options?: { clearSearchBar?: boolean }): Promise<void> {
  host.popToRootCalls += 1;
  bridge?.popToRoot();
  if (options?.clearSearchBar) bridge?.clearSearchBar();
}

export async function clearSearchBar(options?: { forceScrollToTop?: boolean }): Promise<void> {
  void options;
  bridge?.clearSearchBar();
}

export async function openExtensionPreferences(): Promise<void> {
  host.openedPreferences.push("extension");
}

export async function openCommandPreferences(): Promise<void> {
  host.openedPreferences.push("command");
}

export function getPreferenceValues<T = Record<string, unknown>>(): T {
  return preferenceValues(currentCommand().commandName) as T;
}

/** The app in front (never Raycast itself); rejects, as Raycast does, when no application is in front. */
export async function getFrontmostApplication() {
  const front = host.frontmostApplication;
  if (!front) throw new Error("No frontmost application found");
  return front;
}

export async function updateCommandMetadata(metadata: { subtitle?: string | null }): Promise<void> {
  host.commandMetadata[currentCommand().commandName] = { ...metadata };
}

export function captureException(exception: unknown): void {
  recordError("captureException", exception);
}

interface LaunchOptions {
  name: string;
  type: LaunchType;
  context?: Record<string, unknown>;
  arguments?: Record<string, unknown>;
  fallbackText?: string;
  extensionName?: string;
  ownerOrAuthorName?: string;
}

/**
 * Records the launch. A background launch of a command registered with host.registerCommand runs it in-process,
 * after this promise resolves (Raycast's resolves when the command was launched, not when it finished).
 */
export async function launchCommand(options: LaunchOptions): Promise<void> {
  host.launches.push({ ...options });
  const ownExtension = options.extensionName === undefined || options.extensionName === manifest().name;
  if (!ownExtension) return;
  const declared = manifestCommand(options.name);
  const registered = host.internal.commands.get(options.name);
  if (!declared && !registered) throw new Error(`Command "${options.name}" does not exist`);
  if (!registered || options.type !== LaunchType.Background) return;
  if (declared && declared.mode === "view") {
    throw new Error(`@raycast/api stand-in: background launch of the view command "${options.name}" is not supported`);
  }
  startBackgroundRun(options.name, registered, options.context, options.arguments ?? {});
}

/** "10s", "5m", "1h", "1d" in ms; Raycast's minimum is 10 s. */
export function intervalMs(interval: string): number {
  const match = /^(\d+)([smhd])$/.exec(interval);
  if (!match) throw new Error(`@raycast/api stand-in: invalid interval "${interval}"`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "s" | "m" | "h" | "d"];
  const ms = Number(match[1]) * unit;
  if (ms < 10_000) throw new Error(`@raycast/api stand-in: interval "${interval}" is below Raycast's minimum of 10s`);
  return ms;
}

/**
 * Raycast ends a background launch after a timeout (tied to the command's interval, so that launches never overlap):
 * from then on nothing the command does takes effect (see haltIfEnded), and its run counts as finished.
 */
function startBackgroundRun(
  name: string,
  module: CommandModule,
  launchContext: Record<string, unknown> | undefined,
  args: Record<string, unknown>,
  timeoutMs: number = host.config.backgroundTimeoutMs,
): void {
  const fn = commandFunction(module);
  const context: CommandContext = { commandName: name, commandMode: "no-view", launchType: LaunchType.Background };
  if (launchContext) context.launchContext = launchContext;
  host.arguments[name] = args;
  const run: BackgroundRun = { name, finished: false, endedByTimeout: false, done: Promise.resolve() };
  const release = captureConsole();
  const work = (async () => {
    await Promise.resolve();
    try {
      run.result = await runInCommand(context, () =>
        fn({ launchType: LaunchType.Background, launchContext, arguments: args }),
      );
    } catch (error) {
      if (context.ended) return;
      run.error = error;
      recordError(`background command ${name}`, error);
    }
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ended = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      context.ended = true;
      run.endedByTimeout = true;
      resolve();
    }, timeoutMs);
    timer.unref?.();
  });
  const cleanup = () => {
    context.ended = true;
    clearTimeout(timer);
  };
  host.internal.cleanups.add(cleanup);
  run.done = Promise.race([work, ended]).finally(() => {
    clearTimeout(timer);
    host.internal.cleanups.delete(cleanup);
    release();
    run.finished = true;
  });
  host.backgroundRuns.push(run);
}

/**
 * Background refresh: Raycast launches the command every `interval` of the manifest (here: exactly on time), each
 * launch ended after its timeout, and a tick is skipped while the previous launch still runs.
 */
export function enableBackgroundRefresh(name: string): void {
  if (host.internal.refreshTimers.has(name)) return;
  const interval = manifestCommand(name)?.interval;
  if (!interval) throw new Error(`@raycast/api stand-in: "${name}" has no interval in the manifest`);
  const every = intervalMs(interval);
  const timer = setInterval(() => {
    const module = host.internal.commands.get(name);
    const busy = host.backgroundRuns.some((run) => run.name === name && !run.finished);
    if (!module || busy) return;
    startBackgroundRun(name, module, undefined, {}, Math.min(host.config.backgroundTimeoutMs, every));
  }, every);
  timer.unref?.();
  host.internal.refreshTimers.set(name, timer);
}

host.internal.startRefresh = enableBackgroundRefresh;
