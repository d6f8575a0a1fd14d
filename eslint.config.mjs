import { defineConfig } from "eslint/config";
import raycastConfig from "@raycast/eslint-config";

const NO_SDK = { name: "@1password/sdk", message: "Only src/onepassword/ may use the 1Password SDK." };

const FAMILY_MESSAGE =
  "A screen family imports only its own folder, shared/ and the layers below; the command hands in another family's screen (shared/screen-links.ts).";
/** The same rule by a longer path: through components/ again, or through the commands' composition root. */
const AROUND_FAMILIES = [
  { regex: "^(\\.\\./)+components/", message: FAMILY_MESSAGE },
  { regex: "^(\\.\\./)+screen-links$", message: FAMILY_MESSAGE },
];

export default defineConfig([
  { ignores: ["dist/**", "node_modules/**", "assets/**", "coverage/**", "raycast-env.d.ts"] },
  ...raycastConfig,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "test-world/**/*.{ts,tsx}", "bench/**/*.ts"],
    languageOptions: {
      parserOptions: { project: ["./tsconfig.test.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // "Type Out" is a phrasal verb, capitalized like "Log Out" (Apple's title style), not the preposition "out".
      "@raycast/prefer-title-case": ["warn", { extraFixedCaseWords: ["Out"] }],
    },
  },
  {
    // The SDK is an implementation detail of the 1Password layer; nothing else may reach it.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/onepassword/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [NO_SDK] }],
    },
  },
  {
    // Layers point downward: the 1Password layer and the pure helpers sit below the search.
    files: ["src/onepassword/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/search/*"], message: "src/onepassword/ sits below src/search/." }] },
      ],
    },
  },
  {
    files: ["src/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_SDK],
          patterns: [{ group: ["**/search/*", "**/onepassword/*"], message: "src/lib/ is the lowest layer." }],
        },
      ],
    },
  },
  {
    // A screen family's folder imports its own files, shared/ and the layers below, never another family: a screen
    // pushed from another family is handed in by the command (shared/screen-links.ts).
    files: ["src/components/*/*.{ts,tsx}"],
    ignores: ["src/components/shared/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_SDK],
          patterns: [{ regex: "^\\.\\./(?!\\.\\./|shared/)", message: FAMILY_MESSAGE }, ...AROUND_FAMILIES],
        },
      ],
    },
  },
  {
    // What several families use imports no family.
    files: ["src/components/shared/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_SDK],
          patterns: [
            { regex: "^\\.\\./(?!\\.\\./)", message: "src/components/shared/ imports no screen family." },
            ...AROUND_FAMILIES,
          ],
        },
      ],
    },
  },
  {
    // The domain layer (rules and operations that screens and AI tools share) sits below both.
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_SDK],
          patterns: [
            {
              group: ["**/components/**", "**/hooks/**", "**/tools/**"],
              message: "src/domain/ sits below screens and tools.",
            },
          ],
        },
      ],
    },
  },
  {
    // AI tools are entry points over the domain layer and below, never over the screens.
    files: ["src/tools/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NO_SDK],
          patterns: [
            { group: ["**/components/**", "**/hooks/**"], message: "AI tools use src/domain/, not screens or hooks." },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "bench/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
]);
