import { describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSiteFrom } from "@/lib/content/load";
import { contentErrorFor, FIXTURE_SITE, loadEditedFixture, replaceIn } from "./fixture";

const ARTICLE = "about-lupus/what-is-lupus.md";

describe("loading a valid content folder", () => {
  it("reads sections in order with their articles, URLs and rendered bodies", async () => {
    const site = await loadSiteFrom(FIXTURE_SITE);
    expect(site.sections.map((section) => section.url)).toEqual(["/about-lupus", "/symptoms", "/get-help", "/tests", "/medicines"]);
    expect(site.articles.map((article) => article.url)).toEqual([
      "/about-lupus/what-is-lupus",
      "/medicines/hydroxychloroquine",
      "/medicines/mycophenolate",
      "/symptoms/kidneys",
      "/tests/complement-c3-and-c4",
    ]);
    const kidneys = site.pagesByUrl.get("/symptoms/kidneys");
    expect(kidneys?.kind).toBe("article");
    expect(kidneys?.headings.map((heading) => heading.id)).toEqual(["how-is-it-checked", "blood-pressure"]);
    expect(kidneys?.lastReviewed).toBe("2026-11-22");
  });

  it("places a picture from its directive in the rendered body", async () => {
    const site = await loadEditedFixture((dir) =>
      replaceIn(dir, ARTICLE, ":::note", '::picture{name="how-lupus-works"}\n\n:::note'),
    );
    const html = site.pagesByUrl.get("/about-lupus/what-is-lupus")?.html ?? "";
    expect(html).toMatch(/<figure class="picture"><svg [^>]*role="img" aria-labelledby="picture-how-lupus-works-title"/);
    expect(html).toContain('<title id="picture-how-lupus-works-title">How lupus works</title>');
    expect(html).toMatch(/<figcaption class="picture-caption">How lupus works: /);
  });

  it("loads the glossary sorted A-Z", async () => {
    const { glossary } = await loadSiteFrom(FIXTURE_SITE);
    expect(glossary.map((term) => term.slug)).toEqual(["lupus", "lupus-nephritis"]);
    expect(glossary[1].aliases).toEqual(["kidney lupus"]);
  });
});

