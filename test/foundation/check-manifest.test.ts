import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkManifest, titleCase, type ManifestProblem } from "../../scripts/check-manifest";

const root = join(__dirname, "..", "..");

type Json = Record<string, unknown>;

/** A small manifest that passes every check; each bad case below breaks one thing in a copy of it. */
function goodManifest(): Json {
  return {
    name: "sample-extension",
    title: "Sample Extension",
    description: "Does a thing.",
    icon: "icon.png",
    author: "someone",
    license: "MIT",
    categories: ["Security"],
    platforms: ["macOS", "Windows"],
    commands: [
      {
        name: "search-things",
        title: "Search Things",
        description: "Search them.",
        mode: "view",
        arguments: [{ name: "query", placeholder: "Thing Name", type: "text", required: false }],
      },
      {
        name: "tidy-up",
        title: "Tidy Up",
        description: "Runs in the background.",
        mode: "no-view",
        interval: "1m",
      },
    ],
    preferences: [
      { name: "token", title: "API Token", description: "Yours.", type: "password", required: true },
      {
        name: "delay",
        title: "Clear Clipboard After",
        description: "Seconds.",
        type: "dropdown",
        required: false,
        default: "30",
        data: [
          { title: "30 Seconds", value: "30" },
          { title: "Copy to Clipboard", value: "copy" },
        ],
      },
      {
        name: "close",
        title: "After Copying",
        label: "Close window",
        description: "Close.",
        type: "checkbox",
        required: false,
        default: true,
      },
    ],
  };
}

const existing = new Set(["assets/icon.png", "src/search-things.tsx", "src/tidy-up.ts"]);
const fileExists = (path: string) => existing.has(path);

function check(manifest: unknown, exists: (path: string) => boolean = fileExists): ManifestProblem[] {
  return checkManifest(manifest, { fileExists: exists });
}

type Editable = Json & { commands: Json[]; preferences: Json[] };

/** A copy of the good manifest changed by `edit`. */
function broken(edit: (manifest: Editable) => void): Json {
  const manifest = structuredClone(goodManifest()) as Editable;
  edit(manifest);
  return manifest;
}

function pointers(problems: ManifestProblem[]): string[] {
  return problems.map((problem) => problem.pointer);
}

