import { host } from "../../test-world/host";
import { permissions as bits } from "../../test-world/sim";
import { bitsOf } from "../../src/lib/permissions";
import { useSimulatedApp } from "../../test-world/support/world";
import { openVaults, row, vaultOf } from "./manage-vaults-world";

/** A vault's group access: names, grant, change and revoke; custom sets left alone; accounts without groups. */

const app = useSimulatedApp();

test("permissions: groups by name (id when unknown), grant, change and revoke", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const finance = acme.addVault({ title: "Finance" });
  const developers = acme.addGroup({ title: "Developers" });
  const auditors = acme.addGroup({ title: "Auditors" });
  const gone = acme.addGroup({ title: "Old Team" });
  acme.grant(finance, developers, bitsOf("viewAndReveal"));
  acme.grant(finance, gone, bitsOf("view"));
  acme.state.groups.delete(gone); // its name can no longer be fetched
  const screen = await openVaults();
  await screen.press("cmd+p");
  await screen.waitFor((s) => s.items().some((item) => item.title === "Developers"));
  expect(screen.navigationTitle()).toBe("Access to Finance");
  expect(screen.sections().map((section) => [section.title, section.items.map((i) => [i.title, i.subtitle])])).toEqual([
    [
      "Groups",
      [
        ["Developers", "View & Reveal"],
        [gone, "View Only"],
      ],
    ],
    ["Users", [[acme.userUuid, "Manage"]]],
  ]);

  // Grant: a group id that names no group is blamed on the field; a real one is granted. "View Only" (granular) is
  // offered because "Old Team" holds it: a Teams account could not, so this one is Business.
  await screen.press("cmd+n");
  expect(
    screen
      .fields()
      .find((f) => f.id === "preset")
      ?.options?.map((option) => option.title),
  ).toEqual(["View Only", "View & Reveal", "Edit", "Manage"]);
  await screen.submit({ groupId: "zzzzzzzzzzzzzzzzzzzzzzzzzz", preset: "Edit" });
  await screen.waitFor((s) => s.fields().find((f) => f.id === "groupId")?.error);
  expect(screen.fields().find((f) => f.id === "groupId")?.error).toBe("No group with this ID.");
  await screen.submit({ groupId: auditors });
  await screen.waitFor((s) => s.kind() === "List" && s.items().some((item) => item.title === "Auditors"));
  expect(vaultOf(acme, finance)?.groupAccess.get(auditors)).toBe(bitsOf("edit"));
  expect(row(screen, "Auditors")?.subtitle).toBe("Edit");

  // Change: a submenu of presets.
  await screen.select("Developers");
  await screen.runAction(["Change Access", "Manage"]);
  await screen.waitFor(() => row(screen, "Developers")?.subtitle === "Manage");
  expect(vaultOf(acme, finance)?.groupAccess.get(developers)).toBe(bitsOf("manage"));

  // Revoke: confirmed first.
  host.answerAlerts(false);
  await screen.press("ctrl+x");
  expect(vaultOf(acme, finance)?.groupAccess.has(developers)).toBe(true);
  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => row(screen, "Developers") === undefined && !screen.isLoading());
  expect(host.alerts.at(-1)?.title).toBe("Revoke “Developers”'s Access?");
  expect(vaultOf(acme, finance)?.groupAccess.has(developers)).toBe(false);
});

test("a custom permission set is shown as Custom with its flags, and nothing rewrites it", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const finance = acme.addVault({ title: "Finance" });
  const printers = acme.addGroup({ title: "Printers" });
  const unusual = bits.READ_ITEMS | bits.PRINT_ITEMS | bits.RECOVER_VAULT;
  acme.grant(finance, printers, unusual);
  const screen = await openVaults();
  await screen.press("cmd+p");
  await screen.waitFor(() => row(screen, "Printers"));
  expect(row(screen, "Printers")).toMatchObject({
    subtitle: "Custom",
    accessories: ["View items, Print items, Recover vault"],
  });
  // Looking, refreshing and opening the submenu change nothing.
  await screen.select("Printers");
  await screen.press("cmd+r");
  await screen.waitFor((s) => !s.isLoading());
  expect(
    screen
      .actions()
      .filter((a) => a.path[0] === "Change Access")
      .map((a) => a.icon),
  ).not.toContain("Checkmark");
  expect(app().callsNamed("VaultsUpdateGroupPermissions")).toHaveLength(0);
  expect(app().callsNamed("VaultsGrantGroupPermissions")).toHaveLength(0);
  expect(vaultOf(acme, finance)?.groupAccess.get(printers)).toBe(unusual);
});
test("an individual account: granting says group permissions are unavailable, and the view keeps saying so", async () => {
  const me = app().addAccount({ name: "Me", type: "individual" });
  me.addVault({ title: "Private", type: "personal" });
  me.addVault({ title: "Side Projects" });
  const screen = await openVaults("Me");
  await screen.select("Side Projects");
  await screen.press("cmd+p");
  await screen.waitFor((s) => !s.isLoading() && s.items().length > 0);
  await screen.press("cmd+n");
  await screen.submit({ groupId: "aaaaaaaaaaaaaaaaaaaaaaaaaa", preset: "View & Reveal" });
  await screen.waitFor(() => host.toast?.title === "Group Permissions Unavailable");
  expect(host.toast?.message).toBe(
    "Group permissions need a 1Password Business or Teams account; this account has none.",
  );
  await screen.waitFor((s) => s.kind() === "List");
  expect(row(screen, "Group Permissions Unavailable")).toBeDefined();
  expect(screen.actions().map((action) => action.title)).not.toContain("Grant Group Access");
});