describe("a malformed content file fails the build, naming the file and the field", () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    ["missing title", (dir) => replaceIn(dir, ARTICLE, /^title: .*\n/m, ""), /about-lupus\/what-is-lupus\.md: title: is required/],
    [
      "description too long",
      (dir) => replaceIn(dir, ARTICLE, /^description: .*$/m, `description: ${"very ".repeat(40)}long`),
      /what-is-lupus\.md: description: must be at most 160 characters/,
    ],
    ["an http source", (dir) => replaceIn(dir, ARTICLE, "https://medlineplus.gov", "http://medlineplus.gov"), /what-is-lupus\.md: sources\.1\.url: must be an https:\/\/ URL/],
    ["only one source", (dir) => replaceIn(dir, ARTICLE, / {2}- title: Lupus\n {4}publisher: MedlinePlus[\s\S]*?lupus\.html\n/, ""), /what-is-lupus\.md: sources: needs at least 2/],
    ["too few key points", (dir) => replaceIn(dir, ARTICLE, "  - Treatment helps most people.\n", ""), /what-is-lupus\.md: keyPoints: needs at least 3/],
    ["a bad date", (dir) => replaceIn(dir, ARTICLE, "lastReviewed: 2026-11-22", "lastReviewed: last week"), /what-is-lupus\.md: lastReviewed: must be a date/],
    ["a wrong type", (dir) => replaceIn(dir, ARTICLE, "order: 1", "order: first"), /what-is-lupus\.md: order: /],
    ["an unknown field", (dir) => replaceIn(dir, ARTICLE, "order: 1", "order: 1\nauthor: Someone"), /what-is-lupus\.md: front matter: unknown field\(s\) author/],
    ["an unknown section value", (dir) => replaceIn(dir, ARTICLE, "section: about-lupus", "section: rumours"), /what-is-lupus\.md: section: must be one of/],
    ["a section that does not match its folder", (dir) => replaceIn(dir, ARTICLE, "section: about-lupus", "section: symptoms"), /what-is-lupus\.md: section: is "symptoms" but the file is in content\/about-lupus\//],
    ["bad YAML", (dir) => replaceIn(dir, ARTICLE, "title: What is lupus?", "title: [unclosed"), /what-is-lupus\.md: front matter: is not valid YAML/],
    ["an unknown directive", (dir) => replaceIn(dir, ARTICLE, ":::note", ":::warning"), /what-is-lupus\.md: body: unknown directive ":::warning"/],
    ["an unknown leaf directive", (dir) => replaceIn(dir, ARTICLE, ":::note", "::video{name=\"x\"}\n\n:::note"), /what-is-lupus\.md: body: unknown directive "::video"/],
    [
      "an unknown picture",
      (dir) => replaceIn(dir, ARTICLE, ":::note", '::picture{name="immune-system"}\n\n:::note'),
      /what-is-lupus\.md: body: ::picture\{name="immune-system"\} on line \d+: unknown picture; pictures are: body-map, how-lupus-works/,
    ],
    [
      "a picture whose links point to missing pages",
      (dir) => replaceIn(dir, "symptoms/index.md", "Lupus can affect many organs.", 'Lupus can affect many organs.\n\n::picture{name="body-map"}\n'),
      /symptoms\/index\.md: body: link "\/symptoms\/eyes" points to a page that does not exist/,
    ],
    ["a link to a missing page", (dir) => replaceIn(dir, ARTICLE, "/symptoms/kidneys#how-is-it-checked", "/symptoms/liver"), /what-is-lupus\.md: body: link "\/symptoms\/liver" points to a page that does not exist/],
    ["a link to a missing heading", (dir) => replaceIn(dir, ARTICLE, "#how-is-it-checked", "#no-such-part"), /what-is-lupus\.md: body: link "\/symptoms\/kidneys#no-such-part" points to a section/],
    ["a link to a missing glossary term", (dir) => replaceIn(dir, "symptoms/index.md", "/glossary#lupus", "/glossary#lupis"), /symptoms\/index\.md: body: link "\/glossary#lupis"/],
    ["a relative link", (dir) => replaceIn(dir, ARTICLE, "/symptoms/kidneys#how-is-it-checked", "kidneys"), /what-is-lupus\.md: body: link "kidneys" must be a site path/],
    ["a related page that does not exist", (dir) => replaceIn(dir, ARTICLE, "order: 1", "order: 1\nrelated: [/symptoms/liver]"), /what-is-lupus\.md: related: "\/symptoms\/liver" is not a page/],
    ["a badly named file", (dir) => writeFileSync(path.join(dir, "symptoms", "Kidney Stones.md"), "---\n---\n"), /symptoms\/Kidney Stones\.md: file name: must be lowercase/],
    ["an unknown section folder", (dir) => mkdirSync(path.join(dir, "rumours")), /rumours: section: "rumours" is not a known section/],
    ["a section without index.md", (dir) => rmSync(path.join(dir, "get-help", "index.md")), /get-help\/index\.md: file: is missing/],
    ["a section index with a bad field", (dir) => replaceIn(dir, "symptoms/index.md", "order: 3", "order: -1"), /symptoms\/index\.md: order: /],
  ])("%s", async (_name, edit, expected) => {
    const error = await contentErrorFor(edit);
    expect(error.message).toMatch(expected);
  });

  it("lists every problem at once, not just the first", async () => {
    const error = await contentErrorFor((dir) => {
      replaceIn(dir, ARTICLE, /^title: .*\n/m, "");
      replaceIn(dir, "symptoms/kidneys.md", "order: 1", "order: one");
    });
    expect(error.problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      expect.stringMatching(/what-is-lupus\.md: title$/),
      expect.stringMatching(/kidneys\.md: order$/),
    ]);
  });
});

describe("glossary errors name the file and the entry", () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    ["a shared alias", (dir) => replaceIn(dir, "glossary.yml", "aliases: []", "aliases: [kidney lupus]"), /glossary\.yml: 1\.aliases\.0: "kidney lupus" is already used by the term "lupus(-nephritis)?"/],
    ["an alias equal to another term", (dir) => replaceIn(dir, "glossary.yml", "aliases: []", "aliases: [Lupus nephritis]"), /glossary\.yml: .*"Lupus nephritis" is already used/],
    ["a missing definition", (dir) => replaceIn(dir, "glossary.yml", / {2}definition: Kidney.*\n/, ""), /glossary\.yml: 1\.definition: /],
    ["a definition over 40 words", (dir) => replaceIn(dir, "glossary.yml", "Kidney inflammation caused by lupus.", "word ".repeat(41)), /glossary\.yml: 1\.definition: must be at most 40 words/],
    ["bad YAML", (dir) => replaceIn(dir, "glossary.yml", "- slug: lupus\n", "- slug: [lupus\n"), /glossary\.yml: file: is not valid YAML/],
  ])("%s", async (_name, edit, expected) => {
    const error = await contentErrorFor(edit);
    expect(error.message).toMatch(expected);
  });
});

describe("glossary definitions are Markdown, checked like articles", () => {
  it("render their links, and a link to a missing page fails the build naming the glossary", async () => {
    const site = await loadEditedFixture((dir) => replaceIn(dir, "glossary.yml", "Kidney inflammation caused by lupus.", "Kidney inflammation caused by lupus. See [kidneys](/symptoms/kidneys)."));
    expect(site.glossary.find((term) => term.slug === "lupus-nephritis")?.definitionHtml).toContain('<a href="/symptoms/kidneys">kidneys</a>');
    const error = await contentErrorFor((dir) => replaceIn(dir, "glossary.yml", "Kidney inflammation caused by lupus.", "Kidney inflammation. See [liver](/symptoms/liver)."));
    expect(error.message).toMatch(/glossary\.yml: body: link "\/symptoms\/liver" points to a page that does not exist/);
  });
});
