import type { CallMatcher } from "./call-record";

/** What a test hands the fault controls (app-faults.ts), and what they keep until a matching call arrives. */

export interface InjectedError {
  /** The error name the SDK maps to a class: "DesktopSessionExpired", "RateLimitExceeded", "AuthExpired", or any. */
  name?: string;
  message: string;
}

export interface RateLimitOptions {
  /** How many more invocations succeed before every further one fails with RateLimitExceeded. */
  remaining: number;
  /** Which invocations count (default "all"). */
  scope?: "all" | "read" | "write";
}

export interface HangHandle {
  /** Stops hanging new calls and lets the held ones proceed. */
  release(): void;
  /** How many calls are being held right now. */
  readonly held: number;
}

/** Wraps a text result that the simulator sends as is (not JSON-encoded): for malformed-result tests. */
export class RawResult {
  constructor(readonly text: string) {}
}

export interface Hang {
  match: CallMatcher;
  held: (() => void)[];
  active: boolean;
}

export interface LostAnswer {
  match: CallMatcher;
  message: string;
  late: boolean;
  held: (() => void)[];
  released: boolean;
}

/** The invocations a write-scoped rate limit counts. */
export const WRITES = new Set([
  "VaultsCreate",
  "VaultsUpdate",
  "VaultsDelete",
  "VaultsGrantGroupPermissions",
  "VaultsUpdateGroupPermissions",
  "VaultsRevokeGroupPermissions",
  "ItemsCreate",
  "ItemsCreateAll",
  "ItemsPut",
  "ItemsDelete",
  "ItemsDeleteAll",
  "ItemsArchive",
  "ItemsSharesCreate",
]);
