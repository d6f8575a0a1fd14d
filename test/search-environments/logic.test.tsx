import { describeRejected } from "../../src/components/environments/environment-clipboard";
import { fencedCode } from "../../src/lib/markdown";
import { matchesWords, queryWords } from "../../src/components/environments/variable-filter";

test("every query word must match the name or the label, ignoring case and separators", () => {
  const match = (query: string, ...texts: string[]) => matchesWords(queryWords(query), ...texts);
  expect(match("", "API_KEY", "Staging")).toBe(true);
  expect(match("staging api", "API_KEY", "Staging")).toBe(true);
  expect(match("STAGING   Api", "API_KEY", "Staging")).toBe(true);
  expect(match("prod api", "API_KEY", "Staging")).toBe(false);
  expect(match("apikey", "API_KEY", "Staging")).toBe(true);
  expect(match("api_key", "API_KEY", "Staging")).toBe(true);
  expect(match("database-url", "DATABASE_URL", "Staging")).toBe(true);
  expect(match("_", "API_KEY", "Staging")).toBe(true);
  expect(match("key staging", "TOKEN", "Staging")).toBe(false);
});

test("a value cannot close its own code block", () => {
  expect(fencedCode("plain")).toBe("```\nplain\n```");
  expect(fencedCode("has ``` inside")).toBe("````\nhas ``` inside\n````");
  expect(fencedCode("`````")).toBe("``````\n`````\n``````");
});

test("left-out variables are named with their reasons, a few at a time", () => {
  const rejected = ["A-1", "B-2", "C-3", "D-4", "E-5"].map((name) => ({ name, reason: "Not a shell variable name." }));
  expect(describeRejected(rejected.slice(0, 1))).toBe("A-1 (Not a shell variable name)");
  expect(describeRejected(rejected)).toBe(
    "A-1 (Not a shell variable name), B-2 (Not a shell variable name), C-3 (Not a shell variable name) and 2 more",
  );
});
