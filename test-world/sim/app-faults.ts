import { AppData } from "./app-data";
import { matches, type CallMatcher, type CallRecord } from "./call-record";
import { MESSAGES, SimError } from "./errors";
import {
  WRITES,
  type Hang,
  type HangHandle,
  type InjectedError,
  type LostAnswer,
  type RateLimitOptions,
} from "./fault-types";
import type { ItemFailure, ItemFailureType } from "./handler-context";

/** The simulated app's fault injection: hangs, queued failures, rate limits, malformed results and lost answers. */
export class AppFaults extends AppData {
  protected hangs: Hang[] = [];
  protected failures: { match: CallMatcher; error: InjectedError }[] = [];
  protected malforms: { match: CallMatcher; transform: (result: unknown) => unknown }[] = [];
  protected lostAnswers: LostAnswer[] = [];
  protected rate: Required<RateLimitOptions> | undefined;
  protected readonly itemFailures = new Map<string, ItemFailure>();

  /** Holds matching calls unanswered until the handle is released. */
  hang(match: CallMatcher): HangHandle {
    const hang: Hang = { match, held: [], active: true };
    this.hangs.push(hang);
    return {
      release: () => {
        hang.active = false;
        this.hangs = this.hangs.filter((h) => h !== hang);
        for (const resume of hang.held.splice(0)) resume();
      },
      get held() {
        return hang.held.length;
      },
    };
  }

  /** The next matching call fails with this error (queued: several calls fail in order). */
  failNext(match: CallMatcher, error: InjectedError = { message: "injected failure" }): void {
    this.failures.push({ match, error });
  }

  /** The next matching invocation fails with RateLimitExceeded. */
  rateLimitNext(match: CallMatcher = "*"): void {
    this.failNext(match, { name: "RateLimitExceeded", message: MESSAGES.rateLimited });
  }

  /** Allows `remaining` more invocations, then fails the rest with RateLimitExceeded; null lifts the limit. */
  rateLimit(options: RateLimitOptions | null): void {
    this.rate = options ? { remaining: options.remaining, scope: options.scope ?? "all" } : undefined;
  }

  /** Rewrites the result of the next matching invocation (return a RawResult to send text that is not JSON). */
  malformNext(match: CallMatcher, transform: (result: unknown) => unknown): void {
    this.malforms.push({ match, transform });
  }

  /**
   * The next matching call is carried out (an item created, a vault renamed), but its answer does not arrive: the
   * connection drops with `message` (the native layer's own words by default), or with `late` the answer is held
   * until the handle is released, as an app that stalls after the write.
   */
  loseAnswerNext(match: CallMatcher, options: { message?: string; late?: boolean } = {}): HangHandle {
    const lost: LostAnswer = {
      match,
      message: options.message ?? MESSAGES.connectionDropped,
      late: options.late === true,
      held: [],
      released: false,
    };
    this.lostAnswers.push(lost);
    return {
      release: () => {
        lost.released = true;
        for (const resume of lost.held.splice(0)) resume();
      },
      get held() {
        return lost.held.length;
      },
    };
  }

  /** Batch entries for these item ids (or, in ItemsCreateAll, titles) fail with this type until cleared. */
  failItems(idsOrTitles: string[], type: ItemFailureType, message?: string): void {
    const failure: ItemFailure = message !== undefined ? { type, message } : { type };
    if ((type === "internal" || type === "itemValidationError") && message === undefined) failure.message = "injected";
    for (const key of idsOrTitles) this.itemFailures.set(key, failure);
  }

  clearItemFailures(): void {
    this.itemFailures.clear();
  }

  protected async holdIfHung(record: CallRecord): Promise<void> {
    const hang = this.hangs.find((h) => h.active && matches(h.match, record));
    if (hang) await new Promise<void>((resolve) => hang.held.push(resolve));
  }

  protected takeInjected<T extends { match: CallMatcher }>(list: T[], record: CallRecord): T | undefined {
    const index = list.findIndex((entry) => matches(entry.match, record));
    if (index < 0) return undefined;
    return list.splice(index, 1)[0];
  }

  /** Counts the invocation against the rate limit, if one is set and covers it; fails it once none is left. */
  protected chargeRateLimit(name: string): void {
    if (this.rate && (this.rate.scope === "all" || (this.rate.scope === "write") === WRITES.has(name))) {
      if (this.rate.remaining <= 0) throw new SimError("RateLimitExceeded", MESSAGES.rateLimited);
      this.rate.remaining--;
    }
  }
}
