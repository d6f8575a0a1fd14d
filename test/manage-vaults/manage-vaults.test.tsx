import { host, type Screen } from "../../test-world/host";
import { permissions as bits, type AccountHandle } from "../../test-world/sim";
import { bitsOf } from "../../src/lib/permissions";
import { forgetAllClients } from "../../src/onepassword/clients";
import { MetadataIndex } from "../../src/onepassword/metadata-index";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { openCommand, openCommandLoaded } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

const app = useSimulatedApp();

function addItems(account: AccountHandle, vaultId: string, count: number) {
  for (let i = 0; i < count; i++) account.addItem(vaultId, { title: `Login ${i + 1}`, category: "Login" });
}

const openVaults = (accounts = "Acme") => openCommandLoaded("manage-vaults", { preferences: { accounts } });

const row = (screen: Screen, title: string) => screen.items().find((item) => item.title === title);
const vaultOf = (account: AccountHandle, id: string) => account.state.vaults.get(id);

test("lists every vault with description, type, item count and date; Return opens its items", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const finance = acme.addVault({ title: "Finance", description: "Invoices and banking" });
  addItems(acme, finance, 12);
  acme.addVault({ title: "Private", type: "personal" });
  const screen = await openVaults();
  expect(screen.items().map((item) => item.title)).toEqual(["Finance", "Private"]);
  expect(row(screen, "Finance")).toMatchObject({ subtitle: "Invoices and banking", section: "Acme" });
  expect(row(screen, "Finance")?.accessories).toEqual(expect.arrayContaining(["12 items"]));
  expect(row(screen, "Private")?.accessories).toEqual(expect.arrayContaining(["Personal", "0 items"]));
  await screen.type("banking");
  expect(screen.items().map((item) => item.title)).toEqual(["Finance"]);
  expect(screen.actions().map((action) => [action.title, action.shortcut])).toEqual(
    expect.arrayContaining([
      ["Manage Permissions", "cmd+p"],
      ["Rename and Edit Description", "cmd+e"],
      ["Copy Vault ID", "cmd+shift+c"],
      ["Open in 1Password", "cmd+shift+o"],
      ["Delete Vault", "ctrl+x"],
    ]),
  );
  await screen.press("cmd+shift+c");
  expect(host.clipboard).toEqual({ text: finance, concealed: false });
  await screen.press("enter");
  expect(screen.depth()).toBe(2);
  expect(screen.navigationTitle()).toBe("Finance");
});

test("several accounts: sections per account and a remembered account dropdown", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const side = app().addAccount({ name: "Side", type: "teams" });
  acme.addVault({ title: "Finance" });
  side.addVault({ title: "Roadmap" });
  const screen = await openVaults("Acme, Side");
  await screen.waitFor((s) => s.items().length === 2);
  expect(screen.sections().map((section) => section.title)).toEqual(["Acme", "Side"]);
  await screen.chooseDropdown("Side");
  expect(screen.items().map((item) => item.title)).toEqual(["Roadmap"]);
  await screen.unmount();
  const again = await openVaults("Acme, Side");
  expect(again.dropdown()?.value).toBe("Side");
});

test("rename and edit the description; the list and the stored index follow", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const finance = acme.addVault({ title: "Finance" });
  acme.addVault({ title: "Legal" });
  await new MetadataIndex().refresh("Acme");
  const screen = await openVaults();
  await screen.select("Finance");
  await screen.press("cmd+e");
  expect(screen.kind()).toBe("Form");
  await screen.setValue("title", "");
  await screen.submit();
  expect(screen.fields().find((f) => f.id === "title")?.error).toBe("Enter a title.");
  await screen.setValue("title", "legal");
  expect(screen.fields().find((f) => f.id === "title")?.info).toContain("“Legal”");
  await screen.submit({ title: "Finance EU", description: "EU entities" });
  await screen.waitFor((s) => s.kind() === "List");
  expect(row(screen, "Finance EU")?.subtitle).toBe("EU entities");
  expect(vaultOf(acme, finance)).toMatchObject({ title: "Finance EU", description: "EU entities" });
  expect(new MetadataIndex().read("Acme")?.vaults.find((vault) => vault.id === finance)?.title).toBe("Finance EU");
  expect(host.toast?.title).toBe("Saved vault “Finance EU”");
});

test("delete asks first, naming the vault and its items; cancel leaves it; personal vaults cannot be deleted", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const finance = acme.addVault({ title: "Finance" });
  addItems(acme, finance, 12);
  acme.addVault({ title: "Private", type: "personal" });
  const screen = await openVaults();
  await screen.select("Finance");

  host.answerAlerts(false);
  await screen.press("ctrl+x");
  expect(host.alerts.at(-1)).toMatchObject({ title: "Delete “Finance” and its 12 items?", answer: false });
  expect(vaultOf(acme, finance)).toBeDefined();
  expect(row(screen, "Finance")).toBeDefined();
  expect(app().callsNamed("VaultsDelete")).toHaveLength(0);

  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => host.toast?.title === "Deleted vault “Finance”");
  expect(vaultOf(acme, finance)).toBeUndefined();
  expect(screen.items().map((item) => item.title)).toEqual(["Private"]);

  const alerts = host.alerts.length;
  await screen.select("Private");
  await screen.press("ctrl+x");
  expect(host.alerts).toHaveLength(alerts);
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "This Vault Cannot Be Deleted" });
  expect(host.toast?.message).toContain("personal vault");
  expectNoSecretLeak(app());
});

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

