// The manifest half of an offline `ray lint`: what the Store checks in package.json, as a pure function.
//
// Why our own: `ray lint` needs the network (author lookup, schema download). This checks the rules that
// matter for review and for a working build, from the manifest object alone and a file-exists function, so
// tests can feed it any manifest. CommonJS that requires only its sibling manifest-*.js files (one part of the
// manifest each), so that Jest and TypeScript load it untransformed and `node scripts/lint.mjs` imports it as
// well; its types are in check-manifest.d.ts.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { titleCase } = require("./manifest-title-case.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const fields = require("./manifest-fields.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { PREFERENCE_TYPES, checkPreferences } = require("./manifest-preferences.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { checkCommands } = require("./manifest-commands.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { checkTools, checkAi } = require("./manifest-tools-and-ai.js");

const { NAME_PATTERN, checkIconPath, checkEnumList, requireString, requireTitle, isObject, describe } = fields;

/** The Store's category list (the `categories` enum of Raycast's extension schema). */
const RAYCAST_CATEGORIES = [
  "Applications",
  "Communication",
  "Data",
  "Design Tools",
  "Developer Tools",
  "Documentation",
  "Finance",
  "Fun",
  "Media",
  "News",
  "Productivity",
  "Security",
  "System",
  "Web",
  "Other",
];
const PLATFORMS = ["macOS", "Windows"];

/**
 * Checks a Raycast manifest (the parsed package.json).
 * @param {unknown} manifest
 * @param {{ fileExists: (relativePath: string) => boolean }} options paths are relative to the extension root
 * @returns {{ pointer: string, message: string }[]} problems, empty when the manifest is fine
 */
function checkManifest(manifest, options) {
  const problems = [];
  const report = (pointer, message) => problems.push({ pointer, message });

  if (!isObject(manifest)) {
    report("", "the manifest must be a JSON object");
    return problems;
  }

  requireString(manifest, "", "name", report);
  if (typeof manifest.name === "string" && !NAME_PATTERN.test(manifest.name)) {
    report("/name", `"${manifest.name}" must be lowercase letters, digits and dashes`);
  }
  requireTitle(manifest, "", "title", "Extension title", report);
  requireString(manifest, "", "description", report);
  requireString(manifest, "", "author", report);
  if (manifest.license !== "MIT")
    report("/license", `must be "MIT" for the Store, found ${describe(manifest.license)}`);

  if (requireString(manifest, "", "icon", report)) {
    checkIconPath(manifest.icon, "/icon", options, report);
  }

  checkEnumList(manifest.categories, "/categories", RAYCAST_CATEGORIES, "category", report);
  checkEnumList(manifest.platforms, "/platforms", PLATFORMS, "platform", report);

  const extensionPreferences = checkPreferences(manifest.preferences, "/preferences", report);

  checkCommands(manifest.commands, extensionPreferences, options, report);
  const toolNames = checkTools(manifest.tools, "/tools", options, report);
  checkAi(manifest.ai, "/ai", toolNames, report);
  return problems;
}

module.exports = { checkManifest, titleCase, RAYCAST_CATEGORIES, PLATFORMS, PREFERENCE_TYPES };
