// The manifest half of an offline `ray lint`: what the Store checks in package.json, as a pure function.
//
// Why our own: `ray lint` needs the network (author lookup, schema download). This checks the rules that
// matter for review and for a working build, from the manifest object alone and a file-exists function, so
// tests can feed it any manifest. CommonJS without imports so that Jest and TypeScript load it untransformed
// and `node scripts/lint.mjs` imports it as well; its types are in check-manifest.d.ts.
"use strict";

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
const COMMAND_MODES = ["view", "no-view", "menu-bar"];
const BACKGROUND_MODES = ["no-view", "menu-bar"];
const PREFERENCE_TYPES = ["textfield", "password", "checkbox", "dropdown", "appPicker", "file", "directory"];
const ARGUMENT_TYPES = ["text", "password", "dropdown"];
const MAX_ARGUMENTS = 3;
const NAME_PATTERN = /^[a-z0-9][a-z0-9._~-]*$/;
// Raycast schedules background commands every N seconds, minutes, hours or days, at least every 10 seconds.
const INTERVAL_PATTERN = /^([1-9][0-9]*)([smhd])$/;
const MIN_INTERVAL_SECONDS = 10;
const INTERVAL_UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 };

// Apple-style Title Case: these stay lowercase unless they open or close the title.
const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "in",
  "nor",
  "of",
  "on",
  "or",
  "the",
  "to",
  "via",
  "with",
]);
// Spellings `ray lint` enforces for these words wherever they appear (a subset of its list, plus ours).
const SPECIAL_SPELLINGS = {
  ai: "AI",
  api: "API",
  css: "CSS",
  dns: "DNS",
  github: "GitHub",
  html: "HTML",
  id: "ID",
  ids: "IDs",
  ios: "iOS",
  ip: "IP",
  json: "JSON",
  macos: "macOS",
  npm: "npm",
  otp: "OTP",
  qr: "QR",
  ssh: "SSH",
  totp: "TOTP",
  url: "URL",
  uuid: "UUID",
  vpn: "VPN",
};

/**
 * The Title Case form of `text`: every word capitalised except small words in the middle; known words in
 * their usual spelling. Words already spelled with an inner capital (macOS, iCloud) and code-like tokens
 * (.env, NAME=value, op://) are left as written, since no casing rule improves them.
 * @param {string} text
 * @returns {string}
 */
function titleCase(text) {
  const words = text.split(" ");
  const lastIndex = words.length - 1;
  return words
    .map((word, index) => {
      const match = /^([^a-zA-Z]*)(.*?)([^a-zA-Z]*)$/.exec(word);
      const lead = match ? match[1] : "";
      const core = match ? match[2] : word;
      const trail = match ? match[3] : "";
      if (core === "") return word;
      const lower = core.toLowerCase();
      if (Object.prototype.hasOwnProperty.call(SPECIAL_SPELLINGS, lower)) {
        return lead + SPECIAL_SPELLINGS[lower] + trail;
      }
      if (lead.startsWith(".") || /[/=_@:]/.test(core) || /[A-Z]/.test(core.slice(1))) return word;
      const previous = index > 0 ? words[index - 1] : "";
      const opensPhrase = index === 0 || /[:–—]$/.test(previous);
      if (SMALL_WORDS.has(lower) && !opensPhrase && index !== lastIndex) return lead + lower + trail;
      const capitalised = core
        .split("-")
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("-");
      return lead + capitalised + trail;
    })
    .join(" ");
}

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

  if (!Array.isArray(manifest.commands) || manifest.commands.length === 0) {
    report("/commands", "the extension needs at least one command");
  } else {
    const commandNames = new Map();
    manifest.commands.forEach((command, index) => {
      const pointer = `/commands/${index}`;
      if (!isObject(command)) {
        report(pointer, "each command must be an object");
        return;
      }
      if (requireString(command, pointer, "name", report)) {
        const name = command.name;
        if (!NAME_PATTERN.test(name))
          report(`${pointer}/name`, `"${name}" must be lowercase letters, digits and dashes`);
        if (commandNames.has(name)) {
          report(`${pointer}/name`, `duplicate command name "${name}" (also /commands/${commandNames.get(name)})`);
        } else {
          commandNames.set(name, index);
        }
        if (!options.fileExists(`src/${name}.tsx`) && !options.fileExists(`src/${name}.ts`)) {
          report(`${pointer}/name`, `no entry file for command "${name}": expected src/${name}.tsx or src/${name}.ts`);
        }
      }
      requireTitle(command, pointer, "title", "Command title", report);
      requireString(command, pointer, "description", report);
      if (!COMMAND_MODES.includes(command.mode)) {
        report(`${pointer}/mode`, `must be one of ${COMMAND_MODES.join(", ")}, found ${describe(command.mode)}`);
      }
      if (command.interval !== undefined) checkInterval(command, pointer, report);
      if (command.icon !== undefined && requireString(command, pointer, "icon", report)) {
        checkIconPath(command.icon, `${pointer}/icon`, options, report);
      }
      const commandPreferences = checkPreferences(command.preferences, `${pointer}/preferences`, report);
      for (const name of commandPreferences) {
        if (extensionPreferences.includes(name)) {
          report(`${pointer}/preferences`, `preference "${name}" is also an extension preference`);
        }
      }
      checkArguments(command.arguments, `${pointer}/arguments`, report);
    });
  }
  const toolNames = checkTools(manifest.tools, "/tools", options, report);
  checkAi(manifest.ai, "/ai", toolNames, report);
  return problems;
}

