import { expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import { createVault, getVaultWithAccess, grantGroupPermissions } from "../../src/onepassword/vaults";
import { getGroup } from "../../src/onepassword/groups";
import { getEnvironmentVariables } from "../../src/onepassword/environments";
import { resolveSecretReference } from "../../src/onepassword/secrets";
import {
  addEnvironment,
  listRegisteredEnvironments,
  moveEnvironment,
  removeEnvironment,
  renameEnvironment,
} from "../../src/onepassword/registered-environments";

/** Vaults, groups, Environments and secret references, through the 1Password layer. */
const app = useSimulatedApp();

describe("vaults, groups, Environments, references", () => {
  test("create, read access, grant, group names", async () => {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    const group = acme.addGroup({ title: "Developers" });
    const vault = await createVault("Acme", { title: "New Project", description: "for the launch" });
    expect(vault).toMatchObject({ title: "New Project", description: "for the launch", itemCount: 0 });
    await grantGroupPermissions("Acme", vault.id, group, 32 | 16);
    const { accessors } = await getVaultWithAccess("Acme", vault.id);
    expect(accessors).toContainEqual({ type: "group", id: group, permissions: 48 });
    expect((await getGroup("Acme", group)).title).toBe("Developers");
  });

  test("Environment variables and secret references resolve live", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const env = acme.addEnvironment({
      name: "Staging",
      variables: [{ name: "API_KEY", value: "canary-env-1", masked: true }],
    });
    expect(await getEnvironmentVariables("Acme", env)).toEqual([
      { name: "API_KEY", value: "canary-env-1", masked: true },
    ]);
    const vault = acme.addVault({ title: "Dev" });
    acme.addItem(vault, {
      title: "Stripe",
      category: "ApiCredentials",
      fields: [{ id: "credential", title: "credential", fieldType: "Concealed", value: "sk_live_canary" }],
    });
    expect(await resolveSecretReference("Acme", "op://Dev/Stripe/credential")).toBe("sk_live_canary");
  });

  test("registered Environments: add validates by fetching; rename, reorder, remove; values never stored", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const staging = acme.addEnvironment({
      name: "Staging",
      variables: [{ name: "TOKEN", value: "canary-staging-value", masked: true }],
    });
    const prod = acme.addEnvironment({ name: "Prod", variables: [] });
    const added = await addEnvironment({ id: staging.toUpperCase(), label: " Staging ", account: "Acme" });
    expect(added).toEqual({ environment: { id: staging, label: "Staging", account: "Acme" }, variableCount: 1 });
    await addEnvironment({ id: prod, label: "Prod", account: "Acme" });
    await expect(addEnvironment({ id: "short", label: "x", account: "Acme" })).rejects.toMatchObject({
      title: "Invalid Environment ID",
    });
    await expect(addEnvironment({ id: "b".repeat(26), label: "x", account: "Acme" })).rejects.toMatchObject({
      title: "Environment Not Found",
    });
    await expect(addEnvironment({ id: prod, label: "Again", account: "Acme" })).rejects.toMatchObject({
      title: "Already Added",
    });
    await renameEnvironment({ id: prod, account: "Acme" }, "Production");
    await moveEnvironment({ id: prod, account: "Acme" }, -1);
    expect((await listRegisteredEnvironments()).map((e) => e.label)).toEqual(["Production", "Staging"]);
    await removeEnvironment({ id: staging, account: "Acme" });
    expect((await listRegisteredEnvironments()).map((e) => e.label)).toEqual(["Production"]);
    expectNoSecretLeak(app(), ["canary-staging-value"]);
  });
});
