/**
 * Holding one command at one API call, to interleave two commands deterministically: Raycast runs each command in its
 * own worker, so any order of their calls can happen; a test picks the worst one. Kept apart from state.ts and
 * context.ts (which the API calls import) so that both can use it.
 */

/** The API calls a test can hold a command at. */
export type PausableCall =
  | "Clipboard.copy"
  | "Clipboard.readText"
  | "Clipboard.clear"
  | "LocalStorage.getItem"
  | "LocalStorage.setItem"
  | "LocalStorage.removeItem"
  | "LocalStorage.allItems";

export interface Pause {
  /** Resolves once the command has reached the call (and is held before it acts). */
  reached: Promise<void>;
  /** Lets the held call go on. */
  resume(): void;
  /** Ends the held call with this error instead, as a storage write that could not be made. */
  fail(error: Error): void;
}

interface PendingPause {
  call: PausableCall;
  command?: string;
  reach(): void;
  gate: Promise<void>;
  open(): void;
}

// A gate that is failed before the call reaches it must not count as an unhandled rejection.
const quiet = (gate: Promise<void>) => (gate.catch(() => undefined), gate);

const pending: PendingPause[] = [];

/** Holds the next `call` made by the command named `command` (by any command when omitted) until `resume()`. */
export function pauseBefore(call: PausableCall, options: { command?: string } = {}): Pause {
  let reach = (): void => undefined;
  let open = (): void => undefined;
  let fail: (error: Error) => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const gate = quiet(
    new Promise<void>((resolve, reject) => {
      open = resolve;
      fail = reject;
    }),
  );
  pending.push({ call, command: options.command, reach, gate, open });
  return { reached, resume: open, fail };
}

/** Awaited by the API call before it acts: held here if a test paused this call of this command. */
export async function pausePoint(call: PausableCall, commandName: string): Promise<void> {
  const index = pending.findIndex((p) => p.call === call && (p.command === undefined || p.command === commandName));
  if (index < 0) return;
  const [pause] = pending.splice(index, 1);
  pause!.reach();
  await pause!.gate;
}

/** resetHost: every held call goes on, and no pause is left for the next test. */
export function releaseAllPauses(): void {
  for (const pause of pending.splice(0)) pause.open();
}
