import { bitsOf } from "../../src/lib/permissions";
import { host } from "../../test-world/host";
import { answerOf, errorOf } from "../../test-world/support/tools";
import { useWriteToolWorld } from "./write-tools";

/** set-vault-access: asks saying exactly what changes, and changes nothing that moved while the person read. */
const { app, world, call, acme } = useWriteToolWorld();

describe("set-vault-access", () => {
  const access = (groupId: string) => acme().state.vaults.get(world().vaults.finance)?.groupAccess.get(groupId);

  test("grants a new group, named by its ID, after a confirmation that says exactly what changes", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("set-vault-access", {
      vault: "Finance",
      group: world().groups.designers,
      access: "edit",
    });
    expect(outcome.confirmation).toEqual({
      style: "regular",
      message: "Give “Designers” Edit access to “Finance”?",
      info: [
        { name: "Vault", value: "Finance" },
        { name: "Group", value: "Designers" },
        { name: "Access Now", value: "None" },
        { name: "Access After", value: "Edit" },
        { name: "Account", value: world().account },
      ],
    });
    expect(answerOf(outcome)).toEqual({ changed: true, result: "“Designers” now has Edit access to “Finance”." });
    expect(access(world().groups.designers)).toBe(bitsOf("edit"));
  });

  test("changes a group that has access, named by its name", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("set-vault-access", { vault: "finance", group: "developers", access: "manage" });
    expect(outcome.confirmation?.message).toBe(
      "Change “Developers”'s access to “Finance” from View & Reveal to Manage?",
    );
    expect(access(world().groups.developers)).toBe(bitsOf("manage"));
  });

  test("revoking asks in the destructive style, and does nothing when declined", async () => {
    host.answerToolConfirmations(false, true);
    const input = { vault: "Finance", group: "Contractors", access: "revoke" };
    const declined = await call("set-vault-access", input);
    expect(declined).toEqual({
      kind: "declined",
      confirmation: expect.objectContaining({
        style: "destructive",
        message:
          "Revoke “Contractors”'s access to “Finance”? Its members will no longer see the vault, unless they have access another way.",
      }),
    });
    expect(app().callsNamed("VaultsRevokeGroupPermissions")).toEqual([]);
    expect(access(world().groups.contractors)).toBe(bitsOf("edit"));
    const revoked = await call("set-vault-access", input);
    expect(answerOf(revoked)).toEqual({ changed: true, result: "“Contractors” no longer has access to “Finance”." });
    expect(access(world().groups.contractors)).toBeUndefined();
  });

  test("a request that changes nothing still asks, and answers that nothing changed", async () => {
    host.answerToolConfirmations(true);
    const same = await call("set-vault-access", { vault: "Finance", group: "Developers", access: "viewAndReveal" });
    expect(same.confirmation).toEqual({
      style: "regular",
      message: "“Developers” already has View & Reveal access to “Finance”: nothing changes.",
      info: [
        { name: "Vault", value: "Finance" },
        { name: "Group", value: "Developers" },
        { name: "Access Now", value: "View & Reveal" },
        { name: "Access After", value: "View & Reveal" },
        { name: "Account", value: world().account },
      ],
    });
    expect(answerOf(same)).toEqual({
      changed: false,
      result: "“Developers” already has View & Reveal access to “Finance”: nothing changes.",
    });
  });

  test("an unknown group is named with the groups that have access", async () => {
    expect(errorOf(await call("set-vault-access", { vault: "Finance", group: "Designers", access: "edit" }))).toBe(
      "No group named “Designers” has access to “Finance” (groups with access: “Developers”, “Contractors”). " +
        "To give a new group access, use its group ID: 26 letters and digits, from the group's page in 1Password.",
    );
    expect(app().callsNamed("VaultsGrantGroupPermissions")).toEqual([]);
  });

  test("access that changes while the person reads the confirmation: nothing is changed, and the answer says what changed", async () => {
    host.answerToolConfirmations(() => {
      // Someone else changes Developers' access in 1Password before the person confirms.
      acme().grant(world().vaults.finance, world().groups.developers, bitsOf("edit"));
      return true;
    });
    const outcome = await call("set-vault-access", { vault: "Finance", group: "Developers", access: "manage" });
    expect(outcome.confirmation?.message).toBe(
      "Change “Developers”'s access to “Finance” from View & Reveal to Manage?",
    );
    expect(errorOf(outcome)).toBe(
      "Nothing was changed: since the person confirmed, “Developers”'s access to “Finance” changed from View & Reveal to Edit. " +
        "Ask again to confirm the change as it stands now.",
    );
    expect(app().callsNamed("VaultsUpdateGroupPermissions")).toEqual([]);
    expect(access(world().groups.developers)).toBe(bitsOf("edit"));
  });

  test("a confirmed no-op is not turned into a grant when the group loses its access meanwhile", async () => {
    host.answerToolConfirmations(() => {
      acme().state.vaults.get(world().vaults.finance)?.groupAccess.delete(world().groups.developers);
      return true;
    });
    const outcome = await call("set-vault-access", {
      vault: "Finance",
      group: world().groups.developers,
      access: "viewAndReveal",
    });
    expect(outcome.confirmation?.message).toBe(
      "“Developers” already has View & Reveal access to “Finance”: nothing changes.",
    );
    expect(errorOf(outcome)).toBe(
      "Nothing was changed: since the person confirmed, “Developers”'s access to “Finance” changed from View & Reveal to no access. " +
        "Ask again to confirm the change as it stands now.",
    );
    expect(app().callsNamed("VaultsGrantGroupPermissions")).toEqual([]);
    expect(access(world().groups.developers)).toBeUndefined();
  });

  test("a vault renamed while the person reads the confirmation is not acted on", async () => {
    host.answerToolConfirmations(() => {
      const finance = acme().state.vaults.get(world().vaults.finance);
      if (finance) finance.title = "Finance (old)";
      return true;
    });
    const outcome = await call("set-vault-access", {
      vault: world().vaults.finance,
      group: "Contractors",
      access: "revoke",
    });
    expect(errorOf(outcome)).toBe(
      "Nothing was changed: since the person confirmed, the vault “Finance” was renamed “Finance (old)”. " +
        "Ask again to confirm the change as it stands now.",
    );
    expect(access(world().groups.contractors)).toBe(bitsOf("edit"));
  });
});

test("set-vault-access on an account without group permissions says so, and Manage Vaults remembers it", async () => {
  acme().type = "family";
  host.answerToolConfirmations(true);
  const outcome = await call("set-vault-access", { vault: "Finance", group: world().groups.designers, access: "edit" });
  expect(errorOf(outcome)).toBe(
    "Not Available for This Account. Group permissions need a 1Password Business or Teams account.",
  );
  expect(host.cache["group-permission-support"]).toEqual({ [world().account]: "unavailable" });
  // From then on the tool says so before asking the person anything, as the permission forms do.
  const again = await call("set-vault-access", { vault: "Finance", group: world().groups.designers, access: "edit" });
  expect(again.confirmation).toBeUndefined();
  expect(errorOf(again)).toBe("Group permissions need a 1Password Business or Teams account; this account has none.");
});