/** AI tools: `src/tools/<name>.ts` default-exports the tool; `ray build` fails without that file. */
function checkTools(tools, pointer, options, report) {
  if (tools === undefined) return [];
  if (!Array.isArray(tools)) {
    report(pointer, "must be an array");
    return [];
  }
  const names = new Map();
  tools.forEach((tool, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(tool)) {
      report(at, "each tool must be an object");
      return;
    }
    if (requireString(tool, at, "name", report)) {
      const name = tool.name;
      if (!NAME_PATTERN.test(name)) report(`${at}/name`, `"${name}" must be lowercase letters, digits and dashes`);
      if (names.has(name)) {
        report(`${at}/name`, `duplicate tool name "${name}" (also ${pointer}/${names.get(name)})`);
      } else {
        names.set(name, index);
      }
      if (!options.fileExists(`src/tools/${name}.ts`) && !options.fileExists(`src/tools/${name}.tsx`)) {
        report(
          `${at}/name`,
          `no entry file for tool "${name}": expected src/tools/${name}.ts or src/tools/${name}.tsx`,
        );
      }
    }
    requireTitle(tool, at, "title", "Tool title", report);
    requireString(tool, at, "description", report);
  });
  return [...names.keys()];
}

const EXPECTATION_KINDS = ["includes", "matches", "meetsCriteria", "callsTool", "not", "and", "or"];

/** `ai`: instructions for the model and evals (`npx ray evals` runs them, with the network); tools they name exist. */
function checkAi(ai, pointer, toolNames, report) {
  if (ai === undefined) return;
  if (!isObject(ai)) {
    report(pointer, "must be an object with instructions and evals");
    return;
  }
  if (ai.instructions !== undefined) requireString(ai, pointer, "instructions", report);
  if (ai.evals === undefined) return;
  if (!Array.isArray(ai.evals)) {
    report(`${pointer}/evals`, "must be an array");
    return;
  }
  ai.evals.forEach((evaluation, index) => {
    const at = `${pointer}/evals/${index}`;
    if (!isObject(evaluation)) {
      report(at, "each eval must be an object with input, mocks and expected");
      return;
    }
    requireString(evaluation, at, "input", report);
    if (evaluation.usedAsExample !== undefined && typeof evaluation.usedAsExample !== "boolean") {
      report(`${at}/usedAsExample`, "must be true or false");
    }
    if (evaluation.mocks !== undefined) {
      if (!isObject(evaluation.mocks)) report(`${at}/mocks`, "must be an object of tool names and their results");
      else
        for (const name of Object.keys(evaluation.mocks)) {
          if (!toolNames.includes(name))
            report(`${at}/mocks`, `mocks "${name}", which is not a tool of this extension`);
        }
    }
    if (!Array.isArray(evaluation.expected) || evaluation.expected.length === 0) {
      report(`${at}/expected`, "needs at least one expectation");
      return;
    }
    evaluation.expected.forEach((expectation, position) =>
      checkExpectation(expectation, `${at}/expected/${position}`, toolNames, report),
    );
  });
}

