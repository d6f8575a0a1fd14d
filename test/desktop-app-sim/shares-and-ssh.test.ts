import { installDesktopApp, loadSdk, type DesktopApp } from "../../test-world/sim";
import { ALL_PERMISSIONS, SEND_ITEMS } from "../../test-world/sim/permissions";
import { opensshForm } from "../../test-world/sim/ssh";

/** items.shares, ?ssh-format=openssh and items.put's history, through the real SDK. */
const sdk = loadSdk();
let app: DesktopApp;
beforeEach(() => (app = installDesktopApp()));
afterEach(() => app.uninstall());

const client = (account: string) =>
  sdk.createClient({ auth: new sdk.DesktopAuth(account), integrationName: "t", integrationVersion: "1" });

test("a policy, recipients checked against it, and a link within it; beyond it is refused", async () => {
  const acme = app.addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Engineering" });
  const id = acme.addItem(vault, { title: "Stripe", category: "ApiCredentials" });
  const c = await client("Acme");
  const policy = await c.items.shares.getAccountPolicy(vault, id);
  expect(policy).toEqual(expect.objectContaining({ maxExpiry: "ThirtyDays", defaultExpiry: "SevenDays" }));
  const recipients = await c.items.shares.validateRecipients(policy, ["Dana@Example.com", "acme.dev"]);
  expect(recipients).toEqual([
    { type: "Email", parameters: { email: "dana@example.com" } },
    { type: "Domain", parameters: { domain: "acme.dev" } },
  ]);
  await expect(c.items.shares.validateRecipients(policy, ["nope"])).rejects.toThrow(/not a valid email/);
  const item = await c.items.get(vault, id);
  const link = await c.items.shares.create(item, policy, { recipients, oneTimeOnly: false });
  expect(app.shares).toEqual([expect.objectContaining({ link, expireAfter: "SevenDays", itemId: id })]);
  expect(app.allSecretValues()).toContain(link);
  app.setSharePolicy("Acme", { ...policy, maxExpiry: "OneDay", defaultExpiry: "OneHour" } as never);
  await expect(
    c.items.shares.create(item, policy, { expireAfter: "SevenDays" as never, oneTimeOnly: false }),
  ).rejects.toThrow(/exceeds the maximum/);
});

test("a vault without SEND_ITEMS cannot share", async () => {
  const acme = app.addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Engineering", permissions: ALL_PERMISSIONS & ~SEND_ITEMS });
  const id = acme.addItem(vault, { title: "Stripe", category: "ApiCredentials" });
  const c = await client("Acme");
  await expect(c.items.shares.getAccountPolicy(vault, id)).rejects.toThrow(/cannot share items/);
});

test("?ssh-format=openssh converts an SSH key and refuses any other field; a put keeps the old version", async () => {
  const acme = app.addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Engineering" });
  const id = acme.addItem(vault, { title: "Deploy Key", category: "SshKey" });
  const c = await client("Acme");
  const stored = (await c.items.get(vault, id)).fields[0]!;
  expect(stored.details).toEqual({ type: "SshKey", content: expect.objectContaining({ keyType: "ed25519" }) });
  const openssh = await c.secrets.resolve(`op://${vault}/${id}/private_key?ssh-format=openssh`);
  expect(openssh).toBe(opensshForm(stored.value));
  expect(openssh).not.toBe(stored.value);
  const login = acme.addItem(vault, { title: "GitHub", category: "Login" });
  await expect(c.secrets.resolve(`op://${vault}/${login}/password?ssh-format=openssh`)).rejects.toThrow(/ssh-format/);
  const item = await c.items.get(vault, login);
  const old = item.fields.find((f) => f.id === "password")!.value;
  await c.items.put({
    ...item,
    fields: item.fields.map((f) => (f.id === "password" ? { ...f, value: "n3w-Secret-Value-123" } : f)),
  });
  await expect(c.items.put(item)).rejects.toThrow(/incorrect item version/);
  const history = acme.state.vaults.get(vault)!.items.get(login)!.history;
  expect(history).toEqual([{ version: 1, fields: expect.arrayContaining([expect.objectContaining({ value: old })]) }]);
});
