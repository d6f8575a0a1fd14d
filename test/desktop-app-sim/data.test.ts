import type * as Sdk from "@1password/sdk";
import {
  installDesktopApp,
  loadSdk,
  permissions as P,
  type AccountHandle,
  type DesktopApp,
} from "../../test-world/sim/index";

const sdk = loadSdk();
let app: DesktopApp;
let acme: AccountHandle;
let client: Sdk.Client;
let eng: string;

const connect = (account: string): Promise<Sdk.Client> =>
  sdk.createClient({ auth: new sdk.DesktopAuth(account), integrationName: "sim tests", integrationVersion: "1.0.0" });

beforeEach(async () => {
  app = installDesktopApp();
  acme = app.addAccount({ name: "Acme", type: "business" });
  eng = acme.addVault({ title: "Engineering", description: "eng secrets" });
  client = await connect("Acme");
});
afterEach(() => app.uninstall());

describe("vaults", () => {
  test("overview, get with accessors, create, update and delete keep counts and versions", async () => {
    const group = acme.addGroup({ title: "Platform" });
    acme.grant(eng, group, P.ALLOW_VIEWING);
    acme.addItem(eng, { title: "GitHub", category: "Login" });
    acme.addItem(eng, { title: "Old", category: "Login", archived: true });

    const overview = await client.vaults.getOverview(eng);
    expect(overview).toMatchObject({ title: "Engineering", vaultType: "userCreated", activeItemCount: 1 });
    const full = await client.vaults.get(eng, { accessors: true });
    expect(full.access).toEqual([
      { vaultUuid: eng, accessorType: "user", accessorUuid: acme.userUuid, permissions: P.ALL_PERMISSIONS },
      { vaultUuid: eng, accessorType: "group", accessorUuid: group, permissions: P.ALLOW_VIEWING },
    ]);
    expect((await client.vaults.get(eng, {})).access).toBeUndefined();

    const created = await client.vaults.create({ title: "Payments", description: "pay" });
    expect(created).toMatchObject({ title: "Payments", activeItemCount: 0, attributeVersion: 1 });
    const updated = await client.vaults.update(created.id, { title: "Payments EU" });
    expect(updated).toMatchObject({ title: "Payments EU", description: "pay", attributeVersion: 2 });
    await client.vaults.delete(created.id);
    await expect(client.vaults.getOverview(created.id)).rejects.toThrow("vault not found");
    expect((await client.vaults.list()).map((v) => v.title)).toEqual(["Engineering"]);
  });

  test("group permissions: grant, update, revoke, dependency rules and account types", async () => {
    const group = acme.addGroup({ title: "Platform" });
    await client.vaults.grantGroupPermissions(eng, [
      { groupId: group, permissions: P.READ_ITEMS | P.REVEAL_ITEM_PASSWORD },
    ]);
    await expect(client.groups.get(group, { vaultPermissions: true })).resolves.toMatchObject({
      title: "Platform",
      groupType: "userDefined",
      vaultAccess: [{ vaultUuid: eng, accessorType: "group", accessorUuid: group, permissions: 48 }],
    });
    await client.vaults.updateGroupPermissions([{ vaultId: eng, groupId: group, permissions: P.ALLOW_VIEWING }]);
    expect((await client.vaults.get(eng, { accessors: true })).access?.[1]?.permissions).toBe(P.ALLOW_VIEWING);
    await expect(
      client.vaults.grantGroupPermissions(eng, [{ groupId: group, permissions: P.UPDATE_ITEMS }]),
    ).rejects.toThrow(/invalid vault permissions/);
    await client.vaults.revokeGroupPermissions(eng, group);
    expect((await client.vaults.get(eng, { accessors: true })).access).toHaveLength(1);
    await expect(client.groups.get("zzzzzzzzzzzzzzzzzzzzzzzzzz", {})).rejects.toThrow("group not found");

    const home = app.addAccount({ name: "Home", type: "family" });
    const homeVault = home.addVault({ title: "Family" });
    const homeGroup = home.addGroup({ title: "Parents" });
    const homeClient = await connect("Home");
    await expect(
      homeClient.vaults.grantGroupPermissions(homeVault, [{ groupId: homeGroup, permissions: P.ALLOW_VIEWING }]),
    ).rejects.toThrow("group permissions are not available for this account type");
  });

  test("denyVault and the user's own permissions produce permission errors", async () => {
    const item = acme.addItem(eng, { title: "GitHub", category: "Login" });
    app.denyVault(eng, ["write"]);
    await expect(client.items.get(eng, item)).resolves.toMatchObject({ title: "GitHub" });
    await expect(client.items.delete(eng, item)).rejects.toThrow(
      `permission denied: you do not have access to vault ${eng}`,
    );
    app.denyVault(eng);
    await expect(client.items.list(eng)).rejects.toThrow(`permission denied: you do not have access to vault ${eng}`);
    app.allowVault(eng);
    const readOnly = acme.addVault({ title: "Read Only", permissions: P.ALLOW_VIEWING });
    await expect(
      client.items.create({ vaultId: readOnly, title: "x", category: sdk.ItemCategory.Login }),
    ).rejects.toThrow(`permission denied: you do not have access to vault ${readOnly}`);
  });
});

