import { callDesktop } from "../../src/onepassword/clients";
import { createVault, listVaults } from "../../src/onepassword/vaults";
import { failureOf } from "../../test-world/support/failure";
import { useSimulatedApp } from "../../test-world/support/world";
import { CONNECTION_FAILURES } from "./wordings";

/**
 * A call on a live client that went stale (the app forgot the client, the session ended, the connection closed) drops
 * that client; a read runs once more on a fresh one; a write is never repeated; a timed-out client is not reused.
 */
const app = useSimulatedApp();
beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  acme.addVault({ title: "Engineering" });
});

const clientIds = () =>
  app()
    .calls.filter((call) => call.kind === "init_client" && call.outcome === "ok")
    .map((call) => call.clientId);

test("1Password restarted (it forgot the client): a read makes a fresh client and answers", async () => {
  await listVaults("Acme");
  app().restart();
  app().resetCalls();
  await expect(listVaults("Acme")).resolves.toHaveLength(1);
  const calls = app().calls.map((call) => `${call.kind}:${call.name ?? ""}:${call.outcome}`);
  expect(calls).toEqual(["invoke:VaultsList:error", "init_client::ok", "invoke:VaultsList:ok"]);
  expect(app().calls[0]?.error?.message).toMatch(/invalid client id/);
});

test.each(CONNECTION_FAILURES.filter((failure) => !failure.thrown))(
  "a read whose connection closes under it ($text) runs once more on a fresh client",
  async ({ text }) => {
    await listVaults("Acme");
    app().resetCalls();
    app().failNext("VaultsList", { message: text });
    await expect(listVaults("Acme")).resolves.toHaveLength(1);
    expect(app().callsNamed("init_client")).toHaveLength(1);
    expect(
      app()
        .callsNamed("VaultsList")
        .map((call) => call.outcome),
    ).toEqual(["error", "ok"]);
  },
);

test("a read is retried once only: a second stale answer is reported, not looped on", async () => {
  await listVaults("Acme");
  app().resetCalls();
  app().failNext("VaultsList", { message: "invalid client id 7" });
  app().failNext("VaultsList", { message: "invalid client id 8" });
  const error = await failureOf(listVaults("Acme"));
  expect(error.kind).toBe("session-expired");
  expect(app().callsNamed("VaultsList")).toHaveLength(2);
  // The stale client is gone: the next call starts from a fresh one.
  app().resetCalls();
  await listVaults("Acme");
  expect(app().callsNamed("init_client")).toHaveLength(1);
});

test("a write whose answer is lost with the connection is never repeated, and may have been carried out", async () => {
  await listVaults("Acme");
  app().resetCalls();
  app().loseAnswerNext("VaultsCreate");
  const error = await failureOf(createVault("Acme", { title: "Q3 Launch" }));
  expect(app().callsNamed("VaultsCreate")).toHaveLength(1);
  expect(error.kind).toBe("unexpected");
  expect(error.title).toBe("Connection to 1Password Lost");
  // The next call does not trust the client the connection dropped under.
  app().resetCalls();
  await listVaults("Acme");
  expect(app().callsNamed("init_client")).toHaveLength(1);
});

test("a call that timed out: its client is dropped before the next call", async () => {
  await listVaults("Acme");
  const before = clientIds();
  const hang = app().hang("VaultsList");
  const error = await failureOf(callDesktop("Acme", "Loading vaults", (c) => c.vaults.list(), { timeoutMs: 100 }));
  expect(error.kind).toBe("timed-out");
  hang.release();
  await listVaults("Acme");
  expect(clientIds()).toHaveLength(before.length + 1);
});

test("the SDK's own re-authorization inside a call is refused in unknown words: Access Not Granted", async () => {
  await listVaults("Acme");
  app().lock();
  app().unlock();
  app().denialText = "nope, not today";
  app().account("Acme").prompt = "deny";
  const error = await failureOf(listVaults("Acme"));
  expect(error.kind).toBe("authorization-denied");
  expect(error.title).toBe("Access Not Granted");
});

describe("Windows: 1Password restarted while Raycast held its library", () => {
  const platform = process.platform;
  beforeEach(() => Object.defineProperty(process, "platform", { value: "win32" }));
  afterEach(() => Object.defineProperty(process, "platform", { value: platform }));

  test("a fresh client that cannot connect after this process had worked says to restart Raycast, and why", async () => {
    await listVaults("Acme");
    app().restart();
    const error = await failureOf(listVaults("Acme"));
    expect(error.kind).toBe("app-restarted");
    expect(error.title).toBe("Restart Raycast to Reconnect");
    expect(error.hint).toMatch(/restarted.*Windows.*Quit Raycast and open it again/);
  });

  test("the same failure before anything worked in this process is the integration, not a restart", async () => {
    app().integrationEnabled = false;
    app().integrationOff = { text: "IPC operation failed: -2", thrown: true };
    {
      // A process that never connected: the extension's modules as a fresh launch loads them.
      let fresh: typeof import("../../src/onepassword/vaults") | undefined;
      jest.isolateModules(() => {
        fresh = jest.requireActual<typeof import("../../src/onepassword/vaults")>("../../src/onepassword/vaults");
      });
      // Its own OnePasswordError class: compare by kind and words.
      const error = await fresh?.listVaults("Acme").then(
        () => undefined,
        (failure: { kind: string; title: string }) => failure,
      );
      expect(error?.kind).toBe("integration-disabled");
      expect(error?.title).toBe("1Password Is Not Reachable");
    }
  });
});
