import { callDesktop } from "../../src/onepassword/clients";
import { listVaults } from "../../src/onepassword/vaults";
import { getItem } from "../../src/onepassword/items";
import { getEnvironmentVariables } from "../../src/onepassword/environments";
import { leaksIn, secretValues } from "../../test-world/support/canary";
import { RawResult } from "../../test-world/sim";
import { startFakeTimers } from "../../test-world/support/timers";
import { failureOf } from "../../test-world/support/failure";
import { useSimulatedApp } from "../../test-world/support/world";

const app = useSimulatedApp();

describe("each failure reaches the user as words and one recovery step", () => {
  test("app not installed → setup guide", async () => {
    app().installed = false;
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    app().addAccount({ name: "Acme" });
    const error = await failureOf(listVaults("Acme"));
    expect(error.kind).toBe("app-not-found");
    expect(error.title).toBe("1Password App Not Found");
    expect(error.hint).toMatch(/Integrate with other apps/);
    expect(error.recovery.kind).toBe("open-setup-guide");
  });

  test("integration turned off in Developer settings → open 1Password", async () => {
    app().integrationEnabled = false;
    app().addAccount({ name: "Acme" });
    const error = await failureOf(listVaults("Acme"));
    expect(error.kind).toBe("integration-disabled");
    expect(error.hint).toMatch(/Settings › Developer/);
    expect(error.recovery.kind).toBe("open-1password");
  });

  test("authorization denied → authorize again, and the next attempt prompts again", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.prompt = "deny";
    const error = await failureOf(listVaults("Acme"));
    expect(error.kind).toBe("authorization-denied");
    expect(error.recovery).toEqual({ kind: "authorize-again", title: "Authorize Again" });
    acme.prompt = "approve";
    await expect(listVaults("Acme")).resolves.toEqual(expect.any(Array));
    expect(app().promptsShown("Acme")).toBe(2);
  });

  test("an account that is not signed in → open preferences", async () => {
    app().addAccount({ name: "Acme" });
    const error = await failureOf(listVaults("Nope Inc"));
    expect(error.kind).toBe("account-not-found");
    expect(error.hint).toContain("Nope Inc");
    expect(error.recovery.kind).toBe("open-preferences");
  });

  test("permission denied on a vault", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const vault = acme.addVault({ title: "Finance" });
    const item = acme.addItem(vault, { title: "Bank", category: "Login" });
    app().denyVault(vault, ["read"]);
    const error = await failureOf(getItem({ account: "Acme", vaultId: vault, itemId: item }));
    expect(error.kind).toBe("permission-denied");
    expect(error.title).toBe("Permission Denied");
  });

  test("not found, and a malformed Environment id", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const vault = acme.addVault({ title: "Dev" });
    expect((await failureOf(getItem({ account: "Acme", vaultId: vault, itemId: "a".repeat(26) }))).kind).toBe(
      "not-found",
    );
    expect((await failureOf(getEnvironmentVariables("Acme", "not-an-id"))).kind).toBe("invalid-input");
  });

  test("a malformed result is an unexpected error whose details name the path, not the value", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.addVault({ title: "Dev" });
    app().malformNext("VaultsList", () => [{ id: 42, title: "canary-title-should-not-leak" }]);
    const error = await failureOf(listVaults("Acme"));
    expect(error.kind).toBe("unexpected");
    expect(error.recovery.kind).toBe("copy-details");
    expect(error.details()).toMatch(/malformed result/);
    expect(error.details()).not.toContain("canary-title-should-not-leak");
  });
});

describe("an answer that is not JSON", () => {
  test("its details keep the kind, the call and the position, never the text around the fault", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const vault = acme.addVault({ title: "Dev" });
    const item = acme.addItem(vault, { title: "GitHub", category: "Login" });
    const secret = "canary-recovery-codes-9f3a1c77";
    // Cut off after a field value: JSON.parse's message would quote the text right around the fault.
    app().malformNext("ItemsGet", () => new RawResult(`{"fields":[{"value":"${secret}"} oops`));
    const error = await failureOf(getItem({ account: "Acme", vaultId: vault, itemId: item }));
    expect(error.kind).toBe("unexpected");
    expect(error.details()).toMatch(/^Error: unexpected\nWhile: .+\n/);
    expect(error.details()).toMatch(/SyntaxError at position \d+/);
    expect(error.causeMessage).not.toContain("canary");
    expect(error.details()).not.toContain("canary");
    expect(error.message).not.toContain("canary");
  });
});

