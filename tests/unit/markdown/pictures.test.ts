import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { PictureDirectiveError, UnknownDirectiveError } from "@/lib/markdown/callouts";
import { buildGlossaryMatcher } from "@/lib/markdown/glossary-terms";
import { PICTURE_NAMES, PICTURES, pictureHtml } from "@/lib/pictures";

/** The SVG of the first picture in some HTML. */
function svgOf(html: string): string {
  const match = /<svg[\s\S]*?<\/svg>/.exec(html);
  if (!match) throw new Error("no <svg> in the HTML");
  return match[0];
}

const SYMPTOM_PAGES = [
  "/symptoms/brain-nerves-and-mood",
  "/symptoms/eyes",
  "/symptoms/skin-hair-and-mouth",
  "/symptoms/lungs",
  "/symptoms/heart-and-blood-vessels",
  "/symptoms/kidneys",
  "/symptoms/digestive-system",
  "/symptoms/blood-and-clotting",
  "/symptoms/joints-and-muscles",
  "/symptoms/whole-body",
];

describe("the ::picture directive", () => {
  it.each(PICTURE_NAMES)("places %s as a figure with its SVG, title, description and visible caption", async (name) => {
    const picture = PICTURES[name];
    const { html } = await renderMarkdown(`Before.\n\n::picture{name="${name}"}\n\nAfter.\n`);
    expect(html).toMatch(/^<p>Before\.<\/p>\n?<div class="picture-block picture-[a-z-]+ picture-full"><figure class="picture"><svg /);
    expect(html).toMatch(/<\/div>\n?<p>After\.<\/p>$/);
    const svg = svgOf(html);
    expect(svg).toContain(`viewBox="0 0 ${picture.width} ${picture.height}"`);
    expect(svg).toContain(`aria-labelledby="picture-${name}-title" aria-describedby="picture-${name}-desc"`);
    expect(svg).toContain(`<title id="picture-${name}-title">${picture.title}</title>`);
    expect(svg).toContain(`<desc id="picture-${name}-desc">${picture.description}</desc>`);
    expect(html).toContain(`<figcaption class="picture-caption">${picture.caption}</figcaption>`);
    // Colours come from the stylesheet (themes, print, forced colours), never from the drawing.
    expect(svg).not.toMatch(/\s(fill|stroke)="(?!url\()/);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b(?!-)/i);
  });

  it("draws a picture without links as an image, and the body map as a group whose links stay reachable", async () => {
    const ladder = svgOf((await renderMarkdown('::picture{name="treatment-ladder"}\n')).html);
    expect(ladder).toContain('role="img"');
    expect(ladder).not.toContain("<a ");
    const bodyMap = svgOf((await renderMarkdown('::picture{name="body-map"}\n')).html);
    expect(bodyMap).toContain('role="group"');
  });

  it("links each body-map area to its symptoms page, head to toe, with a visible label, and lists the same links after it", async () => {
    const { html, links } = await renderMarkdown('::picture{name="body-map"}\n');
    const svg = svgOf(html);
    const areaLinks = [...svg.matchAll(/<a href="([^"]+)" class="pic-area" aria-label="([^"]+)">([\s\S]*?)<\/a>/g)];
    expect(areaLinks.map((link) => link[1])).toEqual(SYMPTOM_PAGES);
    for (const [, , name, content] of areaLinks) {
      // The visible words, line by line, are exactly the link's name.
      const words = [...content.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)].map((tspan) => tspan[1]).join(" ");
      expect(words).toBe(name);
      expect(content).toContain('class="pic-focus-inner"');
    }
    const list = /<ul class="picture-links"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
    expect([...list.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((link) => [link[1], link[2]])).toEqual(
      areaLinks.map((link) => [link[1], link[2]]),
    );
    // The build's link check sees the picture's links like any other.
    expect(new Set(links)).toEqual(new Set(SYMPTOM_PAGES));
  });

  it("says in the treatment ladder's caption that the care team decides", () => {
    expect(PICTURES["treatment-ladder"].caption).toMatch(/care team decides/);
  });

  it.each([
    ["an unknown name, naming it and the known ones", '::picture{name="bodymap"}\n', /::picture\{name="bodymap"\} on line 1: unknown picture; pictures are: body-map, /],
    ["no name", "Text.\n\n::picture\n", /::picture on line 3: needs a name/],
    ["another attribute", '::picture{name="body-map" size="small"}\n', /::picture\{name="body-map"\} on line 1: takes only a name, not size/],
    ["a label", '::picture[A caption]{name="body-map"}\n', /takes only a name, not \[label\]/],
    ["the same picture twice on a page", '::picture{name="body-map"}\n\n::picture{name="body-map"}\n', /::picture\{name="body-map"\} on line 3: is already on this page/],
  ])("fails the build on %s", async (_name, markdown, expected) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(PictureDirectiveError);
    await expect(renderMarkdown(markdown)).rejects.toThrow(expected);
  });

  it("is a leaf directive only: a container or text directive named picture is not a picture", async () => {
    await expect(renderMarkdown(':::picture{name="body-map"}\nText\n:::\n')).rejects.toThrow(UnknownDirectiveError);
    const { html } = await renderMarkdown('A :picture{name="body-map"} in a sentence.');
    expect(html).not.toContain("<svg");
  });

  it("never turns author HTML into a picture: only the directive places one", async () => {
    const { html } = await renderMarkdown('<div class="picture-placeholder" data-picture="body-map"></div>\n\nText.\n');
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("picture-placeholder");
  });

  it("leaves the words inside a picture out of the glossary links", async () => {
    const matcher = buildGlossaryMatcher([
      { slug: "autoantibody", term: "autoantibodies", aliases: [], definition: "Antibodies that attack the body.", definitionHtml: "Antibodies that attack the body.", definitionLinks: [], pronunciation: undefined },
    ]);
    const { html, glossaryTerms } = await renderMarkdown('::picture{name="how-lupus-works"}\n\nLupus makes autoantibodies.\n', matcher);
    expect(svgOf(html)).not.toContain("glossary");
    expect(glossaryTerms).toEqual(["autoantibody"]);
    expect(html).toContain('<p>Lupus makes <span class="glossary-term">');
  });
});

describe("pictureHtml (pages built from components)", () => {
  it("gives the same picture other ids with a prefix, and a smaller size", () => {
    const html = pictureHtml("body-map", { idPrefix: "home", size: "small" });
    expect(html).toContain('class="picture-block picture-body-map picture-small"');
    expect(html).toContain('<title id="home-picture-body-map-title">');
    expect(html).toContain('aria-describedby="home-picture-body-map-desc"');
    // The size is a class (sized in globals.css): the security policy allows no inline styles.
    expect(pictureHtml("body-map")).toContain('class="picture-block picture-body-map picture-full"');
    expect(html).not.toContain("style=");
  });
});
