import { LocalStorage } from "@raycast/api";
import {
  DEFAULT_RECIPES,
  generatePassword,
  passwordRecipeSchema,
  type PasswordRecipe,
} from "../onepassword/password-generator";
import { parseStoredJson } from "../lib/stored-json";

/** The last recipe used, in LocalStorage: a recipe is a preference, never a password. */
export const RECIPE_KEY = "generate-password.recipe";

export async function readRecipe(): Promise<PasswordRecipe> {
  return parseStoredJson(passwordRecipeSchema, await LocalStorage.getItem(RECIPE_KEY)) ?? DEFAULT_RECIPES.random;
}

export async function writeRecipe(recipe: PasswordRecipe): Promise<void> {
  await LocalStorage.setItem(RECIPE_KEY, JSON.stringify(passwordRecipeSchema.parse(recipe)));
}

/** A password for a new item, from the last recipe, except a PIN: a login deserves more than digits. */
export async function generateWithLastRecipe(): Promise<string> {
  const recipe = await readRecipe();
  return generatePassword(recipe.kind === "pin" ? DEFAULT_RECIPES.random : recipe);
}
