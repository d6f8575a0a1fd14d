// The building blocks of the offline manifest check (check-manifest.js): a required string, a title in Title Case,
// a list from a fixed set, an icon path, and how a found value reads in a message. Each reports through `report`.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { titleCase } = require("./manifest-title-case.js");

const NAME_PATTERN = /^[a-z0-9][a-z0-9._~-]*$/;

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

module.exports = { NAME_PATTERN, checkIconPath, checkEnumList, requireString, requireTitle, isObject, describe };
