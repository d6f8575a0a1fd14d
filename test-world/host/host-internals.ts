import type { FrontmostApplication } from "./host-config";
import type { AlertAnswer, CommandModule, LocalStorageValue } from "./records";
import type { ToolAnswer } from "./tool-records";

/** Storage behind LocalStorage, Cache, stored dropdown/form values and registered commands, and queued answers. */
export function newHostInternals() {
  return {
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
}

export type HostInternals = ReturnType<typeof newHostInternals>;
