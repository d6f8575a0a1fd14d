import fc from "fast-check";
import { hostOf } from "../../src/lib/url";

describe("hostOf", () => {
  it.each([
    ["https://GitHub.com/login", "github.com"],
    ["github.com", "github.com"],
    ["localhost:3000", "localhost"],
    ["http://10.0.0.12:8080/admin", "10.0.0.12"],
    ["ssh://git@github.com:22/x", "github.com"],
    ["//cdn.example.com/a", "cdn.example.com"],
    ["example.com.", "example.com"],
    ["not a url", undefined],
    ["", undefined],
    ["javascript:alert(1)", undefined],
    ["file:///etc/passwd", undefined],
    ["https://%%", undefined],
  ])("%s → %s", (url, host) => expect(hostOf(url)).toBe(host));

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => void hostOf(text)));
    fc.assert(
      fc.property(fc.webUrl(), (url) =>
        expect(hostOf(url)).toBe(new URL(url).hostname.replace(/\.$/, "").toLowerCase() || undefined),
      ),
    );
  });
});
