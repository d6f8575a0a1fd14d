import { createElement, type ComponentType } from "react";
import { inAct } from "../act";
import { commandFunction } from "../api/system";
import { NavigationRoot } from "../components/navigation";
import { captureConsole } from "../console-capture";
import {
  isExtensionPreference,
  missingRequiredPreferences,
  runInCommand,
  setForegroundCommand,
  type CommandContext,
} from "../context";
import { LaunchType } from "../enums";
import { createHostRoot } from "../reconciler";
import { manifestCommand } from "../repo";
import type { CommandModule } from "../records";
import { host, recordError } from "../state";
import { Screen } from "./screen";
import { Session } from "./session";

export interface RunOptions {
  /** The manifest name of the command (drives preferences, arguments, mode and title); default "test-command". */
  commandName?: string;
  /** Preference values the user set; extension-wide ones are shared with every command. */
  preferences?: Record<string, unknown>;
  arguments?: Record<string, unknown>;
  launchType?: LaunchType;
  launchContext?: Record<string, unknown>;
  draftValues?: Record<string, unknown>;
  fallbackText?: string;
  /** Overrides the manifest's mode; commands not in the manifest default to "view". */
  mode?: "view" | "no-view";
}

function launchProps(commandName: string, options: RunOptions) {
  const declared = manifestCommand(commandName)?.arguments ?? [];
  const args: Record<string, unknown> = {};
  // Raycast passes every declared argument, empty when the user left an optional one blank.
  for (const argument of declared) args[argument.name] = "";
  Object.assign(args, options.arguments);
  const missing = declared.filter((argument) => argument.required && !args[argument.name]).map((a) => a.name);
  if (missing.length > 0) throw new Error(`Raycast would not launch ${commandName} without arguments: ${missing}`);
  host.arguments[commandName] = args;
  const props: Record<string, unknown> = {
    launchType: options.launchType ?? LaunchType.UserInitiated,
    arguments: args,
  };
  if (options.launchContext) props.launchContext = options.launchContext;
  if (options.draftValues) props.draftValues = options.draftValues;
  if (options.fallbackText !== undefined) props.fallbackText = options.fallbackText;
  return props;
}

function applyPreferences(commandName: string, preferences: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(preferences ?? {})) {
    if (isExtensionPreference(name)) host.extensionPreferences[name] = value;
    else host.preferences[commandName] = { ...host.preferences[commandName], [name]: value };
  }
  const missing = missingRequiredPreferences(commandName);
  if (missing.length > 0) {
    throw new Error(`Raycast would ask for required preferences before launching ${commandName}: ${missing}`);
  }
}

/**
 * Launches a command as Raycast would. A view command renders and returns a Screen; a no-view command (per the
 * manifest or `mode`) is awaited and its result returned.
 */
export async function runCommand(command: CommandModule, options: RunOptions & { mode: "no-view" }): Promise<unknown>;
export async function runCommand(command: CommandModule, options?: RunOptions): Promise<Screen>;
export async function runCommand(command: CommandModule, options: RunOptions = {}): Promise<Screen | unknown> {
  const fn = commandFunction(command);
  const commandName = options.commandName ?? "test-command";
  const mode = options.mode ?? manifestCommand(commandName)?.mode ?? "view";
  if (mode === "menu-bar") throw new Error("@raycast/api stand-in: menu-bar commands are not supported");
  applyPreferences(commandName, options.preferences);
  const props = launchProps(commandName, options);
  const context: CommandContext = {
    commandName,
    commandMode: mode,
    launchType: options.launchType ?? LaunchType.UserInitiated,
  };
  if (options.launchContext) context.launchContext = options.launchContext;

  // A Store install runs a command on its interval only once the person has opened it.
  const launchType = options.launchType ?? LaunchType.UserInitiated;
  if (launchType === LaunchType.UserInitiated && manifestCommand(commandName)?.interval) {
    if (host.internal.commands.has(commandName)) host.enableBackgroundRefresh(commandName);
  }

  if (mode === "no-view") {
    const release = captureConsole();
    try {
      return await runInCommand(context, () => fn(props));
    } finally {
      release();
    }
  }

  setForegroundCommand(context);
  const holder: { session?: Session } = {};
  const root = createHostRoot((source, error) => {
    recordError(source, error);
    if (holder.session && holder.session.crash === undefined) holder.session.crash = error;
  });
  const running = new Session(root, context);
  holder.session = running;
  const screen = new Screen(running);
  try {
    await runInCommand(context, () =>
      inAct(() =>
        root.render(
          createElement(NavigationRoot, {
            initial: createElement(fn as ComponentType<Record<string, unknown>>, props),
            onController: (controller) => {
              running.controller = controller;
            },
          }),
        ),
      ),
    );
    await screen.settle();
  } catch (error) {
    screen.noteCrash(error);
    screen.assertAlive();
    throw error;
  }
  return screen;
}

/** runCommand for a no-view command, typed as such. */
export function runNoViewCommand(command: CommandModule, options: Omit<RunOptions, "mode"> = {}): Promise<unknown> {
  return runCommand(command, { ...options, mode: "no-view" });
}
