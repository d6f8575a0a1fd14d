import { generateKeyPairSync, type KeyExportOptions, type KeyObject } from "node:crypto";
import fc from "fast-check";
import {
  entropyPerChar,
  guessClipboard,
  looksLikeSecret,
  TOKEN_SHAPES,
  tokenShapeOf,
  type TokenShape,
} from "../../src/lib/token-shapes";
import { openSshEd25519Key, pkcs8Ed25519Key } from "../../test-world/fixtures/ssh-keys";
import { REPEATED, SAMPLES, seededPicks } from "../../test-world/fixtures/token-samples";

const seeded = seededPicks;
const keyOf = (shape: TokenShape) => `${shape.provider} ${shape.type}`;
const ENTRIES = TOKEN_SHAPES.map((shape) => [keyOf(shape), shape] as const);

describe("the provider table", () => {
  test("every entry has a sample, and each sample an entry", () => {
    expect(new Set(ENTRIES.map(([key]) => key)).size).toBe(TOKEN_SHAPES.length);
    expect(Object.keys(SAMPLES).sort()).toEqual(ENTRIES.map(([key]) => key).sort());
  });

  test("every entry names where its format is documented", () => {
    for (const shape of TOKEN_SHAPES) expect(shape.source).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
  });

  test.each(ENTRIES)("%s: a random example is named, a placeholder of its format is not", (key, shape) => {
    for (const seed of [1, 2, 3]) {
      const example = SAMPLES[key]!(seeded(seed));
      expect(tokenShapeOf(example)).toBe(shape);
      expect(guessClipboard(`  ${example}\n`)).toEqual({ kind: "token", shape });
    }
    const placeholder = SAMPLES[key]!(REPEATED);
    expect(shape.pattern.test(placeholder.trim())).toBe(true);
    expect(tokenShapeOf(placeholder)).toBeUndefined();
    expect(guessClipboard(placeholder)).toBeUndefined();
  });

  test("the placeholder rules turn down no random example (200 of each format)", () => {
    const missed: string[] = [];
    for (const [key, shape] of ENTRIES) {
      for (let seed = 100; seed < 300; seed++) {
        if (tokenShapeOf(SAMPLES[key]!(seeded(seed))) !== shape) missed.push(`${key} #${seed}`);
      }
    }
    expect(missed).toEqual([]);
  });

  test.each([
    ["AKIAIOSFODNN7EXAMPLE", "AWS's documented example key id"],
    ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS's documented example secret"],
    ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe's documentation test key"],
    ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "x for every character"],
    ["glpat-XXXXXXXXXXX-XXXXXXXX", "GitLab's docs placeholder"],
    ["sk_live_1234567890abcdefghijklmn", "a sequence"],
    ["YOUR_API_KEY_HERE_1234", "a marker word"],
    ["your_api_key_here", "words"],
    ["<token>", "angle brackets"],
    ["${GITHUB_TOKEN}", "a variable"],
    ["sk-proj-abc...xyz1234567890", "an ellipsis"],
    ["-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "a key file without a key"],
  ])("%s is not a credential (%s)", (text) => {
    expect(tokenShapeOf(text)).toBeUndefined();
    expect(guessClipboard(text)).toBeUndefined();
  });

  test.each([
    ["ghp_short", "too short for GitHub"],
    ["ghp_" + "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY3z!5", "a character GitHub never uses"],
    ["AKIAQ3EGRJ2B7XKZ4W5", "one character short of an AWS key id"],
    ["akiaq3egrj2b7xkz4w5n", "lowercase: not an AWS key id"],
    ["xoxb-not-a-token", "a Slack prefix without the ids"],
    ["sk-tooshort", "too short for anyone"],
    ["glpat-short", "too short for GitLab"],
  ])("%s is no provider's token (%s)", (text) => {
    expect(tokenShapeOf(text)).toBeUndefined();
  });

  test("an sk- key of no known format is a secret but not named OpenAI", () => {
    expect(guessClipboard("sk-" + "Qm7Tz2Lp9Xv4Rk8Wn3Yb6Hc1Jd5Fg0Sa")).toEqual({ kind: "secret" });
    expect(tokenShapeOf(SAMPLES["OpenRouter API key"]!(seeded(5)))?.provider).toBe("OpenRouter");
    expect(tokenShapeOf(SAMPLES["DeepSeek API key"]!(seeded(5)))?.provider).toBe("DeepSeek");
  });

  test("a private key is offered as an SSH Key, an encrypted one kept in a Secure Note", () => {
    expect(tokenShapeOf(SAMPLES["SSH OpenSSH private key"]!(seeded(7)))?.category).toBe("SshKey");
    expect(tokenShapeOf(SAMPLES["SSH Private key (PKCS#8)"]!(seeded(7)))?.category).toBe("SshKey");
    expect(tokenShapeOf(SAMPLES["SSH Encrypted OpenSSH private key"]!(seeded(7)))?.category).toBe("SecureNote");
    expect(tokenShapeOf(SAMPLES["PuTTY PuTTY private key"]!(seeded(7)))?.category).toBe("SecureNote");
    expect(tokenShapeOf(SAMPLES["Google Service account key"]!(seeded(7)))?.category).toBe("ApiCredentials");
  });

  test("real keys, freshly made, are SSH Keys: OpenSSH, PKCS#8, RSA and EC files", () => {
    const pem = (type: "pkcs1" | "pkcs8" | "sec1", key: KeyObject) =>
      key.export({ format: "pem", type } as KeyExportOptions<"pem">).toString();
    const keys = [
      ...Array.from({ length: 20 }, () => ["OpenSSH private key", openSshEd25519Key()]),
      ...Array.from({ length: 20 }, () => ["Private key (PKCS#8)", pkcs8Ed25519Key()]),
      ["RSA private key", pem("pkcs1", generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey)],
      ["Private key (PKCS#8)", pem("pkcs8", generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey)],
      ["EC private key", pem("sec1", generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey)],
    ];
    for (const [type, key] of keys) expect(tokenShapeOf(key!)).toMatchObject({ type, category: "SshKey" });
  });

  test("a JSON file that is not a service-account key is not one", () => {
    expect(tokenShapeOf('{"type": "service_account", "note": "see the wiki"}')).toBeUndefined();
  });
});