describe("items", () => {
  test("list honours ByState; get carries fields, sections, notes and an OTP code from the clock's window", async () => {
    const otpSecret = "JBSWY3DPEHPK3PXP";
    const active = acme.addItem(eng, {
      title: "AWS",
      category: "Server",
      otp: otpSecret,
      tags: ["infra"],
      websites: ["console.aws.amazon.com"],
    });
    acme.addItem(eng, { title: "Old", category: "Password", archived: true });
    expect((await client.items.list(eng)).map((i) => i.title)).toEqual(["AWS"]);
    const all = await client.items.list(eng, { type: "ByState", content: { active: true, archived: true } });
    expect(all.map((i) => [i.title, i.state])).toEqual([
      ["AWS", "active"],
      ["Old", "archived"],
    ]);
    expect(all[0]).not.toHaveProperty("fields");

    const item = await client.items.get(eng, active);
    expect(item.fields.map((f) => [f.id, f.fieldType])).toEqual([
      ["url", "Text"],
      ["username", "Text"],
      ["password", "Concealed"],
      [expect.stringMatching(/^[a-z2-7]{26}$/), "Totp"],
    ]);
    expect(item.sections).toEqual([{ id: "admin_console", title: "Admin Console" }]);
    const code = (f: Sdk.ItemField | undefined) => (f?.details?.type === "Otp" ? f.details.content.code : undefined);
    const first = code(item.fields[3]);
    expect(first).toMatch(/^\d{6}$/);
    expect(app.allSecretValues()).toContain(first);
    app.clock.advance(30_000);
    const second = code((await client.items.get(eng, active)).fields[3]);
    expect(second).toMatch(/^\d{6}$/);
    expect(second).not.toBe(first);
    expect(await client.secrets.resolve(`op://Engineering/AWS/one-time password?attribute=otp`)).toBe(second);
  });

  test("put checks the version; archive and delete update the vault's counts", async () => {
    const id = acme.addItem(eng, { title: "Stripe", category: "ApiCredentials" });
    const item = await client.items.get(eng, id);
    const renamed = await client.items.put({ ...item, title: "Stripe Live" });
    expect(renamed).toMatchObject({ title: "Stripe Live", version: 2 });
    await expect(client.items.put({ ...item, title: "stale" })).rejects.toThrow(/incorrect item version/);
    await client.items.archive(eng, id);
    expect((await client.vaults.getOverview(eng)).activeItemCount).toBe(0);
    await client.items.delete(eng, id);
    await expect(client.items.get(eng, id)).rejects.toThrow("item not found");
  });

  test("batches return per-item results in the documented shapes, with injected failures and a cap", async () => {
    const ids = ["A", "B", "C"].map((t) => acme.addItem(eng, { title: t, category: "Password" }));
    app.failItems([ids[1] as string], "internal", "boom");
    const got = await client.items.getAll(eng, [ids[0] as string, ids[1] as string, "nosuchitemnosuchitemnosuch"]);
    expect(got.individualResponses.map((r) => r.content?.title ?? r.error?.type)).toEqual([
      "A",
      "internal",
      "itemNotFound",
    ]);

    app.failItems(["Bad"], "itemStatusPermissionError");
    const params = (title: string): Sdk.ItemCreateParams => ({ vaultId: eng, title, category: sdk.ItemCategory.Login });
    const created = await client.items.createAll(eng, [params("New"), params("Bad"), params("")]);
    expect(created.individualResponses.map((r) => r.content?.title ?? r.error?.type)).toEqual([
      "New",
      "itemStatusPermissionError",
      "itemValidationError",
    ]);

    app.clearItemFailures();
    app.failItems([ids[2] as string], "itemStatusPermissionError");
    const deleted = await client.items.deleteAll(eng, [
      ids[0] as string,
      ids[2] as string,
      "nosuchitemnosuchitemnosuch",
    ]);
    expect(deleted.individualResponses).toEqual({
      [ids[0] as string]: {},
      [ids[2] as string]: { error: { type: "itemStatusPermissionError" } },
      nosuchitemnosuchitemnosuch: { error: { type: "itemNotFound" } },
    });

    const many = Array.from({ length: 51 }, (_, i) => `id${i}`);
    await expect(client.items.getAll(eng, many)).rejects.toThrow("batch size exceeds the maximum of 50 items");
    app.batchCap = 60;
    await expect(client.items.getAll(eng, many)).resolves.toBeDefined();
  });
});

