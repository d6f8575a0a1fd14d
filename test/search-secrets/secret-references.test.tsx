import { resolveSecretReference } from "../../src/onepassword/secrets";
import { host } from "../../test-world/host";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import { openLoaded, openOnStripe, seededItems, waitForFields } from "./seeded-items";

/** Search Secrets copying secret references (one or a selection as .env lines) that 1Password resolves. */
const app = useSimulatedApp();
const { seed, fieldValue } = seededItems(app);

test("the secret reference copied is one 1Password resolves to the field's value", async () => {
  const ids = seed();
  const screen = await openOnStripe();
  await screen.runAction(["Copy Secret Reference", "credential"]);
  expect(host.clipboard).toEqual({ text: "op://Engineering/Stripe/credential", concealed: false });
  const resolved = await resolveSecretReference("Acme", host.clipboard?.text ?? "");
  expect(resolved).toBe(fieldValue(ids.engineering, ids.stripe, "credential"));
});

test("references fall back to ids for a title with a slash, a duplicated title and a duplicated field title", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Infra / Prod" });
  const slash = acme.addItem(vault, { title: "AWS / root", category: "Password" });
  const twinA = acme.addItem(vault, { title: "Deploy Key", category: "Password" });
  acme.addItem(vault, { title: "deploy key", category: "Password" });
  const sectioned = acme.addItem(vault, {
    title: "Service Account",
    category: "SecureNote",
    sections: [
      { id: "sec1", title: "Prod" },
      { id: "sec2", title: "Staging" },
    ],
    fields: [
      { id: "f1", title: "token", value: "canary-token-prod-7f1", fieldType: "Concealed", sectionId: "sec1" },
      { id: "f2", title: "token", value: "canary-token-staging-2c9", fieldType: "Concealed", sectionId: "sec2" },
    ],
  });
  const screen = await openLoaded();

  const copyReference = async (query: string, title: string, field: string) => {
    await screen.type(query);
    await screen.select(title);
    await waitForFields(screen, field);
    await screen.runAction(["Copy Secret Reference", field]);
    return host.clipboard?.text ?? "";
  };

  const slashRef = await copyReference("aws root", "AWS / root", "password");
  expect(slashRef).toBe(`op://${vault}/${slash}/password`);
  expect(await resolveSecretReference("Acme", slashRef)).toBe(fieldValue(vault, slash, "password"));

  const twinRef = await copyReference("deploy", "Deploy Key", "password");
  expect(twinRef).toBe(`op://${vault}/${twinA}/password`);
  expect(await resolveSecretReference("Acme", twinRef)).toBe(fieldValue(vault, twinA, "password"));

  const sectionRef = await copyReference("service account", "Service Account", "Staging › token");
  expect(sectionRef).toBe(`op://${vault}/Service Account/Staging/token`);
  expect(await resolveSecretReference("Acme", sectionRef)).toBe("canary-token-staging-2c9");
  void sectioned;
});

test("Copy Selected as .env References writes NAME=op://… lines that resolve", async () => {
  const ids = seed();
  const acme = app().account("Acme");
  // A second "GitHub" elsewhere: its name must not collide, and it is referenced by its own vault.
  const other = acme.addItem(ids.ops, { title: "GitHub", category: "Login" });
  const screen = await openLoaded();
  await screen.type("github");
  await screen.waitFor((s) => s.items().filter((item) => item.title === "GitHub").length === 2);
  await screen.press("cmd+shift+a");
  await screen.type("stripe");
  await screen.press("cmd+shift+a");
  expect(screen.navigationTitle()).toBe("Search Secrets · 3 Selected");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.clipboard !== undefined);
  const lines = (host.clipboard?.text ?? "").split("\n");
  expect(lines.map((line) => line.split("=")[0]).sort()).toEqual([
    "GITHUB_PASSWORD",
    "GITHUB_PASSWORD_2",
    "STRIPE_CREDENTIAL",
  ]);
  expect(lines).toContain("STRIPE_CREDENTIAL=op://Engineering/Stripe/credential");
  const resolved = await Promise.all(
    lines.map((line) => resolveSecretReference("Acme", line.slice(line.indexOf("=") + 1))),
  );
  expect(resolved.sort()).toEqual(
    [
      fieldValue(ids.engineering, ids.github, "password"),
      fieldValue(ids.ops, other, "password"),
      fieldValue(ids.engineering, ids.stripe, "credential"),
    ].sort(),
  );
  expect(host.clipboard?.concealed).toBe(false);
  expectNoSecretLeak(app(), resolved);
});