describe("checkManifest", () => {
  it("accepts the project's own package.json, against the real files", () => {
    const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(check(manifest, (path) => existsSync(join(root, path)))).toEqual([]);
  });

  it("accepts a small complete manifest", () => {
    expect(check(goodManifest())).toEqual([]);
  });

  it("rejects what is not an object", () => {
    expect(pointers(check(null))).toEqual([""]);
    expect(pointers(check([]))).toEqual([""]);
  });

  it.each(["name", "title", "description", "icon", "author"])("requires %s", (key) => {
    const problems = check(broken((m) => delete m[key]));
    expect(pointers(problems)).toEqual([`/${key}`]);
    expect(problems[0]?.message).toMatch(/required/);
  });

  it("requires the MIT license", () => {
    const problems = check(broken((m) => (m.license = "ISC")));
    expect(pointers(problems)).toEqual(["/license"]);
    expect(problems[0]?.message).toContain('"ISC"');
  });

  it("requires a lowercase dashed extension name", () => {
    expect(pointers(check(broken((m) => (m.name = "Sample Extension"))))).toEqual(["/name"]);
  });

  it("requires the icon to be a PNG that exists in assets/", () => {
    expect(pointers(check(broken((m) => (m.icon = "icon.svg"))))).toEqual(["/icon"]);
    const missing = check(broken((m) => (m.icon = "other.png")));
    expect(missing).toEqual([{ pointer: "/icon", message: "assets/other.png does not exist" }]);
  });

  it("allows only the Store's categories, at least one, each once", () => {
    expect(pointers(check(broken((m) => (m.categories = []))))).toEqual(["/categories"]);
    expect(pointers(check(broken((m) => (m.categories = ["Security", "Passwords"]))))).toEqual(["/categories/1"]);
    expect(pointers(check(broken((m) => (m.categories = ["Security", "Security"]))))).toEqual(["/categories"]);
  });

  it("allows only macOS and Windows as platforms", () => {
    const problems = check(broken((m) => (m.platforms = ["macOS", "Linux"])));
    expect(pointers(problems)).toEqual(["/platforms/1"]);
    expect(problems[0]?.message).toContain('"Linux"');
    expect(pointers(check(broken((m) => delete m.platforms)))).toEqual(["/platforms"]);
  });

  it("requires at least one command", () => {
    expect(pointers(check(broken((m) => (m.commands = []))))).toEqual(["/commands"]);
    expect(pointers(check(broken((m) => Reflect.deleteProperty(m, "commands"))))).toEqual(["/commands"]);
  });

  it.each(["name", "title", "description"])("requires each command's %s", (key) => {
    const problems = check(broken((m) => delete m.commands[1]![key]));
    expect(pointers(problems)).toContain(`/commands/1/${key}`);
  });

  it("requires a known command mode", () => {
    expect(pointers(check(broken((m) => (m.commands[0]!.mode = "form"))))).toEqual(["/commands/0/mode"]);
    expect(pointers(check(broken((m) => (m.commands[0]!.mode = "menu-bar"))))).toEqual([]);
  });

  it("requires an entry file src/<name>.tsx or src/<name>.ts per command", () => {
    const problems = check(goodManifest(), (path) => path !== "src/search-things.tsx" && existing.has(path));
    expect(problems).toEqual([
      {
        pointer: "/commands/0/name",
        message: 'no entry file for command "search-things": expected src/search-things.tsx or src/search-things.ts',
      },
    ]);
    expect(check(goodManifest(), (path) => path === "src/search-things.ts" || existing.has(path))).toEqual([]);
  });

  it("rejects duplicate command names", () => {
    const problems = check(broken((m) => (m.commands[1]!.name = "search-things")));
    expect(problems).toContainEqual({
      pointer: "/commands/1/name",
      message: 'duplicate command name "search-things" (also /commands/0)',
    });
  });

  describe("Title Case", () => {
    it("checks the extension and command titles", () => {
      expect(check(broken((m) => (m.title = "Sample extension")))).toEqual([
        {
          pointer: "/title",
          message: 'Extension title must be in Title Case: "Sample extension" → "Sample Extension"',
        },
      ]);
      expect(pointers(check(broken((m) => (m.commands[0]!.title = "Search For Things"))))).toEqual([
        "/commands/0/title",
      ]);
    });

    it("checks preference titles, argument placeholders and dropdown item titles", () => {
      expect(pointers(check(broken((m) => (m.preferences[0]!.title = "API token"))))).toEqual(["/preferences/0/title"]);
      const placeholder = broken((m) => ((m.commands[0]!.arguments as Json[])[0]!.placeholder = "thing name"));
      expect(pointers(check(placeholder))).toEqual(["/commands/0/arguments/0/placeholder"]);
      const item = broken((m) => ((m.preferences[1]!.data as Json[])[1]!.title = "Copy To Clipboard"));
      expect(pointers(check(item))).toEqual(["/preferences/1/data/1/title"]);
    });
  });

  describe("preferences", () => {
    it("requires a valid type", () => {
      const problems = check(broken((m) => (m.preferences[0]!.type = "number")));
      expect(pointers(problems)).toEqual(["/preferences/0/type"]);
      expect(problems[0]?.message).toContain("appPicker");
    });

    it.each(["textfield", "password", "appPicker", "file", "directory"])("accepts type %s", (type) => {
      expect(check(broken((m) => (m.preferences[0]!.type = type)))).toEqual([]);
    });

    it("requires name, title, description and required", () => {
      const problems = check(broken((m) => (m.preferences[0] = { type: "textfield" })));
      expect(pointers(problems).sort()).toEqual([
        "/preferences/0/description",
        "/preferences/0/name",
        "/preferences/0/required",
        "/preferences/0/title",
      ]);
    });

    it("requires a label on a checkbox", () => {
      expect(pointers(check(broken((m) => delete m.preferences[2]!.label)))).toEqual(["/preferences/2/label"]);
    });

    it("requires a boolean checkbox default", () => {
      expect(pointers(check(broken((m) => (m.preferences[2]!.default = "true"))))).toEqual(["/preferences/2/default"]);
    });

    it("requires a dropdown's default to be one of its values", () => {
      const problems = check(broken((m) => (m.preferences[1]!.default = "90")));
      expect(problems).toEqual([
        { pointer: "/preferences/1/default", message: '"90" is not one of the dropdown values (30, copy)' },
      ]);
    });

    it("requires a dropdown to have data, with distinct values", () => {
      expect(pointers(check(broken((m) => delete m.preferences[1]!.data)))).toEqual(["/preferences/1/data"]);
      expect(pointers(check(broken((m) => (m.preferences[1]!.data = []))))).toEqual(["/preferences/1/data"]);
      const duplicate = broken((m) => ((m.preferences[1]!.data as Json[])[1]!.value = "30"));
      expect(pointers(check(duplicate))).toContain("/preferences/1/data/1/value");
    });

    it("rejects duplicate preference names, and command preferences that repeat an extension preference", () => {
      expect(pointers(check(broken((m) => (m.preferences[1]!.name = "token"))))).toEqual(["/preferences/1/name"]);
      const shadowed = broken((m) => (m.commands[0]!.preferences = [structuredClone(m.preferences[0])]));
      expect(pointers(check(shadowed))).toEqual(["/commands/0/preferences"]);
    });
  });

  describe("arguments", () => {
    const argument = (name: string) => ({ name, placeholder: "Value", type: "text", required: false });

    it("requires a valid type, and data for a dropdown", () => {
      const args = (m: Json & { commands: Json[] }) => m.commands[0]!.arguments as Json[];
      expect(pointers(check(broken((m) => (args(m)[0]!.type = "number"))))).toEqual(["/commands/0/arguments/0/type"]);
      expect(pointers(check(broken((m) => (args(m)[0]!.type = "dropdown"))))).toEqual(["/commands/0/arguments/0/data"]);
      const dropdown = broken((m) =>
        Object.assign(args(m)[0]!, { type: "dropdown", data: [{ title: "One", value: "1" }] }),
      );
      expect(check(dropdown)).toEqual([]);
    });

    it("allows at most three, with distinct names", () => {
      const four = broken((m) => (m.commands[0]!.arguments = ["a", "b", "c", "d"].map(argument)));
      expect(pointers(check(four))).toEqual(["/commands/0/arguments"]);
      const twice = broken((m) => (m.commands[0]!.arguments = ["a", "a"].map(argument)));
      expect(pointers(check(twice))).toEqual(["/commands/0/arguments/1/name"]);
    });
  });

  describe("interval", () => {
    it.each(["10s", "90s", "1m", "12h", "1d"])("accepts %s on a no-view command", (interval) => {
      expect(check(broken((m) => (m.commands[1]!.interval = interval)))).toEqual([]);
    });

    it.each(["1", "1 m", "1w", "0m", "m", "1.5h", 60])("rejects the format %p", (interval) => {
      expect(pointers(check(broken((m) => (m.commands[1]!.interval = interval))))).toEqual(["/commands/1/interval"]);
    });

    it("rejects intervals under 10 seconds", () => {
      const problems = check(broken((m) => (m.commands[1]!.interval = "5s")));
      expect(problems).toEqual([
        { pointer: "/commands/1/interval", message: '"5s" is shorter than the minimum of 10s' },
      ]);
    });

    it("rejects an interval on a view command", () => {
      const problems = check(broken((m) => (m.commands[0]!.interval = "1m")));
      expect(pointers(problems)).toEqual(["/commands/0/interval"]);
    });
  });

  describe("tools and ai", () => {
    const withTools = (edit: (m: Editable & { tools: Json[]; ai: Json & { evals: Json[] } }) => void = () => {}) =>
      broken((m) => {
        m.tools = [{ name: "find-things", title: "Find Things", description: "Finds them." }];
        m.ai = {
          instructions: "Refer to things by name.",
          evals: [
            {
              input: "@sample-extension find x",
              mocks: { "find-things": [] },
              expected: [{ callsTool: "find-things" }],
            },
          ],
        };
        edit(m as Editable & { tools: Json[]; ai: Json & { evals: Json[] } });
      });
    const toolFiles = (path: string) => path === "src/tools/find-things.ts" || existing.has(path);

    it("accepts tools with their files and evals that name them", () => {
      expect(check(withTools(), toolFiles)).toEqual([]);
    });

    it("requires an entry file src/tools/<name>.ts per tool, and Title Case titles", () => {
      expect(check(withTools())).toEqual([
        {
          pointer: "/tools/0/name",
          message:
            'no entry file for tool "find-things": expected src/tools/find-things.ts or src/tools/find-things.tsx',
        },
      ]);
      const lower = withTools((m) => (m.tools[0]!.title = "Find things"));
      expect(check(lower, toolFiles)).toEqual([
        { pointer: "/tools/0/title", message: 'Tool title must be in Title Case: "Find things" → "Find Things"' },
      ]);
      expect(
        pointers(
          check(
            withTools((m) => delete m.tools[0]!.description),
            toolFiles,
          ),
        ),
      ).toEqual(["/tools/0/description"]);
    });

    it("rejects evals that name a tool the extension does not have, or are not well-formed", () => {
      const unknown = withTools((m) => (m.ai.evals[0]!.expected = [{ not: { callsTool: "delete-things" } }]));
      expect(check(unknown, toolFiles)).toEqual([
        { pointer: "/ai/evals/0/expected/0/not/callsTool", message: '"delete-things" is not a tool of this extension' },
      ]);
      const mocked = withTools((m) => (m.ai.evals[0]!.mocks = { "get-things": [] }));
      expect(pointers(check(mocked, toolFiles))).toEqual(["/ai/evals/0/mocks"]);
      const noInput = withTools((m) => delete m.ai.evals[0]!.input);
      expect(pointers(check(noInput, toolFiles))).toEqual(["/ai/evals/0/input"]);
      const noExpectation = withTools((m) => (m.ai.evals[0]!.expected = []));
      expect(pointers(check(noExpectation, toolFiles))).toEqual(["/ai/evals/0/expected"]);
      const oddKind = withTools((m) => (m.ai.evals[0]!.expected = [{ contains: "x" }]));
      expect(pointers(check(oddKind, toolFiles))).toEqual(["/ai/evals/0/expected/0"]);
      const badRegex = withTools((m) => (m.ai.evals[0]!.expected = [{ matches: "(" }]));
      expect(pointers(check(badRegex, toolFiles))).toEqual(["/ai/evals/0/expected/0/matches"]);
      const nested = withTools(
        (m) => (m.ai.evals[0]!.expected = [{ or: [{ includes: "found" }, { callsTool: { name: "nope" } }] }]),
      );
      expect(pointers(check(nested, toolFiles))).toEqual(["/ai/evals/0/expected/0/or/1/callsTool"]);
    });
  });

  it("reports every problem at once", () => {
    const manifest = broken((m) => {
      m.license = "GPL";
      m.platforms = ["Linux"];
      m.commands[0]!.mode = "window";
    });
    expect(pointers(check(manifest))).toEqual(["/license", "/platforms/0", "/commands/0/mode"]);
  });
});

