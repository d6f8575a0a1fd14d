import {
  DEFAULT_RECIPES,
  describeRecipeLength,
  passwordRecipeSchema,
  type PasswordRecipe,
  type RecipeKind,
  type Separator,
  type WordList,
} from "../../onepassword/password-generator";
import { ToolInputError } from "./errors";

/** The recipe fields a tool takes, flat, each optional: what is left out comes from 1Password's defaults. */
export interface RecipeInput {
  kind?: RecipeKind;
  length?: number;
  words?: number;
  digits?: boolean;
  symbols?: boolean;
  separator?: Separator;
  capitalize?: boolean;
  wordList?: WordList;
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The recipe asked for, on top of the default of its kind; out-of-range numbers are refused in words. */
export function recipeOf(input: RecipeInput): PasswordRecipe {
  const kind = input.kind ?? "random";
  const base = DEFAULT_RECIPES[kind];
  if (!base) throw new ToolInputError('The kind must be "random", "memorable" or "pin".');
  const candidate =
    kind === "random"
      ? { ...base, ...defined({ length: input.length, digits: input.digits, symbols: input.symbols }) }
      : kind === "memorable"
        ? {
            ...base,
            ...defined({
              words: input.words,
              separator: input.separator,
              capitalize: input.capitalize,
              wordList: input.wordList,
            }),
          }
        : { ...base, ...defined({ length: input.length }) };
  const parsed = passwordRecipeSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "recipe";
    throw new ToolInputError(`The ${field} is not accepted: ${issue?.message ?? "invalid"}.`);
  }
  return parsed.data;
}

/** The recipe in words, without the password: "random, 20 characters, with digits and symbols". */
export function describeRecipe(recipe: PasswordRecipe): string {
  const length = describeRecipeLength(recipe);
  switch (recipe.kind) {
    case "random": {
      const extras = [recipe.digits ? "digits" : undefined, recipe.symbols ? "symbols" : undefined].filter(Boolean);
      return `random, ${length}, ${extras.length > 0 ? `with ${extras.join(" and ")}` : "letters only"}`;
    }
    case "memorable":
      return `memorable, ${length} separated by ${recipe.separator}${recipe.capitalize ? ", capitalized" : ""}`;
    case "pin":
      return `PIN, ${length}`;
  }
}
