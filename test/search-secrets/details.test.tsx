import { Parser } from "commonmark";
import { host } from "../../test-world/host";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import { openLoaded, seededItems } from "./seeded-items";

/** Search Secrets' Show Details: the item as text, concealed values masked until revealed, fetched live. */
const app = useSimulatedApp();
const { seed, simItem, fieldValue } = seededItems(app);

test("Show Details renders an item's own text as text: no image, link or HTML from its title, labels or values", async () => {
  const ids = seed();
  app()
    .account("Acme")
    .addItem(ids.engineering, {
      title: "Zzz ![t](https://attacker.example/t.png)",
      category: "Login",
      fields: [
        {
          id: "username",
          title: "[l](https://attacker.example/l) <img src=x>",
          value: "bob\\` ![v](https://attacker.example/v.png) \\`",
        },
        { id: "password", title: "password", value: "pw-canary-detail", fieldType: "Concealed" },
      ],
    });
  const screen = await openLoaded();
  await screen.type("zzz");
  await screen.press("cmd+y");
  const markdown = await screen.waitFor((s) => s.detail()?.markdown?.includes("bob") && s.detail()?.markdown);
  const walker = new Parser().parse(String(markdown)).walker();
  const kinds: string[] = [];
  for (let step = walker.next(); step; step = walker.next()) kinds.push(step.node.type);
  expect(kinds).toContain("code");
  expect(kinds.filter((kind) => ["image", "link", "html_inline", "html_block"].includes(kind))).toEqual([]);
});

test("Show Details shows plain fields and masks concealed ones until Reveal Values; values are fetched live", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("stripe");
  await screen.press("cmd+y");
  expect(screen.kind()).toBe("Detail");
  await screen.waitFor((s) => s.detail()?.markdown?.includes("credential"));
  const credential = fieldValue(ids.engineering, ids.stripe, "credential");
  const username = fieldValue(ids.engineering, ids.stripe, "username");
  expect(screen.detail()?.markdown).toContain("••••••••");
  expect(screen.detail()?.markdown).not.toContain(credential);
  // A username is not a secret: shown as the 1Password app shows it.
  expect(screen.detail()?.markdown).toContain(username);
  // The main secret is copied from the first section; the field list does not offer it twice.
  expect(screen.actions().filter((action) => /^Copy Credential$/i.test(action.title))).toHaveLength(1);
  expect(screen.detail()?.metadata).toContainEqual(expect.objectContaining({ title: "Vault", text: "Engineering" }));

  // Changed in 1Password meanwhile: Reveal shows the current value, not one fetched earlier.
  const field = simItem(ids.engineering, ids.stripe).fields.find((candidate) => candidate.id === "credential");
  if (field) field.value = "canary-rotated-credential-5d1e";
  await screen.runAction("Reveal Values");
  await screen.waitFor((s) => s.detail()?.markdown?.includes("canary-rotated-credential-5d1e"));
  await screen.runAction("Hide Values");
  expect(screen.detail()?.markdown).not.toContain("canary-rotated-credential-5d1e");
  expectNoSecretLeak(app(), [credential, "canary-rotated-credential-5d1e"]);
});

test("a Reveal Values refused while locked offers Authorize Again, which reveals once unlocked", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("stripe");
  await screen.press("cmd+y");
  await screen.waitFor((s) => s.detail()?.markdown?.includes("credential"));
  app().lockedPrompt = "deny";
  app().lock();
  await screen.runAction("Reveal Values");
  await screen.waitFor(() => host.toast?.style === "FAILURE");
  expect(host.toast?.primaryAction).toBe("Authorize Again");
  const credential = fieldValue(ids.engineering, ids.stripe, "credential");
  expect(screen.detail()?.markdown).not.toContain(credential);
  app().unlock();
  await host.toast?.runPrimaryAction();
  await screen.waitFor((s) => s.detail()?.markdown?.includes(credential));
  expectNoSecretLeak(app(), [credential]);
});