describe("timeouts", () => {
  test("a hanging call is bounded by the caller's timeout and reported, not retried", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.addVault({ title: "Dev" });
    await listVaults("Acme"); // authorize first
    app().resetCalls();
    const hang = app().hang("VaultsList");
    const started = Date.now();
    const error = await failureOf(callDesktop("Acme", "Loading vaults", (c) => c.vaults.list(), { timeoutMs: 150 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(error.kind).toBe("timed-out");
    expect(error.title).toBe("1Password Did Not Answer");
    expect(app().callsNamed("VaultsList")).toHaveLength(1);
    hang.release();
  });

  test("an unanswered authorization prompt times out with the same recovery", async () => {
    startFakeTimers();
    const acme = app().addAccount({ name: "Acme" });
    acme.prompt = "never";
    const pending = failureOf(listVaults("Acme"));
    await jest.advanceTimersByTimeAsync(61_000);
    const error = await pending;
    expect(error.kind).toBe("timed-out");
    expect(error.recovery.kind).toBe("authorize-again");
  });
});

describe("rate limits", () => {
  test("backs off with jitter and succeeds when the limit clears", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.addVault({ title: "Dev" });
    await listVaults("Acme");
    app().rateLimitNext("VaultsList");
    app().rateLimitNext("VaultsList");
    const delays: number[] = [];
    const result = await callDesktop("Acme", "Loading vaults", (c) => c.vaults.list(), {
      random: () => 0.5,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    expect(result).toHaveLength(1);
    expect(delays).toEqual([500, 1000]);
  });

  test("gives up after a bounded number of retries and says when to try again", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.addVault({ title: "Dev" });
    await listVaults("Acme");
    app().rateLimit({ remaining: 0 });
    const delays: number[] = [];
    const error = await failureOf(
      callDesktop("Acme", "Loading vaults", (c) => c.vaults.list(), {
        random: () => 1,
        sleep: async (ms) => {
          delays.push(ms);
        },
      }),
    );
    expect(error.kind).toBe("rate-limited");
    expect(error.hint).toMatch(/minute/);
    expect(error.retryAfterMs).toBe(60_000);
    expect(delays).toEqual([1000, 2000, 4000]);
  });
});

describe("expiry and re-authorization", () => {
  test("after 10 minutes idle the SDK re-authorizes once and the call succeeds", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.addVault({ title: "Dev" });
    await listVaults("Acme");
    app().clock.advance(10 * 60_000 + 1);
    app().resetCalls();
    await expect(listVaults("Acme")).resolves.toHaveLength(1);
    expect(app().calls.map((call) => call.name ?? call.kind)).toEqual(["VaultsList", "init_client", "VaultsList"]);
    expect(app().promptsShown("Acme")).toBe(2);
  });

  test("locked with the unlock prompt denied → '1Password is locked'-style recovery, then works after unlock", async () => {
    const acme = app().addAccount({ name: "Acme" });
    acme.addVault({ title: "Dev" });
    await listVaults("Acme");
    app().lock();
    app().lockedPrompt = "deny";
    const error = await failureOf(listVaults("Acme"));
    expect(["session-expired", "authorization-denied"]).toContain(error.kind);
    expect(error.recovery.kind).toBe("authorize-again");
    app().unlock();
    await expect(listVaults("Acme")).resolves.toHaveLength(1);
  });
});

describe("no secret in error text", () => {
  test("a failed item fetch does not carry the item's values", async () => {
    const acme = app().addAccount({ name: "Acme" });
    const vault = acme.addVault({ title: "Dev" });
    const item = acme.addItem(vault, { title: "Stripe", category: "ApiCredentials" });
    app().failNext("ItemsGet", { message: "internal error while decrypting" });
    const error = await failureOf(getItem({ account: "Acme", vaultId: vault, itemId: item }));
    const text = [error.title, error.hint, error.message, error.details()].join("\n");
    expect(leaksIn(text, secretValues(app()))).toEqual([]);
  });
});
