import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { advance, useFakeTimersHere, waitWithTime } from "../../test-world/support/timers";
import { PAST_CALL, settledToast } from "../../test-world/support/faults";
import { useCreateVaultFaultWorld, vaultTitles } from "./faults-world";

/** Create Vault when an answer is lost or late: the create may have happened, and the retry never makes a second vault. */

const { app, seed, openForm } = useCreateVaultFaultWorld();

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
