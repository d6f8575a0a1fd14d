import { Action, ActionPanel, Color, Icon, List } from "@raycast/api";
import { useCallback, useEffect, useRef, useState } from "react";
import { copySecret, pasteSecret } from "../../clipboard/secure-clipboard";
import { describeStrength, type StrengthWord } from "../../lib/password-strength";
import type { Preferences } from "../../lib/preferences";
import {
  DEFAULT_RECIPES,
  describeRecipeLength,
  generatePassword,
  type PasswordRecipe,
  type RecipeKind,
} from "../../onepassword/password-generator";
import type { ScreenLinks } from "../shared/screen-links";
import { RecipeActions } from "./RecipeActions";
import { copyAndPaste } from "../shared/delivery-actions";
import { SHORTCUTS } from "./shortcuts";
import { readRecipe, writeRecipe } from "../../domain/recipe-store";
import { KIND_TITLES, SEPARATOR_TITLES, WORD_LIST_TITLES } from "./recipe-words";

const STRENGTH_COLORS: Record<StrengthWord, Color> = {
  "Very Weak": Color.Red,
  Weak: Color.Orange,
  Fair: Color.Yellow,
  Strong: Color.Green,
  "Very Strong": Color.Green,
};

function recipeWords(recipe: PasswordRecipe): string {
  const parts = [KIND_TITLES[recipe.kind], describeRecipeLength(recipe)];
  if (recipe.kind === "random") {
    parts.push(recipe.digits ? "digits" : "no digits", recipe.symbols ? "symbols" : "no symbols");
  }
  if (recipe.kind === "memorable") {
    parts.push(SEPARATOR_TITLES[recipe.separator].toLowerCase(), WORD_LIST_TITLES[recipe.wordList].toLowerCase());
    if (recipe.capitalize) parts.push("capitalized");
  }
  return parts.join(" · ");
}

/**
 * Generate Password: 1Password's own generator (local, no prompt), opening on a fresh password from the last recipe.
 * The password lives in this screen's state only; the recipe is remembered, the password never is.
 */
export function GeneratePassword(props: { preferences: Preferences; links: Pick<ScreenLinks, "saveItem"> }) {
  const { preferences } = props;
  const [recipe, setRecipe] = useState<PasswordRecipe | undefined>();
  const [password, setPassword] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  // Each kind's options as last set in this launch, so switching back and forth keeps them.
  const perKind = useRef<Record<RecipeKind, PasswordRecipe>>({ ...DEFAULT_RECIPES });

  const generate = useCallback((next: PasswordRecipe) => {
    try {
      setPassword(generatePassword(next));
      setFailed(false);
    } catch {
      // The message could only say that the core failed: it never holds a password.
      setPassword(undefined);
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void readRecipe().then((stored) => {
      if (!live) return;
      perKind.current[stored.kind] = stored;
      setRecipe(stored);
      generate(stored);
    });
    return () => {
      live = false;
    };
  }, [generate]);

  const change = (next: PasswordRecipe) => {
    perKind.current[next.kind] = next;
    setRecipe(next);
    generate(next);
    void writeRecipe(next);
  };

  const options = {
    clearAfterSeconds: preferences.clearAfterSeconds,
    closeWindowAfterCopy: preferences.closeWindowAfterCopy,
    kind: "a password",
  };
  const strength = recipe ? describeStrength(recipe) : undefined;

  return (
    <List
      isLoading={recipe === undefined}
      filtering={false}
      navigationTitle="Generate Password"
      searchBarPlaceholder="1Password's generator"
      searchBarAccessory={
        recipe ? (
          <List.Dropdown
            tooltip="Recipe"
            value={recipe.kind}
            onChange={(kind) => kind !== recipe.kind && change(perKind.current[kind as RecipeKind])}
          >
            {(Object.keys(DEFAULT_RECIPES) as RecipeKind[]).map((kind) => (
              <List.Dropdown.Item key={kind} value={kind} title={KIND_TITLES[kind]} />
            ))}
          </List.Dropdown>
        ) : undefined
      }
    >
      {failed ? (
        <List.EmptyView
          icon={Icon.Warning}
          title="Could Not Generate a Password"
          description="1Password's generator did not run. Try again; if it keeps failing, reinstall the extension."
          actions={
            <ActionPanel>
              {recipe ? (
                <Action title="Try Again" icon={Icon.ArrowClockwise} onAction={() => generate(recipe)} />
              ) : null}
            </ActionPanel>
          }
        />
      ) : null}
      {recipe && password && strength ? (
        <List.Item
          id="password"
          title={password}
          subtitle={recipeWords(recipe)}
          icon={Icon.Key}
          accessories={[
            {
              tag: { value: strength.word, color: STRENGTH_COLORS[strength.word] },
              tooltip: `At least ${strength.bits} bits of entropy`,
            },
          ]}
          actions={
            <ActionPanel title="Generated Password">
              <ActionPanel.Section>
                {copyAndPaste(
                  preferences.primaryAction,
                  "Password",
                  (mode) => void (mode === "copy" ? copySecret : pasteSecret)(password, "password", options),
                )}
                <Action
                  title="Regenerate"
                  icon={Icon.ArrowClockwise}
                  shortcut={SHORTCUTS.regenerate}
                  onAction={() => generate(recipe)}
                />
                <Action.Push
                  title="Save as New Item"
                  icon={Icon.PlusCircle}
                  shortcut={SHORTCUTS.saveAsItem}
                  target={props.links.saveItem({ initialSecret: password, initialCategory: "Login" })}
                />
              </ActionPanel.Section>
              <RecipeActions recipe={recipe} onChange={change} recipeFor={(kind) => perKind.current[kind]} />
            </ActionPanel>
          }
        />
      ) : null}
    </List>
  );
}
