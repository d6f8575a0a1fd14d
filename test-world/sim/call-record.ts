/** The simulated app's call log: what each call through the native boundary was and how it ended. */

export type CallKind = "init_client" | "invoke" | "release_client";

export interface CallRecord {
  /** The account as the SDK addressed it (the DesktopAuth string: a name or a UUID). */
  account: string;
  kind: CallKind;
  /** The invocation name (invoke only). */
  name?: string;
  /** The invocation parameters as the SDK sent them (invoke only). */
  parameters?: Record<string, unknown>;
  clientId?: number;
  /** When the call arrived, on the simulator's clock. */
  at: number;
  outcome: "pending" | "ok" | "error";
  error?: { name: string; message: string };
  /** The app carried the call out, but its answer was lost or held (see loseAnswerNext). */
  answerLost?: boolean;
}

/** An invocation name, a call kind ("init_client", "release_client"), "*" for every invocation, or a predicate. */
export type CallMatcher = string | ((call: CallRecord) => boolean);

export function matches(match: CallMatcher, record: CallRecord): boolean {
  if (typeof match === "function") return match(record);
  if (match === "*") return record.kind === "invoke";
  return match === record.name || (record.name === undefined && match === record.kind);
}
