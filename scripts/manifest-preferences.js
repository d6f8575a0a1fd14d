// Preferences and arguments in the offline manifest check (check-manifest.js): the extension's and each command's
// preferences, a command's arguments, and the dropdown data both can carry.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { requireString, requireTitle, isObject, describe } = require("./manifest-fields.js");

const PREFERENCE_TYPES = ["textfield", "password", "checkbox", "dropdown", "appPicker", "file", "directory"];
const ARGUMENT_TYPES = ["text", "password", "dropdown"];
const MAX_ARGUMENTS = 3;

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

module.exports = { PREFERENCE_TYPES, checkPreferences, checkArguments };
