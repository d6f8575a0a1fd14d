import { listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import { host } from "../../test-world/host";
import { rows, selectRow } from "../../test-world/support/screen";
import { openLoaded, REGION, register, useSeededEnvironments } from "./seeded-environments";

/** Registering an Environment by id: the form, its checks, and what it reads from the clipboard. */
const { app, env, expectNoCanaryShown } = useSeededEnvironments();

describe("registering", () => {
  test("the empty state explains where the id is and ↵ opens the form", async () => {
    const screen = await openLoaded();
    expect(screen.emptyView()).toMatchObject({ title: "Add Your First Environment" });
    expect(screen.emptyView()?.description).toContain("Developer › View Environments");
    expect(screen.emptyView()?.description).toContain("Copy environment ID");
    await screen.press("enter");
    expect(screen.kind()).toBe("Form");
    expect(screen.fields().map((field) => field.id)).toEqual(["", "id", "label"]);
  });

  test("adds an Environment by id: validated by one fetch, then listed with its variables", async () => {
    const screen = await openLoaded();
    await screen.press("cmd+n");
    app().resetCalls();
    await screen.submit({ id: env.stagingId.toUpperCase(), label: "Staging" });
    await screen.waitFor((s) => s.depth() === 1 && s.items().length === 5);
    expect(host.toasts.at(-1)).toMatchObject({ title: "Added Staging", message: "5 variables" });
    expect(screen.sections()).toEqual([expect.objectContaining({ title: "Staging", subtitle: "5 variables" })]);
    expect(rows(screen)).toEqual([
      "Staging/API_KEY",
      "Staging/DATABASE_URL",
      "Staging/TRICKY",
      "Staging/FEATURE-FLAG",
      "Staging/REGION",
    ]);
    // Masked values are dots; the unmasked one is shown dimmed.
    expect(screen.items()[0]?.subtitle).toBe("••••••••");
    expect(screen.items()[4]?.subtitle).toBe(REGION);
    expect(await listRegisteredEnvironments()).toEqual([{ id: env.stagingId, label: "Staging", account: "Acme" }]);
    expectNoCanaryShown();
  });

  test("a wrong format is an inline error on the ID field, without calling 1Password", async () => {
    const screen = await openLoaded();
    await screen.press("cmd+n");
    app().resetCalls();
    await screen.submit({ id: "not-an-environment-id", label: "Staging" });
    expect(screen.kind()).toBe("Form");
    expect(screen.fields().find((field) => field.id === "id")?.error).toMatch(/26 letters and digits/);
    expect(app().calls).toHaveLength(0);
    // Typing again clears the error; an empty label is caught the same way.
    await screen.setValue("id", env.stagingId);
    expect(screen.fields().find((field) => field.id === "id")?.error).toBeUndefined();
    await screen.submit({ label: "  " });
    expect(screen.fields().find((field) => field.id === "label")?.error).toMatch(/name/);
    expect(app().calls).toHaveLength(0);
  });

  test("an unknown id says Environment Not Found, on the field and in the toast", async () => {
    const screen = await openLoaded();
    await screen.press("cmd+n");
    await screen.submit({ id: "b".repeat(26), label: "Ghost" });
    await screen.waitFor(() => host.toast?.title === "Environment Not Found");
    expect(host.toast?.style).toBe("FAILURE");
    expect(screen.kind()).toBe("Form");
    expect(screen.fields().find((field) => field.id === "id")?.error).toMatch(/No Environment with this ID in Acme/);
    expect(await listRegisteredEnvironments()).toEqual([]);
  });

  test("an Environment without access is refused with a permission message", async () => {
    env.acme.denyEnvironment(env.prodId);
    const screen = await openLoaded();
    await screen.press("cmd+n");
    await screen.submit({ id: env.prodId, label: "Production" });
    await screen.waitFor(() => host.toast?.title === "No Access to This Environment");
    expect(host.toast?.message).toMatch(/cannot read this Environment/);
    expect(await listRegisteredEnvironments()).toEqual([]);
  });

  test("an id on the clipboard is pre-filled; other clipboard text is not", async () => {
    host.userCopies(` ${env.stagingId.toUpperCase()}\n`);
    const screen = await openLoaded();
    await screen.press("enter");
    await screen.waitFor((s) => s.formValues().id === env.stagingId);
    await screen.pop();

    host.userCopies("some-password-the-user-copied");
    await screen.press("enter");
    await screen.settle();
    expect(screen.formValues().id).toBe("");
    await screen.pop();

    // A secret that merely contains 26 base32 letters is not lifted into the form.
    host.userCopies(`sk_live_${env.stagingId}`);
    await screen.press("enter");
    await screen.settle();
    expect(screen.formValues().id).toBe("");
  });

  test("while a copied secret is pending the clipboard is not read, even if it looks like an id", async () => {
    // An Environment value that is shaped like an id, copied from the list: it is a secret until it is cleared.
    const idsId = env.acme.addEnvironment({ name: "Ids", variables: { LOOKS_LIKE_ID: "aaaaaaaaaaaaaaaaaaaaaaaaaa" } });
    await register([idsId, "Ids"]);
    const screen = await openLoaded();
    await selectRow(screen, "Ids", "LOOKS_LIKE_ID");
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === "aaaaaaaaaaaaaaaaaaaaaaaaaa");
    await screen.waitFor(() => host.huds.length > 0);
    await screen.press("cmd+n");
    await screen.settle();
    expect(screen.kind()).toBe("Form");
    expect(screen.formValues().id).toBe("");
  });

  test("with several accounts the form asks which one", async () => {
    app().addAccount({ name: "Home" });
    const screen = await openLoaded("Acme, Home");
    await screen.press("enter");
    const account = screen.fields().find((field) => field.id === "account");
    expect(account?.options?.map((option) => option.value)).toEqual(["Acme", "Home"]);
    await screen.submit({ id: env.stagingId, label: "Staging", account: "Home" });
    // Staging lives in Acme, so in Home it is unknown.
    await screen.waitFor(() => host.toast?.title === "Environment Not Found");
    expect(host.toast?.message).toContain("Home");
  });
});
