import * as fs from "node:fs";
import * as path from "node:path";
import { absentBrowserExtension } from "./browser-extension-model";
import { DEFAULT_BACKGROUND_TIMEOUT_MS } from "./host-config";
import { HostState } from "./host-state";
import { releaseAllPauses } from "./pause";
import { repoRoot } from "./repo";

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
