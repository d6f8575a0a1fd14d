import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { settledToast, succeededTwice } from "../../test-world/support/faults";
import { titleOf, useCreateVaultFaultWorld, vaultTitles } from "./faults-world";

/** Create Vault when access is denied, the app locks or the session expires: nothing typed is lost, nothing is created twice. */

const { app, seed, openForm } = useCreateVaultFaultWorld();

test("quick create with the prompt denied: the form opens with the title, and submitting after approving creates it once", async () => {
  const acme = seed();
  acme.prompt = "deny";
  const screen = await openCommand("create-vault", { arguments: { title: "Q3 Launch" } });
  await screen.waitFor((s) => s.kind() === "Form" && settledToast() !== undefined);
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Access Not Granted" });
  expect(field(screen, "title")?.value).toBe("Q3 Launch");
  expect(host.huds).toEqual([]);
  acme.prompt = "approve";
  await screen.submit();
  await screen.waitFor(() => settledToast()?.title === "Created vault “Q3 Launch”");
  expect(vaultTitles(acme)).toEqual(["Engineering", "Q3 Launch"]);
  expect(succeededTwice(app(), "VaultsCreate", titleOf)).toEqual([]);
  expectNoLeakOrCrash(app());
});

test("several vaults, the app locks after two: exactly the three that failed stay in the field, and a retry creates them once", async () => {
  const acme = seed();
  const screen = await openForm();
  await screen.setValue("several", true);
  await screen.setValue("titles", "Alpha\nBravo\nCharlie\nDelta\nEcho");
  app().lockedPrompt = "deny";
  let creates = 0;
  app().hang((call) => {
    if (call.name === "VaultsCreate" && ++creates === 3) app().lock();
    return false;
  });
  await screen.press("cmd+enter");
  await screen.waitFor(() => settledToast()?.title.startsWith("Created"));
  expect(host.toast).toMatchObject({ style: "FAILURE", title: "Created 2 of 5 vaults" });
  expect(host.toast?.message).toContain("Could not create “Charlie”");
  expect(host.toast?.message).toContain("“Echo”");
  expect(vaultTitles(acme)).toEqual(["Alpha", "Bravo", "Engineering"]);
  expect(field(screen, "titles")?.value).toBe("Charlie\nDelta\nEcho");

  app().unlock();
  const prompts = acme.promptsShown;
  await screen.press("cmd+enter");
  await screen.waitFor(() => settledToast()?.title === "Created 3 vaults");
  expect(vaultTitles(acme)).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Engineering"]);
  expect(acme.promptsShown).toBe(prompts + 1);
  expect(succeededTwice(app(), "VaultsCreate", titleOf)).toEqual([]);
  expect(field(screen, "titles")?.value).toBe("");
  expectNoLeakOrCrash(app());
});

test("the session expires between two creates: the second works after the SDK re-authorizes, with one new prompt", async () => {
  const acme = seed();
  const screen = await openForm();
  await screen.submit({ title: "First" });
  await screen.waitFor(() => settledToast()?.title === "Created vault “First”");
  const prompts = acme.promptsShown;
  app().clock.advance(10 * 60_000 + 1);
  await screen.submit({ title: "Second" });
  await screen.waitFor(() => settledToast()?.title === "Created vault “Second”");
  expect(acme.promptsShown).toBe(prompts + 1);
  expect(vaultTitles(acme)).toEqual(["Engineering", "First", "Second"]);
  expect(succeededTwice(app(), "VaultsCreate", titleOf)).toEqual([]);
});
test("a group check that finds the account denied blames no field and keeps the form", async () => {
  const acme = seed();
  const developers = acme.addGroup({ title: "Developers" });
  const screen = await openForm();
  // 1Password locks before the check: the SDK authorizes again inside the group check, and the prompt is refused.
  app().lock();
  app().unlock();
  acme.prompt = "deny";
  await screen.submit({ title: "Guarded", groupIds: developers });
  await screen.waitFor(() => settledToast()?.title === "Access Not Granted");
  acme.prompt = "approve";
  expect(field(screen, "groupIds")?.error).toBeUndefined();
  expect(app().callsNamed("VaultsCreate")).toHaveLength(0);
  await screen.submit();
  await screen.waitFor(() => settledToast()?.title === "Created vault “Guarded”");
  expect([...acme.state.vaults.values()].find((vault) => vault.title === "Guarded")?.groupAccess.has(developers)).toBe(
    true,
  );
});