describe("secrets and environments", () => {
  test("references resolve by names or ids, case-insensitively, with sections; failures are typed", async () => {
    const id = acme.addItem(eng, {
      title: "Postgres Primary",
      category: "Database",
      sections: [{ id: "sec1", title: "Replica" }],
      fields: [
        { id: "password", title: "password", value: "pw-main-canary", fieldType: "Concealed" },
        { id: "rpw", title: "password", value: "pw-replica-canary", fieldType: "Concealed", sectionId: "sec1" },
      ],
    });
    expect(await client.secrets.resolve(`op://engineering/postgres primary/replica/password`)).toBe(
      "pw-replica-canary",
    );
    expect(await client.secrets.resolve(`op://${eng}/${id}/sec1/rpw`)).toBe("pw-replica-canary");
    await expect(client.secrets.resolve("op://Engineering/Postgres Primary/password")).rejects.toThrow(
      "more than one field matched",
    );
    await expect(client.secrets.resolve("not a reference")).rejects.toThrow("secret reference has invalid format");
    const all = await client.secrets.resolveAll([
      `op://Engineering/Postgres Primary/password`,
      `op://Nope/x/y`,
      `op://${eng}/${id}/rpw`,
    ]);
    expect(all.individualResponses).toEqual({
      "op://Engineering/Postgres Primary/password": { error: { type: "tooManyMatchingFields" } },
      "op://Nope/x/y": { error: { type: "vaultNotFound" } },
      [`op://${eng}/${id}/rpw`]: { content: { secret: "pw-replica-canary", itemId: id, vaultId: eng } },
    });
  });

  test("Environments return variables; bad ids, unknown ids, other accounts and denied access fail", async () => {
    const envId = acme.addEnvironment({
      name: "api-production",
      variables: [
        { name: "DATABASE_URL", value: "postgres://canary", masked: true },
        { name: "LOG_LEVEL", value: "debug-canary", masked: false },
      ],
    });
    expect(await client.environments.getVariables(envId)).toEqual({
      variables: [
        { name: "DATABASE_URL", value: "postgres://canary", masked: true },
        { name: "LOG_LEVEL", value: "debug-canary", masked: false },
      ],
    });
    await expect(client.environments.getVariables("NOT-AN-ID")).rejects.toThrow("invalid environment ID");
    await expect(client.environments.getVariables("aaaaaaaaaaaaaaaaaaaaaaaaaa")).rejects.toThrow(
      "environment not found",
    );
    const other = app.addAccount({ name: "Other" });
    const otherEnv = other.addEnvironment({ variables: { TOKEN: "other-canary" } });
    await expect(client.environments.getVariables(otherEnv)).rejects.toThrow("environment not found");
    acme.denyEnvironment(envId);
    await expect(client.environments.getVariables(envId)).rejects.toThrow(`permission denied`);
    expect(app.allSecretValues()).toEqual(
      expect.arrayContaining(["postgres://canary", "debug-canary", "other-canary"]),
    );
  });
});
