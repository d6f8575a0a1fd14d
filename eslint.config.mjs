import { defineConfig } from "eslint/config";
import raycastConfig from "@raycast/eslint-config";

export default defineConfig([
  { ignores: ["dist/**", "node_modules/**", "assets/**", "coverage/**", "raycast-env.d.ts"] },
  ...raycastConfig,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"],
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
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@1password/sdk", message: "Only src/onepassword/ may use the 1Password SDK." }] },
      ],
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
          paths: [{ name: "@1password/sdk", message: "Only src/onepassword/ may use the 1Password SDK." }],
          patterns: [{ group: ["**/search/*", "**/onepassword/*"], message: "src/lib/ is the lowest layer." }],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "bench/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
]);
