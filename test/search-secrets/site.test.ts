import { sameSite, siteOf } from "../../src/lib/site";

test.each([
  ["github.com", "github.com"],
  ["gist.github.com", "github.com"],
  ["a.b.c.example.org", "example.org"],
  ["www.bbc.co.uk", "bbc.co.uk"],
  ["co.uk", "co.uk"],
  ["shop.example.com.au", "example.com.au"],
  ["someone.github.io", "someone.github.io"],
  ["localhost", "localhost"],
  ["192.168.1.1", "192.168.1.1"],
  ["Login.Example.COM.", "example.com"],
])("the site of %s is %s", (host, site) => {
  expect(siteOf(host)).toBe(site);
});

test("different owners under a shared suffix are different sites", () => {
  expect(sameSite("www.bbc.co.uk", "shop.other.co.uk")).toBe(false);
  expect(sameSite("alice.github.io", "bob.github.io")).toBe(false);
  expect(sameSite("login.github.com", "github.com")).toBe(true);
});
