import { DEFAULT_RECIPES, generatePassword, passwordRecipeSchema } from "../../src/onepassword/password-generator";
import { useSimulatedApp } from "../../test-world/support/world";

describe("1Password's password generator (the SDK's local core)", () => {
  useSimulatedApp();

  test("random recipes honour length, digits and symbols", () => {
    const password = generatePassword({ kind: "random", length: 32, digits: true, symbols: false });
    expect(password).toHaveLength(32);
    expect(password).toMatch(/\d/);
    expect(password).toMatch(/^[A-Za-z0-9]+$/);
  });

  test("memorable recipes join the asked number of words with the separator", () => {
    const password = generatePassword({ ...DEFAULT_RECIPES.memorable, words: 5, separator: "hyphens" });
    expect(password.split("-")).toHaveLength(5);
  });

  test("a PIN is digits only", () => {
    expect(generatePassword({ kind: "pin", length: 8 })).toMatch(/^\d{8}$/);
  });

  test("two passwords differ", () => {
    expect(generatePassword(DEFAULT_RECIPES.random)).not.toBe(generatePassword(DEFAULT_RECIPES.random));
  });

  test("out-of-range recipes are refused before reaching the core", () => {
    expect(passwordRecipeSchema.safeParse({ kind: "random", length: 7, digits: true, symbols: true }).success).toBe(
      false,
    );
    expect(() => generatePassword({ kind: "pin", length: 200 })).toThrow();
  });
});
