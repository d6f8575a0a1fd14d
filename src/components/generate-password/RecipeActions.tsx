import { Action, ActionPanel, Icon, type Keyboard } from "@raycast/api";
import {
  DEFAULT_RECIPES,
  MEMORABLE_WORDS,
  PIN_LENGTH,
  RANDOM_LENGTH,
  SEPARATORS,
  WORD_LISTS,
  type PasswordRecipe,
  type RecipeKind,
} from "../../onepassword/password-generator";
import { KIND_TITLES, SEPARATOR_TITLES, WORD_LIST_TITLES } from "./recipe-words";
import { RECIPE_SHORTCUTS } from "./shortcuts";

const RANDOM_LENGTHS = [8, 12, 16, 20, 24, 32, 40, 50, 64, 100];
const PIN_LENGTHS = [4, 6, 8, 10, 12];
const WORD_COUNTS = [3, 4, 5, 6, 7, 8, 10, 12, 15];

/** The number the recipe's length is counted in (characters, words or digits), and its bounds. */
function lengthOf(recipe: PasswordRecipe): { value: number; min: number; max: number } {
  if (recipe.kind === "memorable") return { value: recipe.words, ...MEMORABLE_WORDS };
  if (recipe.kind === "pin") return { value: recipe.length, ...PIN_LENGTH };
  return { value: recipe.length, ...RANDOM_LENGTH };
}

function withLength(recipe: PasswordRecipe, value: number): PasswordRecipe {
  return recipe.kind === "memorable" ? { ...recipe, words: value } : { ...recipe, length: value };
}

/** An option that is on or off, titled by what choosing it does. */
function toggle(
  on: boolean,
  whenOn: string,
  whenOff: string,
  icon: Icon,
  shortcut: Keyboard.Shortcut,
  flip: () => void,
) {
  return <Action title={on ? whenOn : whenOff} icon={icon} shortcut={shortcut} onAction={flip} />;
}

/** A submenu of choices, the current one checked. */
function ChoiceSubmenu<T extends string | number>(props: {
  title: string;
  icon: Icon;
  shortcut?: Keyboard.Shortcut;
  choices: readonly T[];
  current: T;
  titleOf: (choice: T) => string;
  onPick: (choice: T) => void;
}) {
  return (
    <ActionPanel.Submenu title={props.title} icon={props.icon} shortcut={props.shortcut}>
      {props.choices.map((choice) => (
        <Action
          key={choice}
          title={props.titleOf(choice)}
          icon={choice === props.current ? Icon.CheckCircle : Icon.Circle}
          onAction={() => props.onPick(choice)}
        />
      ))}
    </ActionPanel.Submenu>
  );
}

type MemorableRecipe = Extract<PasswordRecipe, { kind: "memorable" }>;
const MEMORABLE_OPTIONS = {
  separator: { title: "Separator", icon: Icon.Minus },
  wordList: { title: "Word List", icon: Icon.Book },
} as const;

/** The separator or the word list of a memorable recipe, as a submenu. */
function memorableOption<K extends keyof typeof MEMORABLE_OPTIONS>(
  recipe: MemorableRecipe,
  key: K,
  choices: readonly MemorableRecipe[K][],
  titles: Readonly<Record<MemorableRecipe[K], string>>,
  onChange: (recipe: PasswordRecipe) => void,
) {
  return (
    <ChoiceSubmenu
      {...MEMORABLE_OPTIONS[key]}
      choices={choices}
      current={recipe[key]}
      titleOf={(choice) => titles[choice]}
      onPick={(choice) => onChange({ ...recipe, [key]: choice })}
    />
  );
}

/** The recipe's options as actions: longer/shorter by one, a length submenu, the toggles, another recipe. */
export function RecipeActions(props: {
  recipe: PasswordRecipe;
  onChange: (recipe: PasswordRecipe) => void;
  /** The recipe last used for each kind, so switching back keeps its options. */
  recipeFor: (kind: RecipeKind) => PasswordRecipe;
}) {
  const { recipe, onChange } = props;
  const length = lengthOf(recipe);
  const unit = recipe.kind === "memorable" ? "Words" : "Length";
  const choices = recipe.kind === "memorable" ? WORD_COUNTS : recipe.kind === "pin" ? PIN_LENGTHS : RANDOM_LENGTHS;
  return (
    <ActionPanel.Section title={`${KIND_TITLES[recipe.kind]} Recipe`}>
      {length.value < length.max ? (
        <Action
          title={recipe.kind === "memorable" ? "One More Word" : "One Character Longer"}
          icon={Icon.Plus}
          shortcut={RECIPE_SHORTCUTS.longer}
          onAction={() => onChange(withLength(recipe, length.value + 1))}
        />
      ) : null}
      {length.value > length.min ? (
        <Action
          title={recipe.kind === "memorable" ? "One Word Fewer" : "One Character Shorter"}
          icon={Icon.Minus}
          shortcut={RECIPE_SHORTCUTS.shorter}
          onAction={() => onChange(withLength(recipe, length.value - 1))}
        />
      ) : null}
      <ChoiceSubmenu
        title={unit}
        icon={Icon.Ruler}
        shortcut={RECIPE_SHORTCUTS.length}
        choices={choices}
        current={length.value}
        titleOf={String}
        onPick={(value) => onChange(withLength(recipe, value))}
      />
      {recipe.kind === "random" ? (
        <>
          {toggle(recipe.digits, "Exclude Digits", "Include Digits", Icon.Hashtag, RECIPE_SHORTCUTS.digits, () =>
            onChange({ ...recipe, digits: !recipe.digits }),
          )}
          {toggle(recipe.symbols, "Exclude Symbols", "Include Symbols", Icon.Stars, RECIPE_SHORTCUTS.symbols, () =>
            onChange({ ...recipe, symbols: !recipe.symbols }),
          )}
        </>
      ) : null}
      {recipe.kind === "memorable" ? (
        <>
          {toggle(
            recipe.capitalize,
            "Lowercase Words",
            "Capitalize Words",
            Icon.Text,
            RECIPE_SHORTCUTS.capitalize,
            () => onChange({ ...recipe, capitalize: !recipe.capitalize }),
          )}
          {memorableOption(recipe, "separator", SEPARATORS, SEPARATOR_TITLES, onChange)}
          {memorableOption(recipe, "wordList", WORD_LISTS, WORD_LIST_TITLES, onChange)}
        </>
      ) : null}
      <ChoiceSubmenu
        title="Switch Recipe"
        icon={Icon.Switch}
        shortcut={RECIPE_SHORTCUTS.switchRecipe}
        choices={Object.keys(DEFAULT_RECIPES) as RecipeKind[]}
        current={recipe.kind}
        titleOf={(kind) => KIND_TITLES[kind]}
        onPick={(kind) => onChange(props.recipeFor(kind))}
      />
    </ActionPanel.Section>
  );
}