describe("other secrets and ordinary text", () => {
  test("a long random string without spaces is a secret", () => {
    expect(guessClipboard("Zq8vN2xLr5TgW9bKp3YhD7mC")).toEqual({ kind: "secret" });
    expect(guessClipboard("9f86d081884c7d659a2feaa0c55ad015")).toEqual({ kind: "secret" }); // a 32-hex token
    expect(looksLikeSecret("V7u$kP2#qL9!mX4&wR8zT1")).toBe(true);
  });

  test.each([
    ["", "empty"],
    ["hello", "a word"],
    ["Meeting notes for the Q3 launch", "a sentence"],
    ["internationalization", "a long word"],
    ["https://github.com/settings/tokens?type=beta", "a URL"],
    ["op://Engineering/GitHub/credential", "a secret reference"],
    ["someone.long-name@example-company.com", "an email address"],
    ["/Users/dev/projects/raycast-1password/src", "a path"],
    ["550e8400-e29b-41d4-a716-446655440000", "a UUID"],
    ["blgexucrwfr2dtsxe2q4uu7dp4", "a 1Password id"],
    ["165ba1a3f6c0d4b2e8a9c7f1e2d3b4a5c6d7e8f9", "a git commit hash"],
    ["12345678901234567890123", "a number"],
    ["aaaaaaaaaaaaaaaaaaaaaaaa1", "repetitive text"],
    ["ghp_" + "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY3zA5 and more words", "a token inside a sentence"],
    ["x".repeat(2000), "a whole file"],
  ])("%j is not taken (%s)", (text) => {
    expect(guessClipboard(text)).toBeUndefined();
  });

  test("nothing on the clipboard is nothing", () => {
    expect(guessClipboard(undefined)).toBeUndefined();
  });

  test("text with a space is never taken", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        expect(guessClipboard(`${a.trim() || "a"} ${b.trim() || "b"}`)).toBeUndefined();
      }),
    );
  });

  test("entropy is 0 for one repeated character and log2(n) for n distinct ones", () => {
    expect(entropyPerChar("aaaa")).toBe(0);
    expect(entropyPerChar("abcd")).toBe(2);
  });
});
