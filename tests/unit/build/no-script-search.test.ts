import { describe, expect, it } from "vitest";
import { noScriptMatches, withNoScriptResults } from "@/build/no-script-search";

const pages = [
  { url: "/symptoms/kidneys", title: "Lupus and your kidneys", description: "Foamy urine and swelling.", section: "Symptoms", names: ["nephritis"] },
  { url: "/life-stages/children", title: "Children with lupus", description: "Lupus that starts in childhood.", section: "Life stages", names: [] },
];
const vocabulary = [
  { says: [["pee"]], means: "urine", pages: [] },
  { says: [["kids"]], means: "children", pages: ["/life-stages/children"] },
];
const SEARCH_PAGE =
  '<form><input id="search-page-query" name="q"></form>' +
  '<div id="search-no-script-results" data-found="Pages whose titles or topics match “{query}”:" data-none="No page title or topic matches “{query}”."></div>';

describe("search without JavaScript", () => {
  it("finds pages by the site's words for a patient's words, home pages first", () => {
    expect(noScriptMatches("foamy pee", pages, vocabulary).map((page) => page.url)).toEqual(["/symptoms/kidneys"]);
    expect(noScriptMatches("kids with lupus", pages, vocabulary).map((page) => page.url)).toEqual(["/life-stages/children"]);
  });

  it("puts the query back in the box and lists the matches, escaping what the reader typed", () => {
    const html = withNoScriptResults(SEARCH_PAGE, 'foamy pee "><script>', pages, vocabulary);
    expect(html).toContain('value="foamy pee &quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain("<script>");
    expect(html).toContain('<a href="/symptoms/kidneys">Lupus and your kidneys</a>');
    expect(html).toContain("Pages whose titles or topics match “foamy pee &quot;&gt;&lt;script&gt;”:");
  });

  it("says so when nothing matches", () => {
    expect(withNoScriptResults(SEARCH_PAGE, "zqxwv", pages, vocabulary)).toContain("No page title or topic matches “zqxwv”.");
  });

  it("fails loudly when the search page no longer has its slot", () => {
    expect(() => withNoScriptResults("<p>changed</p>", "kidney", pages, vocabulary)).toThrow(/no results slot/);
  });
});
