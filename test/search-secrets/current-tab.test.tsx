import { host, type Screen } from "../../test-world/host";
import { everythingRecorded } from "../../test-world/support/canary";
import { openCommandLoaded } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * Search Secrets opens with the logins of the browser's active tab first, through Raycast's Browser Extension, when it
 * is there and answers at once; otherwise the screen is what it always was, and says nothing about it.
 */

const app = useSimulatedApp();
const TAB_URL = "https://gist.github.com/someone/abc123?token=canary-tab-token-7f3a";

function seed(): void {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Web" });
  acme.addItem(vault, { title: "GitHub", category: "Login", websites: ["https://github.com/login"] });
  acme.addItem(vault, { title: "Zed Gist Bot", category: "Login", websites: ["gist.github.com"] });
  acme.addItem(vault, { title: "Notes about GitHub", category: "Login", websites: ["https://notes.example.com"] });
  acme.addItem(vault, { title: "BBC", category: "Login", websites: ["https://www.bbc.co.uk"] });
  acme.addItem(vault, { title: "Other Shop", category: "Login", websites: ["https://shop.other.co.uk"] });
  acme.addItem(vault, { title: "AWS", category: "Login", websites: ["https://aws.amazon.com"] });
}

function installBrowser(url: string, model: Partial<typeof host.browserExtension> = {}): void {
  host.browserExtension = {
    installed: true,
    tabs: [
      { active: false, id: 1, url: "https://aws.amazon.com/console" },
      { active: true, id: 2, url },
    ],
    ...model,
  };
}

const titles = (screen: Screen) =>
  screen.sections().map((section) => [section.title, section.items.map((item) => item.title)]);
const ALL_ITEMS = ["AWS", "BBC", "GitHub", "Notes about GitHub", "Other Shop", "Zed Gist Bot"];

test("with the browser extension: the tab's site first, subdomains included, in a section that names it", async () => {
  seed();
  installBrowser(TAB_URL);
  const screen = await openCommandLoaded("search-secrets");
  await screen.waitFor((s) => s.sections().length === 2);
  expect(titles(screen)).toEqual([
    ["On github.com", ["GitHub", "Zed Gist Bot"]],
    ["Items", ["AWS", "BBC", "Notes about GitHub", "Other Shop"]],
  ]);
  expect(screen.selected()?.title).toBe("GitHub");
  // Typing searches as before; an empty search bar brings the tab's logins back.
  await screen.type("aws");
  expect(titles(screen)).toEqual([[expect.any(String), ["AWS"]]]);
  await screen.type("");
  expect(titles(screen)[0]).toEqual(["On github.com", ["GitHub", "Zed Gist Bot"]]);
  // The URL was used in memory only.
  expect(everythingRecorded()).not.toContain("someone/abc123");
  expect(everythingRecorded()).not.toContain("canary-tab-token");
  expect(host.errors).toEqual([]);
});

test("a multi-part public suffix: bbc.co.uk is the site, not co.uk", async () => {
  seed();
  installBrowser("https://account.bbc.co.uk/signin");
  const screen = await openCommandLoaded("search-secrets");
  await screen.waitFor((s) => s.sections().length === 2);
  expect(titles(screen)[0]).toEqual(["On bbc.co.uk", ["BBC"]]);
});

test.each([
  ["absent", () => undefined, 0],
  ["failing", () => installBrowser(TAB_URL, { failure: new Error("The browser did not answer") }), 1],
  ["slow", () => installBrowser(TAB_URL, { delayMs: 1_500 }), 1],
])("with the browser extension %s, nothing changes and nothing is said", async (_case, arrange, reads) => {
  seed();
  arrange();
  const screen = await openCommandLoaded("search-secrets");
  // The first rows do not wait for the browser.
  expect(titles(screen)).toEqual([["Items", ALL_ITEMS]]);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await screen.settle();
  expect(titles(screen)).toEqual([["Items", ALL_ITEMS]]);
  expect(host.browserTabReads).toBe(reads);
  expect(host.toasts).toEqual([]);
  expect(host.errors).toEqual([]);
});

test("a tab that is not a website (a settings page, a file) changes nothing", async () => {
  seed();
  installBrowser("chrome://settings/passwords");
  const screen = await openCommandLoaded("search-secrets");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await screen.settle();
  expect(titles(screen)).toEqual([["Items", ALL_ITEMS]]);
});
