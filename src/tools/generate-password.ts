import type { Tool } from "@raycast/api";
import { copySecret } from "../clipboard/secure-clipboard";
import { describeRecipeLength, generatePassword } from "../onepassword/password-generator";
import { answering } from "./shared/errors";
import { clearsIn, toolClipboardOptions, toolPreferences } from "./shared/preferences";
import { describeRecipe, recipeOf } from "./shared/password-recipe";
import { planSave, savePassword } from "./shared/save-password";
import { safeNames } from "./shared/describe";

type Input = {
  /** "random" (letters, digits, symbols), "memorable" (words) or "pin" (digits). Default "random". */
  kind?: "random" | "memorable" | "pin";
  /** For random: 8 to 100 characters (default 20). For pin: 3 to 12 digits (default 6). */
  length?: number;
  /** For memorable: 3 to 15 words (default 4). */
  words?: number;
  /** For random: include digits. Default true. */
  digits?: boolean;
  /** For random: include symbols. Default true. */
  symbols?: boolean;
  /** For memorable: what goes between the words. Default "hyphens". */
  separator?: "hyphens" | "spaces" | "periods" | "commas" | "underscores" | "digits" | "digitsAndSymbols";
  /** For memorable: capitalize the words. Default true. */
  capitalize?: boolean;
  /** For memorable: "fullWords", "syllables" or "threeLetters". Default "fullWords". */
  wordList?: "fullWords" | "syllables" | "threeLetters";
  /** To save the password as a new 1Password item instead of copying it: the item's title. */
  saveAs?: string;
  /** With saveAs: the vault to save it in, by title or ID. */
  vault?: string;
  /** With saveAs: the website the password is for, e.g. "github.com". */
  website?: string;
  /** With saveAs: the account, by the name configured in the extension; needed when several are configured. */
  account?: string;
};

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  return answering(async () => {
    const recipe = recipeOf(input);
    if (input.saveAs !== undefined) {
      const save = safeNames(await planSave(toolPreferences(), input));
      return {
        message: `Save a new password as “${save.title}” in “${save.vault.title}”?`,
        info: [
          { name: "Item", value: save.title },
          { name: "Vault", value: save.vault.title },
          { name: "Account", value: save.account },
          { name: "Website", value: save.website },
          { name: "Password", value: describeRecipe(recipe) },
        ],
      };
    }
    return {
      message: "Copy a new password to the clipboard?",
      info: [
        { name: "Password", value: describeRecipe(recipe) },
        { name: "Clipboard Clears", value: clearsIn(toolPreferences()) },
      ],
    };
  });
};

/**
 * Generates a password with 1Password's own generator, on this Mac (no account needed). It either copies the password
 * for the person (concealed, cleared after their delay) or, with saveAs, saves it as a new Password item. It answers
 * only the recipe and the length, and for a saved item its title, vault and `op://` reference: never the password.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const preferences = toolPreferences();
    const recipe = recipeOf(input);
    if (input.saveAs !== undefined) {
      const save = await planSave(preferences, input);
      const saved = await savePassword(save, generatePassword(recipe));
      return { saved, recipe: describeRecipe(recipe), length: describeRecipeLength(recipe) };
    }
    const delivery = await copySecret(generatePassword(recipe), "new password", toolClipboardOptions(preferences));
    return {
      copied: "a new password",
      concealed: true,
      clears: clearsIn(preferences, delivery),
      recipe: describeRecipe(recipe),
      length: describeRecipeLength(recipe),
    };
  });
}
