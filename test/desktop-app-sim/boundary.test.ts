import fs from "node:fs";
import type * as Sdk from "@1password/sdk";
import { installDesktopApp, libraryPaths, loadSdk, type DesktopApp } from "../../test-world/sim/index";

const sdk = loadSdk();
let app: DesktopApp;

const connect = (account: string): Promise<Sdk.Client> =>
  sdk.createClient({ auth: new sdk.DesktopAuth(account), integrationName: "sim tests", integrationVersion: "1.0.0" });

afterEach(() => {
  app.uninstall();
  jest.restoreAllMocks();
});

describe("the native boundary", () => {
  test("the SDK loads the simulator through fs.existsSync and process.dlopen, and uninstall restores both", async () => {
    const originalExists = fs.existsSync;
    const originalDlopen = process.dlopen;
    app = installDesktopApp();
    const libPath = libraryPaths(app.platform)[0] as string;
    expect(fs.existsSync(libPath)).toBe(true);
    expect(fs.existsSync(__filename)).toBe(true);
    app.addAccount({ name: "Acme" }).addVault({ title: "Engineering" });
    const client = await connect("Acme");
    const vaults = await client.vaults.list();
    expect(vaults.map((v) => v.title)).toEqual(["Engineering"]);
    expect(app.calls.map((c) => c.kind)).toEqual(["init_client", "invoke"]);
    expect(app.calls[0]?.account).toBe("Acme");
    app.uninstall();
    expect(fs.existsSync).toBe(originalExists);
    expect(process.dlopen).toBe(originalDlopen);
    app = installDesktopApp();
  });

  test("request and response follow the documented wire format", async () => {
    app = installDesktopApp();
    app.addAccount({ name: "Acme" });
    const stub = { exports: {} as { sendMessage?: (buf: Uint8Array) => Promise<Uint8Array> } };
    process.dlopen(stub, libraryPaths(app.platform)[0] as string);
    const send = async (kind: string, payload: unknown) => {
      const text = typeof payload === "string" ? payload : JSON.stringify(payload);
      const req = { account_name: "Acme", kind, payload: Buffer.from(text).toString("base64") };
      const res = await stub.exports.sendMessage!(Buffer.from(JSON.stringify(req)));
      expect(res).toBeInstanceOf(Uint8Array);
      return JSON.parse(new TextDecoder().decode(res)) as { success: boolean; payload: number[] };
    };
    const init = await send("init_client", { accountName: "Acme", programmingLanguage: "JS" });
    expect(init.success).toBe(true);
    const clientId = Buffer.from(init.payload).toString("utf8");
    expect(clientId).toMatch(/^\d+$/);

    const list = await send("invoke", {
      invocation: { clientId: Number(clientId), parameters: { name: "VaultsList", parameters: { params: {} } } },
    });
    expect(list).toEqual({ success: true, payload: [...Buffer.from("[]")] });

    const unknown = await send("invoke", {
      invocation: { clientId: Number(clientId), parameters: { name: "ItemsShare", parameters: {} } },
    });
    expect(unknown.success).toBe(false);
    expect(JSON.parse(String.fromCharCode(...unknown.payload))).toEqual({
      name: "Error",
      message: "unknown invocation ItemsShare",
    });
    expect(app.unknownInvocations).toEqual(["ItemsShare"]);
    expect(app.callsNamed("ItemsShare")[0]?.outcome).toBe("error");
  });

  test("not installed: the SDK's first call rejects 'Native library is not available.'", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    app = installDesktopApp({ installed: false });
    app.addAccount({ name: "Acme" });
    await expect(connect("Acme")).rejects.toThrow("Native library is not available.");
    expect(String(logged.mock.calls[0]?.[1])).toContain("1Password desktop application not found");
    expect(app.calls).toHaveLength(0);
  });

  test("integration disabled: every init_client fails with return code -3", async () => {
    app = installDesktopApp({ integrationEnabled: false });
    app.addAccount({ name: "Acme" });
    await expect(connect("Acme")).rejects.toThrow(
      "error initializing client: failed to send message to Desktop App. Please make sure the integrations is enabled or otherwise contact 1Password support. Return code: -3",
    );
    app.integrationEnabled = true;
    await expect(connect("Acme")).resolves.toBeDefined();
  });

  test("a denied prompt surfaces as the error the SDK raises, and each prompt is counted", async () => {
    app = installDesktopApp();
    app.addAccount({ name: "Acme" }).prompt = "deny";
    const error = await connect("Acme").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(sdk.DesktopSessionExpiredError);
    expect((error as Error).message).toBe("error initializing client: authorization was denied by the user");
    expect(app.promptsShown("Acme")).toBe(1);
    app.account("Acme").prompt = "approve";
    await connect("Acme");
    expect(app.promptsShown("Acme")).toBe(2);
    await connect("Acme");
    expect(app.promptsShown("Acme")).toBe(2);
  });

  test("a prompt nobody answers never settles until answered", async () => {
    app = installDesktopApp();
    app.addAccount({ name: "Acme" }).prompt = "never";
    const pending = connect("Acme");
    const raced = await Promise.race([
      pending.then(() => "settled"),
      new Promise((r) => setTimeout(() => r("timeout"), 30)),
    ]);
    expect(raced).toBe("timeout");
    expect(app.pendingPromptCount()).toBe(1);
    app.answerPendingPrompts("approve");
    await expect(pending).resolves.toBeDefined();
    expect(app.promptsShown("Acme")).toBe(1);
  });

  test("several accounts, addressed by name or by UUID, each see their own data", async () => {
    app = installDesktopApp();
    const acme = app.addAccount({ name: "Acme Corp", type: "business" });
    const home = app.addAccount({ name: "Personal", type: "individual" });
    acme.addVault({ title: "Engineering" });
    home.addVault({ title: "Private", type: "personal" });
    const byName = await connect("Acme Corp");
    const byUuid = await connect(home.uuid);
    expect((await byName.vaults.list()).map((v) => v.title)).toEqual(["Engineering"]);
    expect((await byUuid.vaults.list()).map((v) => v.title)).toEqual(["Private"]);
    expect(app.calls.filter((c) => c.kind === "invoke").map((c) => c.account)).toEqual(["Acme Corp", home.uuid]);
    expect(home.uuid).toMatch(/^[A-Z2-7]{26}$/);
    await expect(connect("Nobody")).rejects.toThrow('no account matching "Nobody"');
  });

  test("dates are revived to Date by the SDK's reviver", async () => {
    app = installDesktopApp();
    const acme = app.addAccount({ name: "Acme" });
    const vaultId = acme.addVault({ title: "Engineering" });
    acme.addItem(vaultId, { title: "Stripe", category: "ApiCredentials" });
    const client = await connect("Acme");
    const [overview] = await client.vaults.list();
    expect(overview?.createdAt).toBeInstanceOf(Date);
    expect(overview?.createdAt.toISOString()).toBe(new Date(app.clock.now()).toISOString());
    const [item] = await client.items.list(vaultId);
    expect(item?.updatedAt).toBeInstanceOf(Date);
    const wire = app.calls.at(-1);
    expect(wire?.outcome).toBe("ok");
  });
});