function checkExpectation(expectation, pointer, toolNames, report) {
  const keys = isObject(expectation) ? Object.keys(expectation) : [];
  if (keys.length !== 1 || !EXPECTATION_KINDS.includes(keys[0])) {
    report(pointer, `must be an object with one of ${EXPECTATION_KINDS.join(", ")}`);
    return;
  }
  const kind = keys[0];
  const value = expectation[kind];
  switch (kind) {
    case "not":
      checkExpectation(value, `${pointer}/not`, toolNames, report);
      return;
    case "and":
    case "or":
      if (!Array.isArray(value) || value.length === 0) report(`${pointer}/${kind}`, "must be a non-empty array");
      else value.forEach((inner, index) => checkExpectation(inner, `${pointer}/${kind}/${index}`, toolNames, report));
      return;
    case "callsTool": {
      const name = typeof value === "string" ? value : isObject(value) ? value.name : undefined;
      if (typeof name !== "string") report(`${pointer}/callsTool`, "must be a tool name or {name, arguments}");
      else if (!toolNames.includes(name)) report(`${pointer}/callsTool`, `"${name}" is not a tool of this extension`);
      if (isObject(value) && value.arguments !== undefined && !isObject(value.arguments)) {
        report(`${pointer}/callsTool/arguments`, "must be an object of argument names and matchers");
      }
      return;
    }
    case "matches":
      try {
        new RegExp(String(value));
      } catch {
        report(`${pointer}/matches`, `${describe(value)} is not a regular expression`);
      }
      if (typeof value !== "string") report(`${pointer}/matches`, "must be a string");
      return;
    default:
      if (typeof value !== "string" || value.trim() === "") report(`${pointer}/${kind}`, "must be a non-empty string");
  }
}

/** Returns the names of the valid preferences, after reporting the problems of all of them. */
function checkPreferences(preferences, pointer, report) {
  if (preferences === undefined) return [];
  if (!Array.isArray(preferences)) {
    report(pointer, "must be an array");
    return [];
  }
  const names = new Map();
  preferences.forEach((preference, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(preference)) {
      report(at, "each preference must be an object");
      return;
    }
    if (requireString(preference, at, "name", report)) {
      if (names.has(preference.name)) {
        report(
          `${at}/name`,
          `duplicate preference name "${preference.name}" (also ${pointer}/${names.get(preference.name)})`,
        );
      } else {
        names.set(preference.name, index);
      }
    }
    requireTitle(preference, at, "title", "Preference title", report);
    requireString(preference, at, "description", report);
    if (typeof preference.required !== "boolean") report(`${at}/required`, "must be true or false");
    if (!PREFERENCE_TYPES.includes(preference.type)) {
      report(`${at}/type`, `must be one of ${PREFERENCE_TYPES.join(", ")}, found ${describe(preference.type)}`);
      return;
    }
    const hasDefault = preference.default !== undefined;
    switch (preference.type) {
      case "checkbox":
        requireString(preference, at, "label", report);
        if (hasDefault && typeof preference.default !== "boolean")
          report(`${at}/default`, "a checkbox default must be true or false");
        break;
      case "dropdown":
        checkDropdownData(preference.data, `${at}/data`, "Dropdown item title", report, (values) => {
          if (hasDefault && !values.includes(preference.default)) {
            report(
              `${at}/default`,
              `${describe(preference.default)} is not one of the dropdown values (${values.join(", ")})`,
            );
          }
        });
        break;
      default:
        if (hasDefault && typeof preference.default !== "string") report(`${at}/default`, "must be a string");
    }
  });
  return [...names.keys()];
}

