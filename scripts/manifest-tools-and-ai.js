// AI tools and the `ai` section in the offline manifest check (check-manifest.js): each tool has its entry file,
// and the evals are well-formed and name only tools of this extension.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { NAME_PATTERN, requireString, requireTitle, isObject, describe } = require("./manifest-fields.js");

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

module.exports = { checkTools, checkAi };