test("batch grant over 5 vaults with one permission error: 4 done, 1 failed, and the failed one stays selected", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const ids = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"].map((title) => acme.addVault({ title }));
  const developers = acme.addGroup({ title: "Developers" });
  const locked = ids[2] ?? "";
  app().denyVault(locked, ["manage"]);
  const screen = await openVaults();
  await screen.press("cmd+shift+a");
  expect(screen.navigationTitle()).toBe("Manage Vaults · 5 Selected");
  expect(screen.items().every((item) => item.accessories.includes("Selected"))).toBe(true);
  await screen.press("cmd+shift+g");
  expect(screen.navigationTitle()).toBe("Grant a Group to 5 Vaults");
  await screen.submit({ groupId: developers, preset: "View & Reveal" });
  await screen.waitFor((s) => s.kind() === "List" && host.toast?.style !== "ANIMATED");
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Granted access to 4 of 5 vaults" });
  expect(host.toast?.message).toContain("1 × Permission Denied");
  for (const id of ids) {
    expect(vaultOf(acme, id)?.groupAccess.get(developers)).toBe(id === locked ? undefined : bitsOf("viewAndReveal"));
  }
  expect(
    screen
      .items()
      .filter((item) => item.accessories.includes("Selected"))
      .map((item) => item.title),
  ).toEqual(["Charlie"]);
  expect(screen.navigationTitle()).toBe("Manage Vaults · 1 Selected");
});

test("batch revoke and batch delete over the selection", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const developers = acme.addGroup({ title: "Developers" });
  const vaults = ["Alpha", "Bravo", "Charlie"].map((title, index) => {
    const id = acme.addVault({ title });
    addItems(acme, id, [10, 14, 17][index] ?? 0);
    acme.grant(id, developers, bitsOf("view"));
    return id;
  });
  acme.addVault({ title: "Private", type: "personal" });
  const screen = await openVaults();
  for (const title of ["Alpha", "Bravo", "Charlie", "Private"]) {
    await screen.select(title);
    await screen.press("cmd+s");
  }
  await screen.press("cmd+shift+r");
  await screen.submit({ groupId: developers });
  await screen.waitFor(() => host.toast?.title === "Revoked access from 4 vaults");
  for (const id of vaults) expect(vaultOf(acme, id)?.groupAccess.has(developers)).toBe(false);

  // A batch that fully succeeds leaves nothing selected.
  expect(screen.navigationTitle()).toBe("Manage Vaults");
  for (const title of ["Alpha", "Bravo", "Charlie", "Private"]) {
    await screen.select(title);
    await screen.press("cmd+s");
  }
  host.answerAlerts(false);
  await screen.press("ctrl+shift+x");
  expect(host.alerts.at(-1)?.title).toBe("Delete 3 Vaults and 41 Items?");
  expect(host.alerts.at(-1)?.message).toContain("“Private” stays");
  expect(app().callsNamed("VaultsDelete")).toHaveLength(0);
  host.answerAlerts(true);
  await screen.press("ctrl+shift+x");
  await screen.waitFor(() => host.toast?.title === "Deleted 3 vaults");
  expect(screen.items().map((item) => item.title)).toEqual(["Private"]);
  expect(acme.vaultIds()).toHaveLength(1);
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

test("the first frame comes from the stored index, before 1Password answers", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  addItems(acme, acme.addVault({ title: "Finance" }), 3);
  await new MetadataIndex().refresh("Acme");
  forgetAllClients();
  app().resetCalls();
  const held = app().hang("VaultsList");
  const screen = await openCommand("manage-vaults");
  expect(screen.items().map((item) => [item.title, item.accessories.includes("3 items")])).toEqual([["Finance", true]]);
  expect(screen.isLoading()).toBe(true);
  acme.addVault({ title: "Legal" });
  held.release();
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  expect(
    new MetadataIndex()
      .read("Acme")
      ?.vaults.map((vault) => vault.title)
      .sort(),
  ).toEqual(["Finance", "Legal"]);
});

test("empty states: an account without vaults offers to create one; a search that hides every vault says so", async () => {
  app().addAccount({ name: "Acme", type: "business" });
  const empty = await openCommand("manage-vaults", { preferences: { accounts: "Acme" } });
  await empty.waitFor((s) => !s.isLoading() && s.emptyView() !== undefined);
  expect(empty.emptyView()?.title).toBe("No Vaults");
  expect(empty.actions().map((action) => [action.title, action.shortcut])).toEqual([["Create Vault", "cmd+n"]]);
  await empty.press("enter");
  expect(empty.kind()).toBe("Form");
  await empty.setValue("title", "First Vault");
  await empty.submit();
  // The form stays for another vault (its toast offers to open the new one); going back refreshes the list.
  await empty.waitFor(() => host.toasts.some((toast) => toast.title.includes("First Vault")));
  await empty.pop();
  await empty.waitFor((s) => s.kind() === "List" && s.items().some((item) => item.title === "First Vault"));

  await empty.type("zzz nothing");
  expect(empty.items()).toEqual([]);
  expect(empty.emptyView()?.title).toBe('No Vaults Match "zzz nothing"');
});
