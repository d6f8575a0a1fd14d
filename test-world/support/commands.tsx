import { Action, ActionPanel, LaunchType, List } from "@raycast/api";
import { host, runCommand, runNoViewCommand, type CommandModule, type RunOptions, type Screen } from "../host";
import type { DesktopApp } from "../sim";
import * as checkConnection from "../../src/check-connection";
import * as clearClipboard from "../../src/clear-clipboard";
import * as createVault from "../../src/create-vault";
import * as generatePassword from "../../src/generate-password";
import * as manageVaults from "../../src/manage-vaults";
import * as saveItem from "../../src/save-item";
import * as searchEnvironments from "../../src/search-environments";
import * as searchSecrets from "../../src/search-secrets";
import { closeAfterTest } from "./world";

/** Launching the extension's view commands as a person would, for the account "Acme" unless told otherwise. */

const VIEW_COMMANDS = {
  "search-secrets": searchSecrets,
  "search-environments": searchEnvironments,
  "manage-vaults": manageVaults,
  "create-vault": createVault,
  "save-item": saveItem,
  "generate-password": generatePassword,
  "check-connection": checkConnection,
} satisfies Record<string, CommandModule>;

export type ViewCommandName = keyof typeof VIEW_COMMANDS;

export interface OpenOptions extends Omit<RunOptions, "commandName" | "mode"> {
  /** What to render instead of the command's source module (a probe around it, the built bundle). */
  module?: CommandModule;
}

/** Launches the command (preferences over `accounts: "Acme"`); the screen is unmounted after the test. */
export async function openCommand(name: ViewCommandName, options: OpenOptions = {}): Promise<Screen> {
  const { module, preferences, ...rest } = options;
  const screen = await runCommand(module ?? VIEW_COMMANDS[name], {
    ...rest,
    commandName: name,
    preferences: { accounts: "Acme", ...preferences },
  });
  return closeAfterTest(screen);
}

/**
 * A stand-in screen inside a running command (Search Secrets by default): one row whose one action runs `run`, for
 * driving a clipboard or keystroke path the way a person triggers it, without the rest of the screen.
 */
export async function openActionProbe(
  title: string,
  run: () => unknown,
  name: ViewCommandName = "search-secrets",
): Promise<Screen> {
  return openCommand(name, {
    module: () => (
      <List>
        <List.Item
          title="Secret"
          actions={
            <ActionPanel>
              <Action title={title} onAction={() => void run()} />
            </ActionPanel>
          }
        />
      </List>
    ),
  });
}

/** Done loading and showing rows. */
export const hasRows = (screen: Screen): boolean => !screen.isLoading() && screen.items().length > 0;

/** Done loading and showing rows or an empty view. */
export const hasRowsOrEmptyView = (screen: Screen): boolean =>
  !screen.isLoading() && (screen.items().length > 0 || screen.emptyView() !== undefined);

/** Launches the command and waits until `until` holds (default: rows are shown). */
export async function openCommandLoaded(
  name: ViewCommandName,
  options: OpenOptions & { until?: (screen: Screen) => boolean } = {},
): Promise<Screen> {
  const { until = hasRows, ...launch } = options;
  const screen = await openCommand(name, launch);
  await screen.waitFor(until);
  return screen;
}

/** Whether the app answered a vault listing: successfully, or at all with `anyAnswer`. */
export const vaultsListed =
  (app: DesktopApp, anyAnswer = false) =>
  (): boolean =>
    app.callsNamed("VaultsList").some((call) => (anyAnswer ? call.outcome !== "pending" : call.outcome === "ok"));

/** Opens Create Vault's form once it knows the account's vaults (for the duplicate warning). */
export async function openCreateVaultForm(app: DesktopApp, preferences: Record<string, unknown> = {}): Promise<Screen> {
  const screen = await openCommand("create-vault", { preferences });
  await screen.waitFor(vaultsListed(app));
  await screen.settle();
  return screen;
}

/** Runs Clear Copied Secret: by hand by default, or as Raycast's background launch or interval tick. */
export function runClearClipboard(launchType?: LaunchType, launchContext?: Record<string, unknown>): Promise<unknown> {
  return runNoViewCommand(clearClipboard, {
    commandName: "clear-clipboard",
    launchType,
    launchContext,
    preferences: { accounts: "Acme" },
  });
}

/**
 * As after the person opened Clear Copied Secret once: Raycast runs it on its manifest interval (each launch ended
 * after the host's timeout), and one tick has run, so a copy knows its clear is guaranteed.
 */
export async function turnOnBackgroundClear(): Promise<void> {
  host.registerCommand("clear-clipboard", clearClipboard);
  host.enableBackgroundRefresh("clear-clipboard");
  await runClearClipboard(LaunchType.Background);
}
