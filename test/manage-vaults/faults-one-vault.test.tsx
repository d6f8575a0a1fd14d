import { bitsOf, type PresetId } from "../../src/lib/permissions";
import { host } from "../../test-world/host";
import { itemTitles } from "../../test-world/support/screen";
import { settledToast } from "../../test-world/support/faults";
import { openLoaded, TITLES, useVaultFaultWorld } from "./faults-world";

/** One vault under faults: unreadable permissions, an expired session, a rate limit, a permission set refused. */

const { app, seed } = useVaultFaultWorld();

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
