import { host } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { itemsTitled, openSaveItem } from "../../test-world/support/save-item";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { openSshEd25519Key } from "../../test-world/fixtures/ssh-keys";
import { SAMPLES, seededPicks } from "../../test-world/fixtures/token-samples";

/**
 * Save Item over what developers really copy: a private key file becomes an SSH Key item, a key 1Password's SSH Key
 * cannot hold as it is goes into a Secure Note whole, a JSON key or a provider's newer token is named, and a
 * placeholder from a README is left alone.
 */

const app = useSimulatedApp();

const random = seededPicks(20_240_601);
const settled = () => (host.toast && host.toast.style !== "ANIMATED" ? host.toast : undefined);

let engineering: string;
beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  engineering = acme.addVault({ title: "Engineering" });
});

test("a pasted OpenSSH private key is offered as an SSH Key and saved as one", async () => {
  const key = openSshEd25519Key();
  host.userCopies(key);
  const screen = await openSaveItem();
  expect(field(screen, "category")?.value).toBe("SshKey");
  expect(field(screen, "category")?.options?.map((option) => option.title)).toContain("SSH Key");
  expect(field(screen, "title")?.value).toBe("SSH Key");
  expect(field(screen, "secret")).toMatchObject({ type: "password", title: "Private Key", value: key.trim() });
  expect(field(screen, "credentialType")).toBeUndefined();
  expect(screen.fields()[0]?.value).toBe("From the clipboard: an OpenSSH private key, saved as an SSH Key.");

  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “SSH Key”");
  const [saved] = itemsTitled(app(), "SSH Key");
  expect(saved).toMatchObject({ category: "SshKey", vaultId: engineering, tags: ["ssh"] });
  expect(saved?.fields).toEqual([
    expect.objectContaining({ id: "private_key", title: "private key", fieldType: "SshKey", value: key.trim() }),
  ]);
  expectNoLeakOrCrash(app(), [key.trim()]);
});

test("an encrypted private key is kept whole in a Secure Note, which an SSH Key item could not take", async () => {
  const key = SAMPLES["SSH Encrypted OpenSSH private key"]!(random);
  host.userCopies(key);
  const screen = await openSaveItem();
  expect(field(screen, "category")?.value).toBe("SecureNote");
  expect(field(screen, "notes")?.value).toBe(key.trim());
  expect(screen.fields()[0]?.value).toBe(
    "From the clipboard: an encrypted OpenSSH private key, kept whole in a Secure Note (an SSH Key item cannot hold it as it is).",
  );
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “SSH Key (Encrypted)”");
  expect(itemsTitled(app(), "SSH Key (Encrypted)")[0]).toMatchObject({ category: "SecureNote", notes: key.trim() });
});

test("a Google Cloud service-account JSON key is an API Credential named for what it is", async () => {
  const json = SAMPLES["Google Service account key"]!(random);
  host.userCopies(JSON.stringify(JSON.parse(json), null, 2));
  const screen = await openSaveItem();
  expect(field(screen, "category")?.value).toBe("ApiCredentials");
  expect(field(screen, "title")?.value).toBe("Google Cloud Service Account Key");
  expect(field(screen, "credentialType")?.value).toBe("Service account key");
  expect(field(screen, "tags")?.value).toBe("google");
});

test.each([
  ["OpenRouter API key", "OpenRouter API Key", "openrouter"],
  ["Hugging Face User access token", "Hugging Face Token", "hugging-face"],
  ["GitLab Deploy token", "GitLab Deploy Token", "gitlab"],
  ["Slack Incoming webhook URL", "Slack Webhook", "slack"],
])("a copied %s is named: %s", async (format, title, tag) => {
  host.userCopies(SAMPLES[format]!(random));
  const screen = await openSaveItem();
  expect(field(screen, "title")?.value).toBe(title);
  expect(field(screen, "tags")?.value).toBe(tag);
});

test.each([
  ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  ["AKIAIOSFODNN7EXAMPLE"],
  ["glpat-XXXXXXXXXXX-XXXXXXXX"],
  ["-----BEGIN OPENSSH PRIVATE KEY-----\n<your private key>\n-----END OPENSSH PRIVATE KEY-----"],
])("a placeholder on the clipboard (%s) is left alone", async (placeholder) => {
  host.userCopies(placeholder);
  const screen = await openSaveItem();
  expect(field(screen, "secret")?.value).toBe("");
  expect(field(screen, "title")?.value).toBe("");
  expect(field(screen, "category")?.value).toBe("ApiCredentials");
});
