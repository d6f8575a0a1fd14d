import { host, loadBuiltCommand, loadBuiltTool, runTool, type Screen } from "../../test-world/host";
import type { DesktopApp } from "../../test-world/sim";
import { openCommand, type ViewCommandName } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import { CONNECTION_FAILURES, UNQUOTED_DENIALS } from "./wordings";

/**
 * First contact, as shipped: each stage where connecting can fail, in each wording the real app is reported to use and
 * in refusals no rule quotes, driven through the built Search Secrets, Manage Vaults, Save Item and an AI tool to the
 * state a person sees: its title, its words and the recovery offered first.
 */
const app = useSimulatedApp();
beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering" });
  acme.addItem(vault, { title: "GitHub", category: "Login" });
});
afterEach(() => host.setAssetsPath(""));

interface Expected {
  title: string;
  hint: RegExp;
  recovery: string;
}

const NOT_FOUND: Expected = {
  title: "1Password App Not Found",
  hint: /Integrate with other apps.*Integrate with the 1Password SDKs.*Connect with 1Password SDKs.*Beta/,
  recovery: "Open Setup Guide",
};
const NOT_REACHABLE: Expected = {
  title: "1Password Is Not Reachable",
  hint: /Integrate with other apps.*Integrate with the 1Password SDKs.*Connect with 1Password SDKs.*Beta/,
  recovery: "Open 1Password",
};
const NOT_GRANTED: Expected = {
  title: "Access Not Granted",
  hint: /1Password Access Requested.*behind other windows/,
  recovery: "Authorize Again",
};

interface Case {
  name: string;
  arrange: (app: DesktopApp) => void;
  expected: Expected;
}

const CASES: Case[] = [
  { name: "no library at the platform's paths", arrange: (a) => (a.installed = false), expected: NOT_FOUND },
  { name: "a library that does not load", arrange: (a) => (a.libraryLoads = false), expected: NOT_FOUND },
  ...CONNECTION_FAILURES.map((failure): Case => ({
    name: `creating a client fails with "${failure.text.slice(0, 60)}"${failure.thrown ? " (thrown)" : ""}`,
    arrange: (a) => {
      a.integrationEnabled = false;
      a.integrationOff = failure;
    },
    expected: NOT_REACHABLE,
  })),
  ...UNQUOTED_DENIALS.map((words): Case => ({
    name: `the prompt is refused with "${words}"`,
    arrange: (a) => {
      a.denialText = words;
      a.account("Acme").prompt = "deny";
    },
    expected: NOT_GRANTED,
  })),
];

/** The toast on screen once it stopped being a progress toast. */
function settledToast() {
  const toast = host.toast;
  return toast && toast.style !== "ANIMATED" ? toast : undefined;
}

const open = (name: ViewCommandName) => openCommand(name, { module: loadBuiltCommand(name) });

/** The empty view's words and its first action, once loading ended. */
async function emptyState(screen: Screen) {
  await screen.waitFor((s) => !s.isLoading() && s.emptyView() !== undefined);
  const empty = screen.emptyView();
  return { title: empty?.title, hint: empty?.description ?? "", actions: screen.actions().map((a) => a.title) };
}

function expectState(state: { title?: string; hint: string; actions: string[] }, expected: Expected) {
  expect(state.title).toBe(expected.title);
  expect(state.hint).toMatch(expected.hint);
  expect(state.actions[0]).toBe(expected.recovery);
  expect(state.actions).toContain("Check Connection");
  expect(state.title).not.toMatch(/Something Went Wrong|Permission Denied/);
}

describe.each(CASES)("$name", ({ arrange, expected }) => {
  test("Search Secrets: the empty view names it, with its recovery and Check Connection", async () => {
    arrange(app());
    expectState(await emptyState(await open("search-secrets")), expected);
  });

  test("Manage Vaults: the same state", async () => {
    arrange(app());
    expectState(await emptyState(await open("manage-vaults")), expected);
  });

  test("Save Item: a failure toast with the recovery first and Check Connection second", async () => {
    arrange(app());
    const screen = await open("save-item");
    await screen.waitFor(() => settledToast()?.style === "FAILURE");
    const toast = settledToast();
    expect(toast?.title).toBe(expected.title);
    expect(toast?.message).toMatch(expected.hint);
    expect(toast?.primaryAction).toBe(expected.recovery);
    expect(toast?.secondaryAction).toBe("Check Connection");
  });

  test("the search-items AI tool: its error says the same, in words the model can pass on", async () => {
    arrange(app());
    const outcome = await runTool(
      loadBuiltTool("search-items"),
      "search-items",
      { query: "github" },
      {
        preferences: { accounts: "Acme" },
      },
    );
    expect(outcome.kind).toBe("failed");
    const message = outcome.kind === "failed" ? outcome.error : "";
    expect(message).toContain(expected.title);
    expect(message).toMatch(expected.hint);
  });
});

describe("on a live client: 1Password forgot it (restarted) or the connection closed under a read", () => {
  const STALE: { name: string; arrange: (app: DesktopApp) => void }[] = [
    { name: "1Password restarted (invalid client id)", arrange: (a) => a.restart() },
    ...CONNECTION_FAILURES.filter((failure) => !failure.thrown).map((failure) => ({
      name: `the next read fails with "${failure.text.slice(0, 50)}"`,
      arrange: (a: DesktopApp) => {
        a.failNext("VaultsList", { message: failure.text });
        a.failNext("ItemsList", { message: failure.text });
      },
    })),
  ];

  test.each(STALE)(
    "$name: Search Secrets' refresh reads again on a fresh client, and no failure shows",
    async ({ arrange }) => {
      const screen = await open("search-secrets");
      await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
      arrange(app());
      app().resetCalls();
      await screen.press("cmd+r");
      await screen.waitFor(() => app().callsNamed("init_client").length > 0 && !screen.isLoading());
      await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
      expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
    },
  );

  test.each(STALE)("$name: Manage Vaults' refresh too", async ({ arrange }) => {
    const screen = await open("manage-vaults");
    await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
    arrange(app());
    app().resetCalls();
    await screen.press("cmd+r");
    await screen.waitFor(() =>
      app()
        .callsNamed("VaultsList")
        .some((call) => call.outcome === "ok"),
    );
    await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
    expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
    expect(screen.emptyView()).toBeUndefined();
  });
});