function checkArguments(args, pointer, report) {
  if (args === undefined) return;
  if (!Array.isArray(args)) {
    report(pointer, "must be an array");
    return;
  }
  if (args.length > MAX_ARGUMENTS)
    report(pointer, `a command takes at most ${MAX_ARGUMENTS} arguments, found ${args.length}`);
  const names = new Map();
  args.forEach((argument, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(argument)) {
      report(at, "each argument must be an object");
      return;
    }
    if (requireString(argument, at, "name", report)) {
      if (names.has(argument.name)) {
        report(
          `${at}/name`,
          `duplicate argument name "${argument.name}" (also ${pointer}/${names.get(argument.name)})`,
        );
      } else {
        names.set(argument.name, index);
      }
    }
    requireTitle(argument, at, "placeholder", "Argument placeholder", report);
    if (!ARGUMENT_TYPES.includes(argument.type)) {
      report(`${at}/type`, `must be one of ${ARGUMENT_TYPES.join(", ")}, found ${describe(argument.type)}`);
    } else if (argument.type === "dropdown") {
      checkDropdownData(argument.data, `${at}/data`, "Dropdown item title", report, () => {});
    }
    if (argument.required !== undefined && typeof argument.required !== "boolean") {
      report(`${at}/required`, "must be true or false");
    }
  });
}

function checkDropdownData(data, pointer, what, report, withValues) {
  if (!Array.isArray(data) || data.length === 0) {
    report(pointer, "a dropdown needs a non-empty data array of {title, value}");
    return;
  }
  const values = [];
  data.forEach((item, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(item)) {
      report(at, "each dropdown item must be an object with title and value");
      return;
    }
    requireTitle(item, at, "title", what, report);
    if (requireString(item, at, "value", report)) {
      if (values.includes(item.value)) report(`${at}/value`, `duplicate dropdown value "${item.value}"`);
      values.push(item.value);
    }
  });
  withValues(values);
}

function checkInterval(command, pointer, report) {
  if (!BACKGROUND_MODES.includes(command.mode)) {
    report(`${pointer}/interval`, `only ${BACKGROUND_MODES.join(" and ")} commands can run on an interval`);
  }
  const match = typeof command.interval === "string" ? INTERVAL_PATTERN.exec(command.interval) : null;
  if (!match) {
    report(
      `${pointer}/interval`,
      `${describe(command.interval)} must be a number and a unit s, m, h or d, like "90s" or "1m"`,
    );
    return;
  }
  const seconds = Number(match[1]) * INTERVAL_UNIT_SECONDS[match[2]];
  if (seconds < MIN_INTERVAL_SECONDS) {
    report(`${pointer}/interval`, `"${command.interval}" is shorter than the minimum of ${MIN_INTERVAL_SECONDS}s`);
  }
}

function checkIconPath(icon, pointer, options, report) {
  if (!icon.endsWith(".png")) report(pointer, `"${icon}" must be a PNG file in assets/`);
  else if (!options.fileExists(`assets/${icon}`)) report(pointer, `assets/${icon} does not exist`);
}

function checkEnumList(list, pointer, allowed, what, report) {
  if (!Array.isArray(list) || list.length === 0) {
    report(pointer, `needs at least one ${what}: ${allowed.join(", ")}`);
    return;
  }
  list.forEach((entry, index) => {
    if (!allowed.includes(entry))
      report(`${pointer}/${index}`, `unknown ${what} ${describe(entry)}; use one of ${allowed.join(", ")}`);
  });
  const duplicates = list.filter((entry, index) => list.indexOf(entry) !== index);
  for (const entry of new Set(duplicates)) report(pointer, `${describe(entry)} is listed twice`);
}

function requireString(object, pointer, key, report) {
  const value = object[key];
  if (typeof value !== "string" || value.trim() === "") {
    report(`${pointer}/${key}`, `is required (a non-empty string), found ${describe(value)}`);
    return false;
  }
  return true;
}

function requireTitle(object, pointer, key, what, report) {
  if (!requireString(object, pointer, key, report)) return;
  const expected = titleCase(object[key]);
  if (expected !== object[key])
    report(`${pointer}/${key}`, `${what} must be in Title Case: "${object[key]}" → "${expected}"`);
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value) {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

module.exports = { checkManifest, titleCase, RAYCAST_CATEGORIES, PLATFORMS, PREFERENCE_TYPES };