describe("titleCase", () => {
  it.each([
    ["search secrets", "Search Secrets"],
    ["copy to clipboard", "Copy to Clipboard"],
    ["paste to active app", "Paste to Active App"],
    ["the end of it", "The End of It"],
    ["what it is for", "What It Is For"],
    ["open in 1Password", "Open in 1Password"],
    ["copy item id", "Copy Item ID"],
    ["copy the otp", "Copy the OTP"],
    ["export as json", "Export as JSON"],
    ["copy as .env", "Copy as .env"],
    ["copy NAME=value line", "Copy NAME=value Line"],
    ["works on macOS", "Works on macOS"],
    ["grant read-only access", "Grant Read-Only Access"],
    ["vaults: a summary", "Vaults: A Summary"],
    ["15 seconds", "15 Seconds"],
  ])("%s → %s", (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });

  it("is stable: a Title Case title stays as it is", () => {
    const word = fc.constantFrom("copy", "to", "the", "a", "vault", "of", "id", "with", "api", "Secrets", "and", "x");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const once = titleCase(words.join(" "));
        expect(titleCase(once)).toBe(once);
      }),
    );
  });

  it("capitalises the first and last words, whatever they are", () => {
    const small = fc.constantFrom(
      "a",
      "an",
      "and",
      "as",
      "at",
      "but",
      "by",
      "for",
      "in",
      "of",
      "on",
      "or",
      "the",
      "to",
    );
    fc.assert(
      fc.property(small, small, small, (first, middle, last) => {
        const words = titleCase(`${first} ${middle} ${last}`).split(" ");
        expect(words[0]?.charAt(0)).toBe(first.charAt(0).toUpperCase());
        expect(words[1]).toBe(middle);
        expect(words[2]?.charAt(0)).toBe(last.charAt(0).toUpperCase());
      }),
    );
  });
});
