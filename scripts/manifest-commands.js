// Commands in the offline manifest check (check-manifest.js): names with an entry file, titles, modes, background
// intervals, icons, and each command's own preferences and arguments.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const fields = require("./manifest-fields.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { checkPreferences, checkArguments } = require("./manifest-preferences.js");

const { NAME_PATTERN, checkIconPath, requireString, requireTitle, isObject, describe } = fields;
const COMMAND_MODES = ["view", "no-view", "menu-bar"];
const BACKGROUND_MODES = ["no-view", "menu-bar"];
// Raycast schedules background commands every N seconds, minutes, hours or days, at least every 10 seconds.
const INTERVAL_PATTERN = /^([1-9][0-9]*)([smhd])$/;
const MIN_INTERVAL_SECONDS = 10;
const INTERVAL_UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * Checks `commands`; a command preference may not repeat an extension preference's name.
 * @param {unknown} commands
 * @param {string[]} extensionPreferences names of the extension's valid preferences
 * @param {{ fileExists: (relativePath: string) => boolean }} options
 * @param {(pointer: string, message: string) => void} report
 */
function checkCommands(commands, extensionPreferences, options, report) {
  if (!Array.isArray(commands) || commands.length === 0) {
    report("/commands", "the extension needs at least one command");
    return;
  }
  const commandNames = new Map();
  commands.forEach((command, index) => {
    const pointer = `/commands/${index}`;
    if (!isObject(command)) {
      report(pointer, "each command must be an object");
      return;
    }
    if (requireString(command, pointer, "name", report)) {
      const name = command.name;
      if (!NAME_PATTERN.test(name)) report(`${pointer}/name`, `"${name}" must be lowercase letters, digits and dashes`);
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

module.exports = { checkCommands };
