import type { RecipeKind, Separator, WordList } from "../../onepassword/password-generator";

export const KIND_TITLES: Readonly<Record<RecipeKind, string>> = {
  random: "Random",
  memorable: "Memorable",
  pin: "PIN",
};

export const SEPARATOR_TITLES: Readonly<Record<Separator, string>> = {
  hyphens: "Hyphens",
  spaces: "Spaces",
  periods: "Periods",
  commas: "Commas",
  underscores: "Underscores",
  digits: "Digits",
  digitsAndSymbols: "Digits and Symbols",
};

export const WORD_LIST_TITLES: Readonly<Record<WordList, string>> = {
  fullWords: "Full Words",
  syllables: "Syllables",
  threeLetters: "Three Letters",
};
