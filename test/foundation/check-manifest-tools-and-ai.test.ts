import { broken, check, existing, pointers, type Editable, type Json } from "./check-manifest-fixture";

describe("checkManifest", () => {
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
});
