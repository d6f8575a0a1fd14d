import { LaunchType } from "@raycast/api";
import { host, loadBuiltCommand, loadBuiltTool, runTool } from "../../test-world/host";
import { hasRows, openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import { LIMITS } from "../../src/onepassword/limits";

/**
 * The prompt takes focus and Raycast's window closes (the test world closes it when the prompt shows). A launch that
 * waited for a person to answer brings Raycast back to its command once access is granted; a launch that did not
 * wait, a background run and an AI tool never do, and no launch does it twice.
 */
const app = useSimulatedApp();
beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering" });
  acme.addItem(vault, { title: "GitHub", category: "Login" });
});
afterEach(() => {
  host.setAssetsPath("");
  delete process.env.RAYCAST_SCHEME;
});

const selfLaunches = (name: string) =>
  host.launches.filter((launch) => launch.name === name && launch.type === LaunchType.UserInitiated);

/** Opens the built command with the prompt left for a person, who approves after a pause longer than the app takes. */
async function openAndApproveLater(name: "search-secrets" | "manage-vaults") {
  app().account("Acme").prompt = "never";
  const screen = await openCommand(name, { module: loadBuiltCommand(name) });
  await screen.waitFor(() => app().pendingPromptCount() > 0);
  expect(host.windowClosures).toContain("1Password Access Requested");
  await new Promise((resolve) => setTimeout(resolve, LIMITS.promptNoticeMs + 100));
  app().answerPendingPrompts("approve");
  await screen.waitFor(hasRows);
  return screen;
}

test("approving the prompt brings Raycast back to Search Secrets, once", async () => {
  const screen = await openAndApproveLater("search-secrets");
  await screen.waitFor(() => selfLaunches("search-secrets").length > 0);
  expect(selfLaunches("search-secrets")).toHaveLength(1);
  // A second prompt in the same launch (after a lock) does not pull Raycast back again.
  app().lock();
  app().unlock();
  app().account("Acme").prompt = "never";
  await screen.press("cmd+r");
  await screen.waitFor(() => app().pendingPromptCount() > 0);
  await new Promise((resolve) => setTimeout(resolve, LIMITS.promptNoticeMs + 100));
  app().answerPendingPrompts("approve");
  await screen.waitFor((s) => !s.isLoading());
  expect(selfLaunches("search-secrets")).toHaveLength(1);
});

test("with Raycast's scheme in the environment, it opens the command's deeplink in that scheme", async () => {
  process.env.RAYCAST_SCHEME = "raycast-x";
  await openAndApproveLater("manage-vaults");
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(host.opened.map(String)).toContainEqual(
    expect.stringMatching(/^raycast-x:\/\/extensions\/[^/]+\/1password-secrets\/manage-vaults$/),
  );
  expect(selfLaunches("manage-vaults")).toEqual([]);
});

test("an approval that needed no waiting (the app answered at once) does not relaunch anything", async () => {
  const screen = await openCommand("search-secrets", { module: loadBuiltCommand("search-secrets") });
  await screen.waitFor(hasRows);
  expect(app().promptsShown("Acme")).toBe(1);
  expect(host.launches).toEqual([]);
  expect(host.opened).toEqual([]);
});

test("an AI tool that waited for the prompt never pulls Raycast to a command", async () => {
  app().account("Acme").prompt = "never";
  const run = runTool(
    loadBuiltTool("search-items"),
    "search-items",
    { query: "github" },
    {
      preferences: { accounts: "Acme" },
    },
  );
  while (app().pendingPromptCount() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, LIMITS.promptNoticeMs + 100));
  app().answerPendingPrompts("approve");
  expect((await run).kind).toBe("answered");
  expect(host.launches).toEqual([]);
  expect(host.opened).toEqual([]);
});
