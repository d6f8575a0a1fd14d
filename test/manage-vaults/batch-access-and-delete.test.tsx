import { host } from "../../test-world/host";
import { bitsOf } from "../../src/lib/permissions";
import { useSimulatedApp } from "../../test-world/support/world";
import { addItems, openVaults, vaultOf } from "./manage-vaults-world";

/** Batch grant, revoke and delete over selected vaults, with a partial failure that stays selected. */

const app = useSimulatedApp();

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
