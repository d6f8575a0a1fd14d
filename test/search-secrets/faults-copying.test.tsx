import { host } from "../../test-world/host";
import { RawResult } from "../../test-world/sim";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { itemTitles } from "../../test-world/support/screen";
import { settledToast } from "../../test-world/support/faults";
import { openLoaded, password, showFirst, useSearchFaultWorld } from "./faults-world";

/** Copying from Search Secrets under faults: a lock, a malformed or cut-off answer, a rate limit; the next copy works. */

const { app, seed, lockDenying } = useSearchFaultWorld();

describe("copying", () => {
  test("after 10 minutes idle ↵ copies the password, through the SDK's re-authorization, with one new prompt", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    const prompts = seeded.acme.promptsShown;
    app().clock.advance(10 * 60_000 + 1);
    await showFirst(screen, "alpha key 2", "Alpha Key 2");
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === password(seeded, "Alpha Key 2"));
    expect(host.clipboard?.concealed).toBe(true);
    expect(seeded.acme.promptsShown).toBe(prompts + 1);
    expectNoLeakOrCrash(app());
  });

  test("a copy refused while locked says so; copying again after unlocking works", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    lockDenying();
    await showFirst(screen, "bravo key 1", "Bravo Key 1");
    await screen.press("enter");
    await screen.waitFor(() => settledToast());
    expect(["Access Not Granted", "1Password Is Locked"]).toContain(host.toast?.title);
    expect(host.toast?.style).toBe("FAILURE");
    expect(host.clipboard).toBeUndefined();
    app().unlock();
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === password(seeded, "Bravo Key 1"));
    expect(host.clipboard?.concealed).toBe(true);
    expectNoLeakOrCrash(app());
  });

  // showFailure is given no retry here, so for "Authorize Again"/"Try Again" errors the toast has no primary action:
  // the only way back is to find the row and press ↵ again (Search Environments' toasts retry the action).
  test("a failed copy's toast offers the recovery, and running it copies the value", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    lockDenying();
    await screen.press("enter");
    await screen.waitFor(() => settledToast());
    app().unlock();
    expect(host.toast?.primaryAction).toBe("Authorize Again");
    await host.toast?.runPrimaryAction();
    await screen.waitFor(() => host.clipboard?.concealed === true);
    expect(host.clipboard?.text).toBe(password(seeded, itemTitles(screen)[0] ?? ""));
  });

  test("a malformed item: a failure toast with its details, nothing copied; the next copy works", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    await showFirst(screen, "charlie key 3", "Charlie Key 3");
    await screen.settle();
    app().malformNext("ItemsGet", (result) => ({ ...(result as object), fields: "canary-not-a-list" }));
    await screen.press("enter");
    await screen.waitFor(() => settledToast()?.title === "Unexpected Answer from 1Password");
    expect(host.toast?.primaryAction).toBe("Copy Error Details");
    expect(host.clipboard).toBeUndefined();
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === password(seeded, "Charlie Key 3"));
    expectNoLeakOrCrash(app());
  });

  test("an answer cut off after a value: Copy Error Details puts the kind and position on the clipboard, no value", async () => {
    const seeded = seed();
    const screen = await openLoaded();
    await showFirst(screen, "charlie key 3", "Charlie Key 3");
    await screen.settle();
    const secret = password(seeded, "Charlie Key 3");
    app().malformNext("ItemsGet", () => new RawResult(`{"fields":[{"id":"password","value":"${secret}"} !`));
    await screen.press("enter");
    await screen.waitFor(() => settledToast()?.title === "Unexpected Answer from 1Password");
    expect(host.toast).toMatchObject({ primaryAction: "Copy Error Details", secondaryAction: "Check Connection" });
    await host.toast?.runPrimaryAction();
    expect(host.clipboard?.text).toMatch(/SyntaxError at position \d+/);
    expect(host.clipboard?.text).not.toContain(secret);
    expectNoLeakOrCrash(app());
  });

  test("a rate limit while copying is retried behind the scenes; the value arrives, no failure shown", async () => {
    const seeded = seed();
    jest.spyOn(Math, "random").mockReturnValue(0);
    const screen = await openLoaded();
    await showFirst(screen, "alpha key 4", "Alpha Key 4");
    await screen.settle();
    app().rateLimitNext("ItemsGet");
    app().rateLimitNext("ItemsGet");
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === password(seeded, "Alpha Key 4"));
    expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
  });
});
