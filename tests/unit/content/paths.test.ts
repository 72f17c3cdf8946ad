import { describe, expect, it } from "vitest";
import { contentPathToUrl, normalizeSitePath } from "@/lib/content/paths";

describe("contentPathToUrl: the one rule from file to URL", () => {
  it.each([
    ["symptoms/kidneys.md", "/symptoms/kidneys"],
    ["symptoms/index.md", "/symptoms"],
    ["treatment/hydroxychloroquine.md", "/treatment/hydroxychloroquine"],
    ["about/index.md", "/about"],
    ["symptoms\\eyes.md", "/symptoms/eyes"],
  ])("%s -> %s", (file, url) => {
    expect(contentPathToUrl(file)).toBe(url);
  });

  it("refuses a file that is not Markdown", () => {
    expect(() => contentPathToUrl("symptoms/kidneys.txt")).toThrow(/not a Markdown file/);
  });
});

describe("normalizeSitePath", () => {
  it("splits the fragment and drops a trailing slash and query", () => {
    expect(normalizeSitePath("/symptoms/kidneys/?a=1#how")).toEqual({ pathname: "/symptoms/kidneys", fragment: "how" });
    expect(normalizeSitePath("/")).toEqual({ pathname: "/", fragment: undefined });
  });
});
