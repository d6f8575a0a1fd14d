import { bitsOf } from "../../src/lib/permissions";
import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { itemTitles } from "../../test-world/support/screen";
import { confirmThenLockMidBatch, settledToast, succeededTwice } from "../../test-world/support/faults";
import { grantedVault, openLoaded, selectedTitles, TITLES, useVaultFaultWorld } from "./faults-world";

/** Manage Vaults' batch grant, delete and revoke under faults: the report matches 1Password, and the retry finishes. */

const { app, seed } = useVaultFaultWorld();

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
