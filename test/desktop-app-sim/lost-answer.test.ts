import type * as Sdk from "@1password/sdk";
import { installDesktopApp, loadSdk, type DesktopApp } from "../../test-world/sim/index";
import { READ_ITEMS } from "../../test-world/sim/permissions";

/** The simulator's items.create, as the real app answers it: permissions, and answers lost after the write. */

const sdk = loadSdk();
let app: DesktopApp;
let vaultId: string;
const connect = (): Promise<Sdk.Client> =>
  sdk.createClient({ auth: new sdk.DesktopAuth("Acme"), integrationName: "sim tests", integrationVersion: "1.0.0" });
const params = (vault: string, title: string): Sdk.ItemCreateParams => ({
  category: sdk.ItemCategory.ApiCredentials,
  vaultId: vault,
  title,
  fields: [{ id: "credential", title: "credential", fieldType: sdk.ItemFieldType.Concealed, value: "canary-7c1d9e" }],
});

beforeEach(() => {
  app = installDesktopApp();
  vaultId = app.addAccount({ name: "Acme" }).addVault({ title: "Engineering" });
});
afterEach(() => app.uninstall());

test("items.create stores the item and answers it, fields and all", async () => {
  const client = await connect();
  const item = await client.items.create(params(vaultId, "Token"));
  expect(item).toMatchObject({ title: "Token", vaultId, category: "ApiCredentials" });
  expect(item.fields[0]).toMatchObject({ id: "credential", value: "canary-7c1d9e" });
  expect((await client.items.list(vaultId)).map((overview) => overview.title)).toEqual(["Token"]);
});

test("a vault without Create items refuses with a permission error, and stores nothing", async () => {
  const readOnly = app.account("Acme").addVault({ title: "Read Only", permissions: READ_ITEMS });
  const client = await connect();
  await expect(client.items.create(params(readOnly, "Token"))).rejects.toThrow(/permission denied/);
  expect(await client.items.list(readOnly)).toEqual([]);
});

test("loseAnswerNext: the item is created, but the call fails as a dropped connection", async () => {
  const client = await connect();
  app.loseAnswerNext("ItemsCreate");
  await expect(client.items.create(params(vaultId, "Token"))).rejects.toThrow(/unexpectedly dropped/);
  expect((await client.items.list(vaultId)).map((overview) => overview.title)).toEqual(["Token"]);
  expect(app.callsNamed("ItemsCreate")[0]).toMatchObject({ outcome: "error", answerLost: true });
  // Only the next call is affected.
  await expect(client.items.create(params(vaultId, "Second"))).resolves.toMatchObject({ title: "Second" });
});

test("loseAnswerNext late: the item is created at once, its answer arrives only on release", async () => {
  const client = await connect();
  const late = app.loseAnswerNext("ItemsCreate", { late: true });
  let answered = false;
  const pending = client.items.create(params(vaultId, "Token")).then((item) => {
    answered = true;
    return item;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(late.held).toBe(1);
  expect(answered).toBe(false);
  expect([...app.account("Acme").state.vaults.get(vaultId)!.items.values()].map((item) => item.title)).toEqual([
    "Token",
  ]);
  late.release();
  await expect(pending).resolves.toMatchObject({ title: "Token" });
});
