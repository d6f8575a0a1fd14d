import { format } from "node:util";
import { currentCommand } from "./context";
import type { LogRecord } from "./records";
import { host } from "./state";

const levels = ["log", "info", "warn", "error", "debug"] as const;
type Level = (typeof levels)[number];
type ConsoleMethod = (...args: unknown[]) => void;

let holders = 0;
let originals: Partial<Record<Level, ConsoleMethod>> = {};

/**
 * Captures console output into host.logs while at least one command runs; HOST_DEBUG=1 also prints it.
 * Returns the release function (idempotent).
 */
export function captureConsole(): () => void {
  if (holders === 0) {
    originals = {};
    for (const level of levels) {
      const original = console[level] as ConsoleMethod;
      originals[level] = original;
      console[level] = (...args: unknown[]) => {
        const record: LogRecord = { level, text: format(...args), command: currentCommand().commandName };
        host.logs.push(record);
        if (process.env.HOST_DEBUG === "1") original.apply(console, args);
      };
    }
  }
  holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) {
      for (const level of levels) {
        const original = originals[level];
        if (original) console[level] = original;
      }
    }
  };
}
