import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/pipeline";

describe("renderMarkdown", () => {
  it("gives every ## and ### heading a stable id, unique on the page", async () => {
    const { html, headings } = await renderMarkdown("## How is it checked?\n\n### Urine tests\n\n## How is it checked?\n");
    expect(headings).toEqual([
      { depth: 2, id: "how-is-it-checked", text: "How is it checked?" },
      { depth: 3, id: "urine-tests", text: "Urine tests" },
      { depth: 2, id: "how-is-it-checked-1", text: "How is it checked?" },
    ]);
    expect(html).toContain('<h2 id="how-is-it-checked">How is it checked?</h2>');
  });

  it("renders GFM tables and lists", async () => {
    const { html } = await renderMarkdown("| Test | Shows |\n|---|---|\n| Urine | Protein |\n\n- one\n- two\n");
    expect(html).toContain("<table>");
    expect(html).toContain('<td data-label="Shows">Protein</td>');
    expect(html).toContain("<li>two</li>");
  });

  it("collects links for the build's link check", async () => {
    const { links } = await renderMarkdown("See [kidneys](/symptoms/kidneys#signs) and [NIAMS](https://www.niams.nih.gov/).");
    expect(links).toEqual(["/symptoms/kidneys#signs", "https://www.niams.nih.gov/"]);
  });

  it.each([
    ["a script block", "Text.\n\n<script>alert(1)</script>\n", /<script/],
    ["an inline event handler", 'Text <img src="x" onerror="alert(1)"> more.', /onerror|<img/],
    ["a javascript: link", "[click](javascript:alert(1))", /javascript:/],
    ["an iframe", '<iframe src="https://example.com"></iframe>', /<iframe/],
  ])("removes %s", async (_name, markdown, forbidden) => {
    const { html } = await renderMarkdown(markdown);
    expect(html).not.toMatch(forbidden);
  });
});

describe("section links", () => {
  it("puts a link to each ## and ### heading beside it, named for screen readers", async () => {
    const { html } = await renderMarkdown("## How is it checked?\n\nText.");
    expect(html).toContain(
      '<div class="heading-with-anchor"><h2 id="how-is-it-checked">How is it checked?</h2><a href="#how-is-it-checked" class="heading-anchor" data-copy-link="">' +
        '<span aria-hidden="true">#</span><span class="sr-only">Link to this section: How is it checked?</span></a></div>',
    );
  });

  it("does not count the generated section links as author links", async () => {
    const { links } = await renderMarkdown("## One\n\nSee [two](#two).\n\n## Two\n");
    expect(links).toEqual(["#two"]);
  });
});

describe("short fields in inline Markdown (remark-html)", () => {
  it("keep emphasis and links, and drop the paragraph wrapper", async () => {
    const { renderInlineMarkdown } = await import("@/lib/markdown/inline-markdown");
    expect(renderInlineMarkdown("Used for *skin* lupus; see [the page](/forms/cutaneous-lupus).")).toEqual({
      html: 'Used for <em>skin</em> lupus; see <a href="/forms/cutaneous-lupus">the page</a>.',
      links: ["/forms/cutaneous-lupus"],
    });
  });

  it("never let raw HTML or a script link through", async () => {
    const { renderInlineMarkdown } = await import("@/lib/markdown/inline-markdown");
    const { html } = renderInlineMarkdown('A <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)).');
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
  });
});
