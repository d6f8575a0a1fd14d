import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { advance, useFakeTimersHere, waitWithTime } from "../../test-world/support/timers";
import { expectRateLimitedThenTryAgain, PAST_CALL, settledToast } from "../../test-world/support/faults";
import { open, password, useSearchFaultWorld } from "./faults-world";

/** Search Secrets under fake timers: a hung copy, retries that run out and an unanswered prompt each end with a way back. */

const { app, seed } = useSearchFaultWorld();

describe("fake timers", () => {
  useFakeTimersHere();

  test("a copy that hangs ends after 30 s with the error; copying again once the app answers works", async () => {
    const seeded = seed();
    const screen = await open();
    await waitWithTime(screen, (s) => !s.isLoading() && s.items().length === 13);
    await screen.type("bravo key 4");
    await waitWithTime(screen, (s) => s.items()[0]?.title === "Bravo Key 4");
    await advance(1_000); // the selected row's fields load after a short delay
    const hang = app().hang("ItemsGet");
    await screen.press("enter");
    await waitWithTime(screen, () => hang.held > 0);
    await advance(PAST_CALL);
    await waitWithTime(screen, () => settledToast()?.title === "1Password Did Not Answer");
    expect(host.clipboard).toBeUndefined();
    hang.release();
    await screen.press("enter");
    await waitWithTime(screen, () => host.clipboard?.text === password(seeded, "Bravo Key 4"));
    // The late answer of the timed-out call copied nothing: one write of the value.
    expect(host.clipboardHistory.filter((write) => write.text === password(seeded, "Bravo Key 4"))).toHaveLength(1);
    expectNoLeakOrCrash(app());
  });

  test("rate limited until the retries run out: Too Many Requests with Try Again, which loads once lifted", async () => {
    seed();
    await expectRateLimitedThenTryAgain(app(), open, "VaultsList", (s) => s.items().length === 13);
  });

  test("an unanswered authorization prompt ends after 60 s with Authorize Again, which loads once approved", async () => {
    const { acme } = seed();
    acme.prompt = "never";
    const screen = await open();
    await waitWithTime(screen, () => app().pendingPromptCount() > 0);
    await advance(61_000);
    await waitWithTime(screen, (s) => s.emptyView()?.title === "Waiting for Your Approval");
    app().answerPendingPrompts("deny");
    acme.prompt = "approve";
    await screen.press("enter");
    await waitWithTime(screen, (s) => s.items().length === 13);
  });
});
