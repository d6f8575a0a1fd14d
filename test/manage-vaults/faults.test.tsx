import { bitsOf, type PresetId } from "../../src/lib/permissions";
import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { hasRowsOrEmptyView, openCommand, openCommandLoaded } from "../../test-world/support/commands";
import { itemTitles } from "../../test-world/support/screen";
import { advance, useFakeTimersHere, waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";
import {
  confirmThenLockMidBatch,
  expectRateLimitedThenTryAgain,
  PAST_AUTHORIZE,
  PAST_CALL,
  settledToast,
  succeededTwice,
} from "../../test-world/support/faults";

/** Fault injection over Manage Vaults: every fault ends on a screen with the error and a recovery that works. */

const app = useSimulatedApp();

const TITLES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];

function seed(name = "Acme"): { acme: AccountHandle; ids: string[]; developers: string } {
  const acme = app().addAccount({ name, type: "business" });
  const ids = TITLES.map((title) => acme.addVault({ title }));
  for (const id of ids) acme.addItem(id, { title: `Login in ${id.slice(0, 4)}`, category: "Login" });
  const developers = acme.addGroup({ title: "Developers" });
  return { acme, ids, developers };
}

const open = (accounts = "Acme") => openCommand("manage-vaults", { preferences: { accounts } });
const openLoaded = (accounts = "Acme") =>
  openCommandLoaded("manage-vaults", { preferences: { accounts }, until: hasRowsOrEmptyView });

const selectedTitles = (screen: Screen) =>
  screen
    .items()
    .filter((item) => item.accessories.includes("Selected"))
    .map((item) => item.title);
const grantedVault = (call: { parameters?: Record<string, unknown> }) => String(call.parameters?.vault_id);

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

