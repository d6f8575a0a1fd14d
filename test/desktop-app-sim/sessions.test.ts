import type * as Sdk from "@1password/sdk";
import { installDesktopApp, loadSdk, RawResult, type DesktopApp } from "../../test-world/sim/index";

const sdk = loadSdk();
let app: DesktopApp;
let vaultId: string;

const connect = (account = "Acme"): Promise<Sdk.Client> =>
  sdk.createClient({ auth: new sdk.DesktopAuth(account), integrationName: "sim tests", integrationVersion: "1.0.0" });

const timeout = (ms: number) => new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms));
const shape = () => app.calls.map((c) => `${c.kind}${c.name ? `:${c.name}` : ""}:${c.outcome}`);

beforeEach(() => {
  app = installDesktopApp();
  const acme = app.addAccount({ name: "Acme" });
  vaultId = acme.addVault({ title: "Engineering" });
  acme.addItem(vaultId, { title: "GitHub", category: "Login" });
});
afterEach(() => app.uninstall());

describe("sessions", () => {
  test("activity keeps the session; 10 minutes of inactivity expire it and the SDK re-inits once and retries once", async () => {
    const client = await connect();
    app.clock.advance(9 * 60_000);
    await client.vaults.list();
    app.clock.advance(9 * 60_000);
    await client.vaults.list();
    expect(app.promptsShown("Acme")).toBe(1);

    app.resetCalls();
    app.clock.advance(10 * 60_000);
    expect(app.sessionActive("Acme")).toBe(false);
    await expect(client.vaults.list()).resolves.toHaveLength(1);
    expect(shape()).toEqual(["invoke:VaultsList:error", "init_client:ok", "invoke:VaultsList:ok"]);
    expect(app.calls[0]?.error).toEqual({ name: "DesktopSessionExpired", message: "desktop session expired" });
    expect(app.calls[2]?.clientId).toBe(app.calls[1]?.clientId);
    expect(app.calls[2]?.clientId).not.toBe(app.calls[0]?.clientId);
    expect(app.promptsShown("Acme")).toBe(2);
  });

  test("a lock ends the session; the re-init waits for unlock, then the retry succeeds", async () => {
    const client = await connect();
    app.resetCalls();
    app.lock();
    const listing = client.items.list(vaultId);
    expect(await Promise.race([listing, timeout(30)])).toBe("timeout");
    expect(shape()).toEqual(["invoke:ItemsList:error", "init_client:pending"]);
    app.unlock();
    await expect(listing).resolves.toHaveLength(1);
    expect(shape()).toEqual(["invoke:ItemsList:error", "init_client:ok", "invoke:ItemsList:ok"]);
    expect(app.promptsShown("Acme")).toBe(2);
  });

  test("while locked with lockedPrompt 'deny', the retry's re-init fails as a denied prompt", async () => {
    const client = await connect();
    app.lockedPrompt = "deny";
    app.lock();
    await expect(client.vaults.list()).rejects.toThrow(
      "error initializing client: authorization was denied by the user",
    );
  });

  test("a second expiry during the retry surfaces as DesktopSessionExpiredError: the SDK retries only once", async () => {
    const client = await connect();
    app.failNext("VaultsList", { name: "DesktopSessionExpired", message: "desktop session expired" });
    app.failNext("VaultsList", { name: "DesktopSessionExpired", message: "desktop session expired" });
    const error = await client.vaults.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.DesktopSessionExpiredError);
    expect(app.callsNamed("VaultsList")).toHaveLength(2);
    expect(app.callsNamed("init_client")).toHaveLength(2);
  });
});

describe("faults", () => {
  test("a hanging call hangs until the caller's own timeout; release lets it finish", async () => {
    const client = await connect();
    const hang = app.hang("ItemsList");
    const listing = client.items.list(vaultId);
    expect(await Promise.race([listing, timeout(40)])).toBe("timeout");
    expect(hang.held).toBe(1);
    await expect(client.vaults.list()).resolves.toHaveLength(1);
    hang.release();
    await expect(listing).resolves.toHaveLength(1);
  });

  test("a predicate can hang calls of one account only", async () => {
    const home = app.addAccount({ name: "Home" });
    home.addVault({ title: "Private" });
    const acme = await connect("Acme");
    const mine = await connect(home.uuid);
    const hang = app.hang((call) => call.account === "Acme");
    expect(await Promise.race([acme.vaults.list(), timeout(20)])).toBe("timeout");
    await expect(mine.vaults.list()).resolves.toHaveLength(1);
    hang.release();
  });

  test("rate limits raise the SDK's RateLimitExceededError", async () => {
    const client = await connect();
    app.rateLimit({ remaining: 2 });
    await client.vaults.list();
    await client.items.list(vaultId);
    const error = await client.vaults.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.RateLimitExceededError);
    expect((error as Error).message).toBe("rate limit exceeded");
    app.rateLimit(null);
    await expect(client.vaults.list()).resolves.toHaveLength(1);

    app.rateLimit({ remaining: 0, scope: "write" });
    await expect(client.vaults.list()).resolves.toHaveLength(1);
    await expect(client.vaults.create({ title: "New" })).rejects.toBeInstanceOf(sdk.RateLimitExceededError);
    app.rateLimit(null);
    app.rateLimitNext("ItemsList");
    await expect(client.items.list(vaultId)).rejects.toBeInstanceOf(sdk.RateLimitExceededError);
    await expect(client.items.list(vaultId)).resolves.toHaveLength(1);
  });

  test("failNext fails one call with the given message", async () => {
    const client = await connect();
    app.failNext("ItemsList", { message: "internal error: something broke" });
    await expect(client.items.list(vaultId)).rejects.toThrow("internal error: something broke");
    await expect(client.items.list(vaultId)).resolves.toHaveLength(1);
  });

  test("malformNext changes one result, so callers' parsing can be tested", async () => {
    const client = await connect();
    app.malformNext("ItemsList", (result) => (result as { id: string }[]).map((o) => ({ ...o, category: 42 })));
    const [bad] = await client.items.list(vaultId);
    expect((bad as unknown as { category: unknown }).category).toBe(42);
    app.malformNext("VaultsList", () => new RawResult("{not json"));
    await expect(client.vaults.list()).rejects.toThrow(SyntaxError);
    const [good] = await client.items.list(vaultId);
    expect(good?.category).toBe("Login");
  });

  test("latency delays every answer by real time", async () => {
    const client = await connect();
    app.latencyMs = 60;
    const started = Date.now();
    await client.vaults.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
