import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { itemTitles } from "../../test-world/support/screen";
import { openLoaded, TITLES, useVaultFaultWorld } from "./faults-world";

/** Manage Vaults' list under faults: a denied prompt, a malformed answer, one account failing, an expired session. */

const { app, seed } = useVaultFaultWorld();

describe("loading the list", () => {
  test("a denied prompt shows Access Not Granted; Authorize Again with the prompt approved brings the vaults", async () => {
    seed();
    app().account("Acme").prompt = "deny";
    const screen = await openLoaded();
    expect(screen.emptyView()).toMatchObject({ title: "Access Not Granted" });
    expect(screen.actions()[0]?.title).toBe("Authorize Again");
    const prompts = app().promptsShown("Acme");
    app().account("Acme").prompt = "approve";
    await screen.press("enter");
    await screen.waitFor((s) => itemTitles(s).length === TITLES.length);
    expect(app().promptsShown("Acme")).toBe(prompts + 1);
    expectNoLeakOrCrash(app());
  });

  test("a malformed answer says so, offers the details, and Try Again loads the list", async () => {
    seed();
    app().malformNext("VaultsList", () => [{ id: 42, title: "canary-malformed-title" }]);
    const screen = await openLoaded();
    expect(screen.emptyView()).toMatchObject({ title: "Unexpected Answer from 1Password" });
    expect(screen.actions().map((action) => action.title)).toEqual([
      "Copy Error Details",
      "Try Again",
      "Check Connection",
    ]);
    await screen.runAction("Copy Error Details");
    expect(host.clipboard?.text).toMatch(/malformed result/);
    expect(host.clipboard?.text).not.toContain("canary-malformed-title");
    await screen.runAction("Try Again");
    await screen.waitFor((s) => itemTitles(s).length === TITLES.length);
    expectNoLeakOrCrash(app());
  });

  test("one account failing keeps the other's vaults, with an error row that recovers", async () => {
    seed();
    const side = app().addAccount({ name: "Side", type: "teams", prompt: "deny" });
    side.addVault({ title: "Roadmap" });
    const screen = await openLoaded("Acme, Side");
    expect(itemTitles(screen)).toEqual([...TITLES, "Access Not Granted"]);
    const errorRow = screen.items().find((item) => item.title === "Access Not Granted");
    expect(errorRow?.section).toBe("Side");
    side.prompt = "approve";
    await screen.select("Access Not Granted");
    await screen.press("enter");
    await screen.waitFor((s) => itemTitles(s).includes("Roadmap") && !itemTitles(s).includes("Access Not Granted"));
    expect(itemTitles(screen)).toEqual([...TITLES, "Roadmap"]);
  });

  test("an expired session (10 min idle) re-authorizes inside the SDK: Refresh works with exactly one new prompt", async () => {
    const { acme } = seed();
    const screen = await openLoaded();
    const prompts = app().promptsShown("Acme");
    app().clock.advance(10 * 60_000 + 1);
    expect(app().sessionActive("Acme")).toBe(false);
    acme.addVault({ title: "Foxtrot" });
    app().resetCalls();
    await screen.press("cmd+r");
    await screen.waitFor((s) => !s.isLoading() && itemTitles(s).includes("Foxtrot"));
    expect(app().promptsShown("Acme")).toBe(prompts + 1);
    expect(app().calls.map((call) => call.name ?? call.kind)).toEqual(["VaultsList", "init_client", "VaultsList"]);
    expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
  });
});
