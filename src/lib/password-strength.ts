/**
 * A strength hint for a generator recipe: the bits of entropy the recipe guarantees, from the size of what it draws
 * from, and a word for it. Computed from the recipe, not the password (a generated password is exactly as strong as
 * the choices behind it), and rounded down: the hint never overstates.
 */

export type StrengthRecipe =
  | { kind: "random"; length: number; digits: boolean; symbols: boolean }
  | { kind: "memorable"; words: number; wordList: "fullWords" | "syllables" | "threeLetters" }
  | { kind: "pin"; length: number };

const LETTERS = 52;
const DIGITS = 10;
/** A lower bound on the symbols a random password may use. */
const SYMBOLS = 8;
/**
 * Lower bounds on each word list's size. 1Password's full-word list has about 18,000 words; the syllable and
 * three-letter lists are smaller, so they count for less.
 */
const WORD_LIST_SIZES = { fullWords: 18_000, syllables: 1_000, threeLetters: 500 } as const;

export function recipeEntropyBits(recipe: StrengthRecipe): number {
  switch (recipe.kind) {
    case "random": {
      const alphabet = LETTERS + (recipe.digits ? DIGITS : 0) + (recipe.symbols ? SYMBOLS : 0);
      return Math.floor(recipe.length * Math.log2(alphabet));
    }
    case "memorable":
      return Math.floor(recipe.words * Math.log2(WORD_LIST_SIZES[recipe.wordList]));
    case "pin":
      return Math.floor(recipe.length * Math.log2(DIGITS));
  }
}

export type StrengthWord = "Very Weak" | "Weak" | "Fair" | "Strong" | "Very Strong";

/** Thresholds in bits: below 28 an online guesser wins, 60+ resists offline cracking, 100+ is beyond it. */
export function strengthWord(bits: number): StrengthWord {
  if (bits < 28) return "Very Weak";
  if (bits < 40) return "Weak";
  if (bits < 60) return "Fair";
  if (bits < 100) return "Strong";
  return "Very Strong";
}

export function describeStrength(recipe: StrengthRecipe): { word: StrengthWord; bits: number } {
  const bits = recipeEntropyBits(recipe);
  return { word: strengthWord(bits), bits };
}
