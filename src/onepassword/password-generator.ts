import { z } from "zod";
import { loadSdk } from "./sdk-loader";

/**
 * 1Password's own password generator. `Secrets.generatePassword` runs in the SDK's local wasm core: no desktop-app
 * call, no authorization prompt, so it needs no timeout. The recipe is the project's own shape (what a person
 * chooses, what LocalStorage remembers, what an AI tool receives), parsed with zod and mapped onto the SDK's.
 */

export const SEPARATORS = [
  "hyphens",
  "spaces",
  "periods",
  "commas",
  "underscores",
  "digits",
  "digitsAndSymbols",
] as const;
export type Separator = (typeof SEPARATORS)[number];

export const WORD_LISTS = ["fullWords", "syllables", "threeLetters"] as const;
export type WordList = (typeof WORD_LISTS)[number];

export const RANDOM_LENGTH = { min: 8, max: 100, default: 20 } as const;
export const MEMORABLE_WORDS = { min: 3, max: 15, default: 4 } as const;
export const PIN_LENGTH = { min: 3, max: 12, default: 6 } as const;

export const passwordRecipeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("random"),
    length: z.number().int().min(RANDOM_LENGTH.min).max(RANDOM_LENGTH.max),
    digits: z.boolean(),
    symbols: z.boolean(),
  }),
  z.object({
    kind: z.literal("memorable"),
    words: z.number().int().min(MEMORABLE_WORDS.min).max(MEMORABLE_WORDS.max),
    separator: z.enum(SEPARATORS),
    capitalize: z.boolean(),
    wordList: z.enum(WORD_LISTS),
  }),
  z.object({
    kind: z.literal("pin"),
    length: z.number().int().min(PIN_LENGTH.min).max(PIN_LENGTH.max),
  }),
]);

export type PasswordRecipe = z.infer<typeof passwordRecipeSchema>;
export type RecipeKind = PasswordRecipe["kind"];

export const DEFAULT_RECIPES: { readonly [K in RecipeKind]: Extract<PasswordRecipe, { kind: K }> } = {
  random: { kind: "random", length: RANDOM_LENGTH.default, digits: true, symbols: true },
  memorable: {
    kind: "memorable",
    words: MEMORABLE_WORDS.default,
    separator: "hyphens",
    capitalize: true,
    wordList: "fullWords",
  },
  pin: { kind: "pin", length: PIN_LENGTH.default },
};

/** How long the recipe's output is, in words a person (or a model) can be told: "20 characters", "4 words". */
export function describeRecipeLength(recipe: PasswordRecipe): string {
  switch (recipe.kind) {
    case "random":
      return `${recipe.length} characters`;
    case "memorable":
      return `${recipe.words} words`;
    case "pin":
      return `${recipe.length} digits`;
  }
}

type SdkRecipe = Parameters<ReturnType<typeof loadSdk>["Secrets"]["generatePassword"]>[0];

function toSdkRecipe(recipe: PasswordRecipe): SdkRecipe {
  switch (recipe.kind) {
    case "random":
      return {
        type: "Random",
        parameters: { length: recipe.length, includeDigits: recipe.digits, includeSymbols: recipe.symbols },
      };
    case "memorable":
      return {
        type: "Memorable",
        parameters: {
          wordCount: recipe.words,
          // The SDK's enums are string enums with these very values; the cast only names the enum type.
          separatorType: recipe.separator as Extract<SdkRecipe, { type: "Memorable" }>["parameters"]["separatorType"],
          capitalize: recipe.capitalize,
          wordListType: recipe.wordList as Extract<SdkRecipe, { type: "Memorable" }>["parameters"]["wordListType"],
        },
      };
    case "pin":
      return { type: "Pin", parameters: { length: recipe.length } };
  }
}

/** A fresh password from the recipe. The result is a secret: it goes to the clipboard or a new item, nowhere else. */
export function generatePassword(recipe: PasswordRecipe): string {
  const parsed = passwordRecipeSchema.parse(recipe);
  return loadSdk().Secrets.generatePassword(toSdkRecipe(parsed)).password;
}
