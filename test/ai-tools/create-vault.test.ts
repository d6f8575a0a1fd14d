import { host } from "../../test-world/host";
import { RawResult } from "../../test-world/sim";
import { answerOf, errorOf } from "../../test-world/support/tools";
import { useWriteToolWorld } from "./write-tools";

/** create-vault: asks naming the vault and account, creates it once, never twice after a lost answer. */
const { app, world, call, acme } = useWriteToolWorld();

describe("create-vault", () => {
  const vaultTitles = () => [...acme().state.vaults.values()].map((vault) => vault.title);

  test("asks naming the vault and account, then creates it once", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("create-vault", { title: "Q3 Launch", description: "Launch secrets" });
    expect(outcome.confirmation).toEqual({
      message: `Create the vault “Q3 Launch” in ${world().account}?`,
      info: [
        { name: "Title", value: "Q3 Launch" },
        { name: "Description", value: "Launch secrets" },
        { name: "Account", value: world().account },
        { name: "Administrators", value: "Can manage it" },
      ],
    });
    const created = answerOf(outcome).created as { id: string };
    expect(answerOf(outcome)).toEqual({ created: { title: "Q3 Launch", id: created.id, account: world().account } });
    expect(vaultTitles().filter((title) => title === "Q3 Launch")).toHaveLength(1);
    expect(acme().state.vaults.get(created.id)?.description).toBe("Launch secrets");
  });

  test("declined: no vault is created", async () => {
    host.answerToolConfirmations(false);
    expect((await call("create-vault", { title: "Q3 Launch" })).kind).toBe("declined");
    expect(app().callsNamed("VaultsCreate")).toEqual([]);
    expect(vaultTitles()).not.toContain("Q3 Launch");
  });

  test("warns of a vault with the same title; refuses a title 1Password would not take", async () => {
    host.answerToolConfirmations(false);
    const outcome = await call("create-vault", { title: "engineering" });
    expect(outcome.confirmation?.info).toContainEqual({
      name: "Note",
      value: "A vault titled “Engineering” already exists; this makes a second one.",
    });
    expect(errorOf(await call("create-vault", { title: "x".repeat(101) }))).toBe(
      "Vault title: Use at most 100 characters.",
    );
  });

  test("1Password locking after the confirmation is said so, and no vault is made", async () => {
    host.answerToolConfirmations(true);
    // The session ends; the SDK authorizes again once and retries, and the app is still locked.
    const expired = { name: "DesktopSessionExpired", message: "desktop session expired" };
    app().failNext("VaultsCreate", expired);
    app().failNext("VaultsCreate", expired);
    expect(errorOf(await call("create-vault", { title: "Q3 Launch" }))).toBe(
      "1Password Is Locked. Access ended because 1Password locked or was idle. Unlock it and approve access again.",
    );
    expect(vaultTitles()).not.toContain("Q3 Launch");
  });

  test("a lost answer from 1Password is checked, and the vault is not made twice", async () => {
    host.answerToolConfirmations(true);
    app().malformNext("VaultsCreate", () => new RawResult("{oops"));
    const outcome = await call("create-vault", { title: "Q3 Launch" });
    expect(answerOf(outcome)).toMatchObject({ created: { title: "Q3 Launch" } });
    expect(app().callsNamed("VaultsCreate")).toHaveLength(1);
    expect(vaultTitles().filter((title) => title === "Q3 Launch")).toHaveLength(1);
  });
});
