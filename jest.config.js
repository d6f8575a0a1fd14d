/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/test-world", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // The built bundle, the generated SDK bundle and node_modules are loaded as they ship.
  transformIgnorePatterns: ["/node_modules/", "<rootDir>/dist/", "<rootDir>/assets/"],
  moduleNameMapper: {
    // The headless Raycast host stands in for Raycast's runtime module, for src/, @raycast/utils and dist/.
    "^@raycast/api$": "<rootDir>/test-world/host/raycast-api.tsx",
  },
  testTimeout: 30000,
};
