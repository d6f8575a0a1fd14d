import { host, type Screen } from "../../test-world/host";
import type { AccountHandle, CallRecord } from "../../test-world/sim";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand, vaultsListed } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { advance, useFakeTimersHere, waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";
import { PAST_CALL, settledToast, succeededTwice } from "../../test-world/support/faults";

/** Fault injection over Create Vault: nothing typed is lost, every title is reported once, none is created twice. */

const app = useSimulatedApp();

function seed(): AccountHandle {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  acme.addItem(acme.addVault({ title: "Engineering" }), { title: "GitHub", category: "Login" });
  return acme;
}

async function openForm(options: { fakeTimers?: boolean } = {}): Promise<Screen> {
  const screen = await openCommand("create-vault");
  const listed = vaultsListed(app(), true);
  if (options.fakeTimers) await waitWithTime(screen, listed);
  else await screen.waitFor(listed);
  await screen.settle();
  return screen;
}

const titleOf = (call: CallRecord) => String((call.parameters?.params as { title?: unknown } | undefined)?.title);
const vaultTitles = (account: AccountHandle) => [...account.state.vaults.values()].map((vault) => vault.title).sort();

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

describe("unknown outcomes", () => {
  // A write whose answer is lost (malformed) or late (timed out) may still have happened in 1Password. Reporting it as
  // failed and leaving the title in the form makes the natural retry create a second vault.
  test("a malformed answer to a create that did happen: the retry does not create the vault twice", async () => {
    const acme = seed();
    const screen = await openForm();
    app().malformNext("VaultsCreate", () => ({ id: 7 }));
    await screen.submit({ title: "Ledger" });
    await screen.waitFor(() => settledToast());
    await screen.submit();
    await screen.waitFor(
      () => app().callsNamed("VaultsCreate").length >= 2 || settledToast()?.title.includes("Ledger"),
    );
    await screen.settle();
    expect(vaultTitles(acme).filter((title) => title === "Ledger")).toHaveLength(1);
  });

  test("a malformed answer to a create that did not happen: a vault with the same title from before is not taken for it", async () => {
    const acme = seed();
    acme.addVault({ title: "Ledger" });
    const screen = await openForm();
    app().failNext("VaultsCreate", { message: "core answered with something odd" });
    await screen.submit({ title: "Ledger" });
    await screen.waitFor(() => settledToast());
    expect(host.toast).toMatchObject({ style: "FAILURE", title: "Could not create vault “Ledger”" });
    expect(field(screen, "title")?.value).toBe("Ledger");
    // Duplicate titles are allowed: the retry creates the second "Ledger", once.
    await screen.submit();
    await screen.waitFor(() => settledToast()?.title === "Created vault “Ledger”");
    expect(vaultTitles(acme).filter((title) => title === "Ledger")).toHaveLength(2);
    expect(app().callsNamed("VaultsCreate")).toHaveLength(2);
    expectNoLeakOrCrash(app());
  });

  test("a quick create whose answer is malformed but which did happen: a HUD says created, nothing is created twice", async () => {
    const acme = seed();
    app().malformNext("VaultsCreate", () => ({ id: 7 }));
    const screen = await openCommand("create-vault", { arguments: { title: "Q3 Launch" } });
    await screen.waitFor(() => host.huds.length > 0);
    expect(host.huds).toEqual([expect.objectContaining({ title: "Created vault “Q3 Launch”" })]);
    expect(vaultTitles(acme)).toEqual(["Engineering", "Q3 Launch"]);
    expectNoLeakOrCrash(app());
  });

  test("a quick create whose outcome cannot be checked: the form's retry finds the vault instead of creating it", async () => {
    const acme = seed();
    app().malformNext("VaultsCreate", () => ({ id: 7 }));
    const hang = app().hang("VaultsCreate");
    const screen = await openCommand("create-vault", { arguments: { title: "Q3 Launch" } });
    await screen.waitFor(() => hang.held === 1);
    app().failNext("VaultsList", { message: "core answered with something odd" }); // the check after the create
    hang.release(); // carried out, with a malformed answer
    await screen.waitFor((s) => s.kind() === "Form" && settledToast() !== undefined);
    expect(host.toast).toMatchObject({ style: "FAILURE", title: "Unexpected Answer from 1Password" });
    expect(field(screen, "title")?.value).toBe("Q3 Launch");
    await screen.submit();
    await screen.waitFor(() => settledToast()?.title === "Created vault “Q3 Launch”");
    expect(vaultTitles(acme).filter((title) => title === "Q3 Launch")).toHaveLength(1);
    expectNoLeakOrCrash(app());
  });
});

describe("hangs (fake timers)", () => {
  useFakeTimersHere();

  /** Submits the title with the create hanging, and waits until 1Password holds it. */
  async function submitHanging(title: string) {
    const acme = seed();
    const screen = await openForm({ fakeTimers: true });
    const hang = app().hang("VaultsCreate");
    await screen.submit({ title });
    await waitWithTime(screen, () => hang.held === 1);
    return { acme, screen, hang };
  }

  test("a create that never answers is reported after 30 s; the title stays for the retry", async () => {
    const { acme, screen } = await submitHanging("Stuck");
    expect(screen.isLoading()).toBe(true);
    await advance(PAST_CALL);
    await waitWithTime(screen, () => settledToast()?.title === "Could not create vault “Stuck”");
    expect(host.toast?.message).toContain("1Password Did Not Answer");
    expect(field(screen, "title")?.value).toBe("Stuck");
    expect(screen.isLoading()).toBe(false);
    expect(vaultTitles(acme)).toEqual(["Engineering"]);
    expectNoLeakOrCrash(app());
  });

  test("a create that 1Password carries out after the timeout is not created again by the retry", async () => {
    const { acme, screen, hang } = await submitHanging("Late");
    await advance(PAST_CALL);
    await waitWithTime(screen, () => settledToast()?.title === "Could not create vault “Late”");
    hang.release(); // the app unlocks and finally handles the request
    await waitWithTime(screen, () => app().callsNamed("VaultsCreate")[0]?.outcome === "ok");
    await screen.submit(); // the toast said: unlock, then try again
    // The retry either finds the vault the late create made or creates it again: both end in this toast.
    await waitWithTime(screen, () => settledToast()?.title === "Created vault “Late”");
    expect(vaultTitles(acme).filter((title) => title === "Late")).toHaveLength(1);
  });
});