describe("batches", () => {
  test("the app locks in the middle of a batch grant: the report matches 1Password, then unlock and retry finishes", async () => {
    const { acme, ids, developers } = seed();
    const screen = await openLoaded();
    await screen.press("cmd+shift+a");
    await screen.press("cmd+shift+g");
    app().lockedPrompt = "deny";
    // Two grants go through; the app locks while the other three are on their way.
    let grants = 0;
    const held = app().hang((call) => call.name === "VaultsGrantGroupPermissions" && ++grants >= 3);
    await screen.submit({ groupId: developers, preset: "View & Reveal" });
    await screen.waitFor(() => held.held === 3);
    app().lock();
    held.release();
    await screen.waitFor(() => settledToast());

    const granted = ids.filter((id) => acme.state.vaults.get(id)?.groupAccess.has(developers));
    const notGranted = TITLES.filter((_, index) => !granted.includes(ids[index] ?? ""));
    expect(granted).toEqual(ids.slice(0, 2));
    expect(host.toast).toMatchObject({
      style: "FAILURE",
      title: `Granted access to ${granted.length} of ${TITLES.length} vaults`,
    });
    expect(host.toast?.message).toContain(`${notGranted.length} failed`);
    // Exactly the vaults 1Password did not change stay selected, for the retry.
    await screen.waitFor((s) => s.kind() === "List");
    expect(selectedTitles(screen)).toEqual(notGranted);
    expect(succeededTwice(app(), "VaultsGrantGroupPermissions", grantedVault)).toEqual([]);

    app().unlock();
    const prompts = app().promptsShown("Acme");
    await screen.press("cmd+shift+g");
    await screen.submit({ groupId: developers, preset: "View & Reveal" });
    await screen.waitFor(() => settledToast()?.title === `Granted access to ${notGranted.length} vaults`);
    for (const id of ids) expect(acme.state.vaults.get(id)?.groupAccess.get(developers)).toBe(bitsOf("viewAndReveal"));
    expect(selectedTitles(screen)).toEqual([]);
    expect(app().promptsShown("Acme")).toBe(prompts + 1);
    expect(succeededTwice(app(), "VaultsGrantGroupPermissions", grantedVault)).toEqual([]);
    expectNoLeakOrCrash(app());
  });

  test("batch delete with one vault refused and the app locking: deleted vaults leave the list, the rest stay selected", async () => {
    const { acme, ids } = seed();
    const refused = ids[1] ?? "";
    app().denyVault(refused, ["manage"]);
    const screen = await openLoaded();
    await screen.press("cmd+shift+a");
    app().lockedPrompt = "deny";
    // Three deletes are answered (one refused); the app locks while the last two are on their way.
    let deletes = 0;
    const held = app().hang((call) => call.name === "VaultsDelete" && ++deletes >= 4);
    await confirmThenLockMidBatch(app(), screen, "ctrl+shift+x", held);

    const remaining = ids.filter((id) => acme.state.vaults.has(id));
    const deleted = ids.filter((id) => !remaining.includes(id));
    expect(deleted).toEqual([ids[0], ids[2]]);
    expect(host.toast?.title).toBe(`Deleted ${deleted.length} of ${TITLES.length} vaults`);
    expect(host.toast?.message).toContain("Permission Denied");
    const remainingTitles = TITLES.filter((_, index) => remaining.includes(ids[index] ?? ""));
    expect(itemTitles(screen)).toEqual(remainingTitles);
    expect(selectedTitles(screen)).toEqual(remainingTitles);
    expect(succeededTwice(app(), "VaultsDelete", grantedVault)).toEqual([]);

    // Recovery: unlock and allow the vault; the same batch deletes exactly what is left.
    app().unlock();
    app().allowVault(refused);
    host.answerAlerts(true);
    await screen.press("ctrl+shift+x");
    await screen.waitFor(() => settledToast()?.title === `Deleted ${remaining.length} vaults`);
    expect(acme.vaultIds()).toEqual([]);
    expect(succeededTwice(app(), "VaultsDelete", grantedVault)).toEqual([]);
    expectNoLeakOrCrash(app());
  });

  test("rate limits during a batch revoke: backoff, then every vault is reported once", async () => {
    const { acme, ids, developers } = seed();
    for (const id of ids) acme.grant(id, developers, bitsOf("view"));
    const screen = await openLoaded();
    await screen.press("cmd+shift+a");
    await screen.press("cmd+shift+r");
    // Two rejections in a row: the layer backs off (Math.random → 0: no real wait) and tries again.
    jest.spyOn(Math, "random").mockReturnValue(0);
    app().rateLimitNext("VaultsRevokeGroupPermissions");
    app().rateLimitNext("VaultsRevokeGroupPermissions");
    await screen.submit({ groupId: developers });
    await screen.waitFor(() => settledToast()?.title === `Revoked access from ${TITLES.length} vaults`);
    for (const id of ids) expect(acme.state.vaults.get(id)?.groupAccess.has(developers)).toBe(false);
    const revokes = app().callsNamed("VaultsRevokeGroupPermissions");
    expect(revokes.filter((call) => call.outcome === "error")).toHaveLength(2);
    expect(succeededTwice(app(), "VaultsRevokeGroupPermissions", grantedVault)).toEqual([]);
  });
});

