import { host } from "../../test-world/host";
import { MetadataIndex } from "../../src/onepassword/metadata-index";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import { addItems, openVaults, row, vaultOf } from "./manage-vaults-world";

/** Renaming a vault and deleting one: the form's checks, the confirmation, and the list and stored index that follow. */

const app = useSimulatedApp();

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
