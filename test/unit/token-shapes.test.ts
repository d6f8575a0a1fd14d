import fc from "fast-check";
import {
  entropyPerChar,
  guessClipboard,
  looksLikeSecret,
  TOKEN_SHAPES,
  tokenShapeOf,
} from "../../src/lib/token-shapes";

// Made-up tokens of each provider's published shape (random characters, no real credential).
const EXAMPLES: [string, string, string][] = [
  ["ghp_" + "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY3zA5", "GitHub Token", "Personal access token"],
  ["gho_" + "Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa", "GitHub Token", "Personal access token"],
  [
    "github_pat_" + "11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789abcdefGHIJKLMNOPQRSTUVWXYZ",
    "GitHub Token",
    "Personal access token",
  ],
  ["glpat-" + "xY7zA9bC1dE3fG5hJ7kL", "GitLab Token", "Personal access token"],
  ["sk_live_" + "51HaBcDeFgHiJkLmNoPqRsTu", "Stripe Secret Key", "Secret key"],
  ["sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc", "Stripe Secret Key", "Secret key"],
  ["rk_live_" + "51HaBcDeFgHiJkLmNoPqRsTu", "Stripe Restricted Key", "Restricted key"],
  ["AKIA" + "IOSFODNN7EXAMPLE", "AWS Access Key", "Access key ID"],
  ["ASIA" + "Q3EGRJ2B7XKZ4W5N", "AWS Access Key", "Access key ID"],
  ["xoxb-" + "2718281828-3141592653-aBcDeFgHiJkLmNoPqRsTuVwX", "Slack Token", "Bot token"],
  ["xoxp-" + "2718281828-3141592653-1618033988-aBcDeFgHiJkLmNoPqRsTuVwXyZ012345", "Slack Token", "User token"],
  ["sk-ant-" + "api03-aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-AbCd", "Anthropic API Key", "API key"],
  ["sk-proj-" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789AbCdEfGh", "OpenAI API Key", "API key"],
  ["sk-" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789AbCd", "OpenAI API Key", "API key"],
  ["npm_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "npm Token", "Access token"],
  ["AIza" + "SyA-1bCdEfGhIjKlMnOpQrStUvWxYz01234", "Google API Key", "API key"],
  [
    "SG." + "aBcDeFgHiJkLmNoPqRsTuV" + "." + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_AbCdE",
    "SendGrid API Key",
    "API key",
  ],
];

describe("the provider-shape table", () => {
  test.each(EXAMPLES)("%s is a %s", (token, title, type) => {
    expect(tokenShapeOf(token)).toMatchObject({ title, type });
    expect(guessClipboard(`  ${token}\n`)).toMatchObject({ kind: "token", shape: { title } });
  });

  test("every entry of the table has an example", () => {
    for (const shape of TOKEN_SHAPES) {
      expect(EXAMPLES.some(([token]) => tokenShapeOf(token) === shape)).toBe(true);
    }
  });

  test.each([
    ["ghp_short", "too short for GitHub"],
    ["ghp_" + "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY3z!5", "a character GitHub never uses"],
    ["sk_live_short", "too short for Stripe"],
    ["AKIAIOSFODNN7EXAMPL", "one character short of an AWS key id"],
    ["akiaiosfodnn7example", "lowercase: not an AWS key id"],
    ["xoxb-not-a-token", "a Slack prefix without the ids"],
    ["sk-tooshort", "too short for OpenAI"],
    ["glpat-short", "too short for GitLab"],
  ])("%s is no provider's token (%s)", (text) => {
    expect(tokenShapeOf(text)).toBeUndefined();
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
