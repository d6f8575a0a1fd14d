import { host } from "../../test-world/host";
import { itemTitles } from "../../test-world/support/screen";
import { advance, useFakeTimersHere, waitWithTime } from "../../test-world/support/timers";
import { expectRateLimitedThenTryAgain, PAST_AUTHORIZE, PAST_CALL } from "../../test-world/support/faults";
import { open, TITLES, useVaultFaultWorld } from "./faults-world";

/** Manage Vaults under fake timers: a hung listing, an unanswered prompt and rate limits each end with a way back. */

const { app, seed } = useVaultFaultWorld();

describe("hangs (fake timers)", () => {
  useFakeTimersHere();

  test("a listing that never answers ends after 30 s with a recovery that works once the app answers", async () => {
    seed();
    const hang = app().hang("VaultsList");
    const screen = await open();
    await waitWithTime(screen, () => hang.held > 0);
    await advance(PAST_CALL);
    await waitWithTime(screen, (s) => s.emptyView()?.title === "1Password Did Not Answer");
    expect(screen.emptyView()?.description).toMatch(/locked or waiting/);
    expect(screen.actions()[0]?.title).toBe("Authorize Again");
    hang.release();
    await screen.press("enter");
    await waitWithTime(screen, (s) => itemTitles(s).length === TITLES.length);
  });

  test("an authorization prompt nobody answers ends after 60 s; approving on Authorize Again loads the vaults", async () => {
    seed();
    app().account("Acme").prompt = "never";
    const screen = await open();
    await waitWithTime(screen, () => app().pendingPromptCount() > 0);
    await advance(PAST_CALL);
    expect(screen.emptyView()?.title).not.toBe("Waiting for Your Approval");
    await advance(PAST_AUTHORIZE - PAST_CALL);
    await waitWithTime(screen, (s) => s.emptyView()?.title === "Waiting for Your Approval");
    app().answerPendingPrompts("deny");
    app().account("Acme").prompt = "approve";
    await screen.press("enter");
    await waitWithTime(screen, (s) => itemTitles(s).length === TITLES.length);
  });

  test("rate limited until the retries run out: Too Many Requests, and Try Again after the limit lifts", async () => {
    seed();
    await expectRateLimitedThenTryAgain(app(), open, "VaultsList", (s) => itemTitles(s).length === TITLES.length);
  });

  test("a rate limit that clears during the backoff is never seen by the user", async () => {
    seed();
    app().rateLimitNext("VaultsList");
    app().rateLimitNext("VaultsList");
    const screen = await open();
    await waitWithTime(screen, (s) => itemTitles(s).length === TITLES.length, { step: 500, rounds: 40 });
    expect(
      app()
        .callsNamed("VaultsList")
        .map((call) => call.outcome),
    ).toEqual(["error", "error", "ok"]);
    expect(host.toasts).toEqual([]);
  });
});
