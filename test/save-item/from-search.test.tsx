import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand, openCommandLoaded } from "../../test-world/support/commands";
import { itemsTitled, openSaveItem } from "../../test-world/support/save-item";
import { field, itemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/** Save Item from Search Secrets, and Search Secrets finding what was saved: in the same launch and the next. */

const app = useSimulatedApp();
const TOKEN = "sk_live_" + "51QwErTyUiOpAsDfGhJkLzXc";

beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const engineering = acme.addVault({ title: "Engineering" });
  acme.addItem(engineering, { title: "GitHub", category: "Login" });
  acme.addItem(engineering, { title: "AWS Console", category: "Login" });
});

const saved = (title: string) => host.toast?.style === "SUCCESS" && host.toast.title === `Saved “${title}”`;

test("⌘N in Search Secrets saves the copied key, and the list shows it at once, without a refresh", async () => {
  const screen = await openCommandLoaded("search-secrets");
  host.userCopies(TOKEN);
  expect(screen.actions().map((action) => [action.title, action.shortcut])).toContainEqual(["Save New Item", "cmd+n"]);
  await screen.press("cmd+n");
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading() && field(s, "vault")?.value !== "");
  expect(field(screen, "title")?.value).toBe("Stripe Secret Key");
  const listsBefore = app().callsNamed("ItemsList").length;

  await screen.press("cmd+enter");
  await screen.waitFor((s) => s.kind() === "List" && saved("Stripe Secret Key"));
  expect(screen.depth()).toBe(1);
  await screen.type("stripe");
  await screen.waitFor((s) => itemTitles(s).includes("Stripe Secret Key"));
  expect(app().callsNamed("ItemsList").length).toBe(listsBefore);
  expectNoLeakOrCrash(app(), [TOKEN]);
});

test('no match for "Vercel Deploy": the empty view saves it as a new item under that title', async () => {
  const screen = await openCommandLoaded("search-secrets");
  await screen.type("Vercel Deploy");
  await screen.waitFor((s) => s.emptyView() !== undefined);
  expect(screen.emptyView()?.title).toBe('No Results for "Vercel Deploy"');
  expect(screen.actions().map((action) => [action.title, action.shortcut])).toEqual([
    ['Save "Vercel Deploy" as a New Item', "cmd+n"],
  ]);
  await screen.press("enter");
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading() && field(s, "vault")?.value !== "");
  expect(field(screen, "title")?.value).toBe("Vercel Deploy");
  await screen.setValue("secret", "vercel_" + "Xk29fLq8Zr7Mw3Nb5Tc1");
  await screen.press("cmd+enter");
  await screen.waitFor((s) => s.kind() === "List" && saved("Vercel Deploy"));
  await screen.waitFor((s) => itemTitles(s).includes("Vercel Deploy"));
  expect(itemsTitled(app(), "Vercel Deploy")).toHaveLength(1);
  expectNoLeakOrCrash(app(), ["vercel_" + "Xk29fLq8Zr7Mw3Nb5Tc1"]);
});

test("saved with the Save Item command: the next Search Secrets launch finds it from its cache, before any refresh", async () => {
  const first = await openCommandLoaded("search-secrets");
  await first.unmount();

  host.userCopies(TOKEN);
  const form = await openSaveItem();
  await form.press("cmd+enter");
  await form.waitFor(() => saved("Stripe Secret Key"));
  await form.unmount();

  // 1Password does not answer listings now: what the new launch shows comes from the cached index.
  app().resetCalls();
  const hang = app().hang("ItemsList");
  const screen = await openCommand("search-secrets");
  await screen.waitFor((s) => s.items().length > 0);
  await screen.type("stripe");
  await screen.waitFor((s) => itemTitles(s).includes("Stripe Secret Key"));
  expect(screen.isLoading()).toBe(true);
  expect(
    app()
      .callsNamed("ItemsList")
      .every((call) => call.outcome === "pending"),
  ).toBe(true);
  hang.release();
  await screen.waitFor((s) => !s.isLoading());
  expect(itemTitles(screen)).toContain("Stripe Secret Key");
  expectNoLeakOrCrash(app(), [TOKEN]);
});
