import { host } from "../../test-world/host";
import { field } from "../../test-world/support/screen";
import { settledToast, succeededTwice } from "../../test-world/support/faults";
import { titleOf, useCreateVaultFaultWorld, vaultTitles } from "./faults-world";

/** Create Vault when the grant fails or writes are rate limited: the report is exact and a retry creates each vault once. */

const { app, seed, openForm } = useCreateVaultFaultWorld();

test("the vault is created but the grant fails: the toast says so and the vault is not created again", async () => {
  const acme = seed();
  const developers = acme.addGroup({ title: "Developers" });
  app().failNext("VaultsGrantGroupPermissions", { message: "permission denied: you cannot manage this vault" });
  const screen = await openForm();
  await screen.submit({ title: "Launch", groupIds: developers, preset: "Edit" });
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Created vault “Launch” without all group access" });
  expect(host.toast?.message).toContain("Group access failed on “Launch” (Permission Denied)");
  const launch = [...acme.state.vaults.values()].find((vault) => vault.title === "Launch");
  expect(launch?.groupAccess.has(developers)).toBe(false);
  // The form is cleared: submitting again does not create a second “Launch”.
  expect(field(screen, "title")?.value).toBe("");
  expect(app().callsNamed("VaultsCreate")).toHaveLength(1);
});

test("rate limited on writes: the retries are bounded, the title stays, and a submit after the limit lifts creates it", async () => {
  const acme = seed();
  jest.spyOn(Math, "random").mockReturnValue(0);
  const screen = await openForm();
  app().rateLimit({ remaining: 0, scope: "write" });
  await screen.submit({ title: "Limited" });
  await screen.waitFor(() => settledToast()?.title === "Could not create vault “Limited”");
  expect(host.toast?.message).toContain("Too Many Requests");
  expect(host.toast?.message).toMatch(/minute/);
  expect(app().callsNamed("VaultsCreate")).toHaveLength(4);
  expect(field(screen, "title")?.value).toBe("Limited");
  app().rateLimit(null);
  await screen.submit();
  await screen.waitFor(() => settledToast()?.title === "Created vault “Limited”");
  expect(vaultTitles(acme)).toEqual(["Engineering", "Limited"]);
});

test("a rate limit that clears during the backoff creates every vault with no failure shown", async () => {
  const acme = seed();
  jest.spyOn(Math, "random").mockReturnValue(0);
  const screen = await openForm();
  await screen.setValue("several", true);
  await screen.setValue("titles", "One\nTwo\nThree");
  app().rateLimitNext("VaultsCreate");
  app().rateLimitNext("VaultsCreate");
  await screen.press("cmd+enter");
  await screen.waitFor(() => settledToast()?.title === "Created 3 vaults");
  expect(vaultTitles(acme)).toEqual(["Engineering", "One", "Three", "Two"]);
  expect(succeededTwice(app(), "VaultsCreate", titleOf)).toEqual([]);
  expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
});
