import { host } from "../../test-world/host";
import { forgetAllClients } from "../../src/onepassword/clients";
import { MetadataIndex } from "../../src/onepassword/metadata-index";
import { openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import { addItems, openVaults, row } from "./manage-vaults-world";

/** The Manage Vaults list: vaults with their details per account, the first frame from the stored index, empty states. */

const app = useSimulatedApp();

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
