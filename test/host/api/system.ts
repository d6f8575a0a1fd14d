import { captureConsole } from "../console-capture";
import { currentCommand, preferenceValues, runInCommand, type CommandContext } from "../context";
import { LaunchType } from "../enums";
import { manifest, manifestCommand } from "../repo";
import { closeWindow, host, recordError, type BackgroundRun, type CommandModule } from "../state";

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

export async function getFrontmostApplication() {
  return { ...host.config.frontmostApplication };
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

function startBackgroundRun(
  name: string,
  module: CommandModule,
  launchContext: Record<string, unknown> | undefined,
  args: Record<string, unknown>,
): void {
  const fn = commandFunction(module);
  const context: CommandContext = { commandName: name, commandMode: "no-view", launchType: LaunchType.Background };
  if (launchContext) context.launchContext = launchContext;
  host.arguments[name] = args;
  const run: BackgroundRun = { name, finished: false, done: Promise.resolve() };
  run.done = (async () => {
    await Promise.resolve();
    const release = captureConsole();
    try {
      run.result = await runInCommand(context, () =>
        fn({ launchType: LaunchType.Background, launchContext, arguments: args }),
      );
    } catch (error) {
      run.error = error;
      recordError(`background command ${name}`, error);
    } finally {
      release();
      run.finished = true;
    }
  })();
  host.backgroundRuns.push(run);
}
