import { describe, expect, it } from "vitest";
import { findRelatedArticles } from "@/lib/content/related";
import type { Article, Page, SectionPage } from "@/lib/content/types";

/** Only what findRelatedArticles reads: the address, the named related pages and the glossary terms used. */
function article(url: string, glossaryTerms: string[], related?: string[]): Article {
  return { kind: "article", url, glossaryTerms, related } as Article;
}

function relatedUrls(articles: Article[], extraPages: Page[] = []) {
  const pagesByUrl = new Map<string, Page>([...articles, ...extraPages].map((page) => [page.url, page]));
  const related = findRelatedArticles(articles, pagesByUrl);
  return Object.fromEntries([...related].map(([url, chosen]) => [url, chosen.map((page) => page.url)]));
}

describe("related articles", () => {
  it("are the articles sharing the most glossary terms, ties broken by address", () => {
    const urls = relatedUrls([
      article("/a", ["kidney", "urine", "blood-pressure"]),
      article("/b", ["kidney"]),
      article("/c", ["kidney", "urine"]),
      article("/d", ["skin"]),
      article("/e", ["urine"]),
    ]);
    expect(urls["/a"]).toEqual(["/c", "/b", "/e"]);
    expect(urls["/c"]).toEqual(["/a", "/b", "/e"]);
    // Nothing shared: nothing related, rather than an unrelated page.
    expect(urls["/d"]).toEqual([]);
  });

  it("start with the author's own `related` list, in its order, skipping the page itself, section pages, missing pages and repeats", () => {
    const hub = { kind: "section", url: "/symptoms" } as SectionPage;
    const urls = relatedUrls(
      [
        article("/a", ["kidney"], ["/d", "/a", "/symptoms", "/gone", "/d"]),
        article("/b", ["kidney"]),
        article("/c", ["kidney"]),
        article("/d", ["skin"]),
      ],
      [hub],
    );
    expect(urls["/a"]).toEqual(["/d", "/b", "/c"]);
  });

  it("are at most three", () => {
    const many = ["/b", "/c", "/d", "/e", "/f"].map((url) => article(url, ["rare-term"]));
    // Six articles use "rare-term" and only five others exist, so "rare-term" is too common (over max(3, 6/4)) ...
    expect(relatedUrls([article("/a", ["rare-term"]), ...many])["/a"]).toEqual([]);
    // ... but an author's list is kept, cut to three.
    expect(relatedUrls([article("/a", [], ["/b", "/c", "/d", "/e"]), ...many])["/a"]).toEqual(["/b", "/c", "/d"]);
  });

  it("ignore terms that a quarter of all articles use, which say little about a topic", () => {
    // 16 articles: a term used by more than 4 of them ("lupus") is skipped; "kidney" (2) decides.
    const filler = Array.from({ length: 12 }, (_, index) => article(`/filler-${String(index).padStart(2, "0")}`, ["lupus"]));
    const urls = relatedUrls([article("/a", ["lupus", "kidney"]), article("/b", ["lupus"]), article("/c", ["kidney"]), article("/d", ["lupus"]), ...filler]);
    expect(urls["/a"]).toEqual(["/c"]);
    // Below that share, a common term still counts.
    const small = relatedUrls([article("/a", ["lupus", "kidney"]), article("/b", ["lupus"]), article("/c", ["kidney"])]);
    expect(small["/a"]).toEqual(["/b", "/c"]);
  });
});
