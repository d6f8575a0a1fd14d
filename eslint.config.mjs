import { defineConfig } from "eslint/config";
import raycastConfig from "@raycast/eslint-config";

const NO_SDK = { name: "@1password/sdk", message: "Only src/onepassword/ may use the 1Password SDK." };

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
