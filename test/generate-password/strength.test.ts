import { describeStrength, recipeEntropyBits, strengthWord } from "../../src/lib/password-strength";

describe("the strength hint", () => {
  test("counts what the recipe draws from, rounded down", () => {
    expect(recipeEntropyBits({ kind: "pin", length: 6 })).toBe(19);
    expect(recipeEntropyBits({ kind: "random", length: 20, digits: false, symbols: false })).toBe(114);
    expect(recipeEntropyBits({ kind: "memorable", words: 4, wordList: "fullWords" })).toBe(56);
  });

  test("more choices never make it weaker", () => {
    const base = { kind: "random", length: 12, digits: false, symbols: false } as const;
    const withDigits = recipeEntropyBits({ ...base, digits: true });
    expect(withDigits).toBeGreaterThan(recipeEntropyBits(base));
    expect(recipeEntropyBits({ ...base, digits: true, symbols: true })).toBeGreaterThan(withDigits);
  });

  test("names the strength in words", () => {
    expect(describeStrength({ kind: "pin", length: 4 }).word).toBe("Very Weak");
    expect(strengthWord(39)).toBe("Weak");
    expect(strengthWord(59)).toBe("Fair");
    expect(describeStrength({ kind: "random", length: 12, digits: true, symbols: true }).word).toBe("Strong");
    expect(describeStrength({ kind: "random", length: 20, digits: true, symbols: true }).word).toBe("Very Strong");
  });
});