describe("one vault", () => {
  test("a vault whose permissions cannot be read: the view says so, the others open, Try Again recovers", async () => {
    const { acme, ids, developers } = seed();
    acme.grant(ids[0] ?? "", developers, bitsOf("view"));
    acme.grant(ids[2] ?? "", developers, bitsOf("edit"));
    app().denyVault(ids[2] ?? "", ["read"]);
    const screen = await openLoaded();
    await screen.select("Charlie");
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading() && s.emptyView() !== undefined);
    expect(screen.emptyView()).toMatchObject({ title: "Permission Denied" });
    expect(screen.actions().map((action) => action.title)).toEqual([
      "Copy Error Details",
      "Try Again",
      "Check Connection",
    ]);
    await screen.pop();
    expect(itemTitles(screen)).toEqual(TITLES);
    await screen.select("Alpha");
    await screen.press("cmd+p");
    await screen.waitFor((s) => s.items().some((item) => item.title === "Developers"));
    await screen.pop();

    await screen.select("Charlie");
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading() && s.emptyView() !== undefined);
    app().allowVault(ids[2] ?? "");
    await screen.runAction("Try Again");
    await screen.waitFor((s) => s.items().find((item) => item.title === "Developers")?.subtitle === "Edit");
  });

  test("rename while the session has expired: the save works after the SDK's own re-authorization", async () => {
    const { acme, ids } = seed();
    const screen = await openLoaded();
    const prompts = app().promptsShown("Acme");
    app().clock.advance(10 * 60_000 + 1);
    await screen.select("Alpha");
    await screen.press("cmd+e");
    await screen.submit({ title: "Alpha EU" });
    await screen.waitFor((s) => s.kind() === "List" && itemTitles(s).includes("Alpha EU"));
    expect(acme.state.vaults.get(ids[0] ?? "")?.title).toBe("Alpha EU");
    expect(app().promptsShown("Acme")).toBe(prompts + 1);
    expect(app().callsNamed("VaultsUpdate")).toHaveLength(2); // the expired one, then the retried one
  });

  test("a rename refused by a rate limit keeps the form and what was typed; its toast retries", async () => {
    const { acme, ids } = seed();
    const screen = await openLoaded();
    jest.spyOn(Math, "random").mockReturnValue(0);
    app().rateLimit({ remaining: 0, scope: "write" });
    await screen.select("Bravo");
    await screen.press("cmd+e");
    await screen.submit({ title: "Bravo Renamed" });
    await screen.waitFor(() => settledToast()?.title === "Too Many Requests");
    expect(host.toast?.message).toMatch(/minute/);
    expect(host.toast?.primaryAction).toBe("Try Again");
    expect(screen.kind()).toBe("Form");
    expect(screen.formValues().title).toBe("Bravo Renamed");
    expect(acme.state.vaults.get(ids[1] ?? "")?.title).toBe("Bravo");
    app().rateLimit(null);
    await host.toast?.runPrimaryAction();
    await screen.waitFor((s) => s.kind() === "List" && itemTitles(s).includes("Bravo Renamed"));
    expect(acme.state.vaults.get(ids[1] ?? "")?.title).toBe("Bravo Renamed");
  });
});

describe("permission sets 1Password refuses", () => {
  async function grantOnTeams(preset: string, before?: () => void) {
    const side = app().addAccount({ name: "Side", type: "teams" });
    const roadmap = side.addVault({ title: "Roadmap" });
    const developers = side.addGroup({ title: "Developers" });
    const screen = await openLoaded("Side");
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading());
    await screen.press("cmd+n");
    before?.();
    await screen.submit({ groupId: developers, preset });
    await screen.waitFor(() => settledToast());
    return { screen, granted: () => side.state.vaults.get(roadmap)?.groupAccess.get(developers) };
  }

  test("a refused set is reported as such (not as missing access) and the form stays for another choice", async () => {
    // No preset offered here is refused (the next test): 1Password's refusal is injected, in its own words.
    const { screen, granted } = await grantOnTeams("View & Reveal", () =>
      app().failNext("VaultsGrantGroupPermissions", {
        message: "invalid vault permissions: 1056 is not available on a Teams account",
      }),
    );
    expect(host.toast).toMatchObject({ style: "FAILURE", title: "Permissions Not Accepted" });
    expect(screen.kind()).toBe("Form");
    expect(granted()).toBeUndefined();
    await screen.submit({ preset: "Manage" });
    await screen.waitFor((s) => s.kind() === "List" && s.items().some((item) => item.title === "Developers"));
    expect(granted()).toBe(bitsOf("manage"));
  });

  // Teams accounts have three broad sets (viewing, editing, managing); a finer preset would be refused there. The
  // account type cannot be asked, so an account not known to be Business is offered only presets both accept.
  test("on a Teams account, every preset the form offers is accepted", async () => {
    const side = app().addAccount({ name: "Side", type: "teams" });
    const roadmap = side.addVault({ title: "Roadmap" });
    const screen = await openLoaded("Side");
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading());
    await screen.press("cmd+n");
    const offered = screen.fields().find((f) => f.id === "preset")?.options ?? [];
    expect(offered.map((option) => option.title)).toEqual(["View & Reveal", "Edit", "Manage"]);
    for (const [index, option] of offered.entries()) {
      if (index > 0) await screen.press("cmd+n");
      const group = side.addGroup({ title: `${option.title} Group` });
      await screen.submit({ groupId: group, preset: option.value });
      await screen.waitFor(
        (s) => s.kind() === "List" && s.items().some((item) => item.title === `${option.title} Group`),
      );
      expect(side.state.vaults.get(roadmap)?.groupAccess.get(group)).toBe(bitsOf(option.value as PresetId));
    }
    expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
  });
});

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
