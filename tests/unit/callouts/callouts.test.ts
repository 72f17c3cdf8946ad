import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { Callout } from "@/components/Callout";
import { CALLOUT_VARIANTS, type CalloutVariant } from "@/lib/callouts/variants";

/** Rendered Markdown puts a line break between block elements; React does not. */
const withoutBlockBreaks = (html: string) => html.replace(/>\n</g, "><");

async function fromMarkdown(variant: CalloutVariant) {
  return withoutBlockBreaks((await renderMarkdown(`:::${variant}[Read this first:]\n- one thing\n:::\n`)).html);
}

function fromComponent(variant: CalloutVariant) {
  const list = createElement("ul", null, createElement("li", null, "one thing"));
  return renderToStaticMarkup(createElement(Callout, { variant, title: "Read this first:", headingLevel: 2, children: list }));
}

describe("one call-out structure for Markdown and page templates", () => {
  it.each(Object.keys(CALLOUT_VARIANTS) as CalloutVariant[])("%s: the directive and the component render the same markup", async (variant) => {
    expect(await fromMarkdown(variant)).toBe(fromComponent(variant));
  });

  // One snapshot per variant: the box, its role, its title heading with the hidden prefix inside it.
  it("emergency", async () => {
    expect(await fromMarkdown("emergency")).toMatchInlineSnapshot(`"<div class="callout callout-emergency" role="note"><h2 class="callout-title"><span class="callout-icon" aria-hidden="true">!</span><span class="callout-level" aria-hidden="true">Emergency</span><span class="sr-only">Emergency advice: </span><span>Read this first:</span></h2><ul><li>one thing</li></ul></div>"`);
  });
  it("urgent", async () => {
    expect(await fromMarkdown("urgent")).toMatchInlineSnapshot(`"<div class="callout callout-urgent" role="note"><h2 class="callout-title"><span class="callout-icon" aria-hidden="true">!</span><span class="callout-level" aria-hidden="true">Same day</span><span class="sr-only">Urgent advice: </span><span>Read this first:</span></h2><ul><li>one thing</li></ul></div>"`);
  });
  it("talk-to-doctor", async () => {
    expect(await fromMarkdown("talk-to-doctor")).toMatchInlineSnapshot(`"<div class="callout callout-talk-to-doctor" role="note"><h2 class="callout-title"><span class="callout-icon" aria-hidden="true">?</span><span class="sr-only">Non-urgent advice: </span><span>Read this first:</span></h2><ul><li>one thing</li></ul></div>"`);
  });
  it("note", async () => {
    expect(await fromMarkdown("note")).toMatchInlineSnapshot(`"<div class="callout callout-note" role="note"><h2 class="callout-title"><span class="callout-icon" aria-hidden="true">i</span><span class="sr-only">Note: </span><span>Read this first:</span></h2><ul><li>one thing</li></ul></div>"`);
  });

  it("names the box by its title when the component is given an id", () => {
    const html = renderToStaticMarkup(createElement(Callout, { variant: "note", title: "Key points", headingLevel: 2, headingId: "key-points", children: "x" }));
    expect(html).toContain('<div class="callout callout-note" role="note" aria-labelledby="key-points"><h2 class="callout-title" id="key-points">');
  });
});

describe("a Markdown call-out's title in the page outline", () => {
  const titleTag = async (markdown: string) => /<(h\d) class="callout-title"/.exec((await renderMarkdown(markdown)).html)?.[1];

  it("is a heading one level below the section it sits in", async () => {
    expect(await titleTag(":::note\nBefore any section.\n:::\n")).toBe("h2");
    expect(await titleTag("## Section\n\n:::note\nIn a section.\n:::\n")).toBe("h3");
    expect(await titleTag("## Section\n\n### Part\n\n:::note\nIn a part.\n:::\n")).toBe("h4");
    expect(await titleTag("## Section\n\n### Part\n\n## Next section\n\n:::note\nBack in a section.\n:::\n")).toBe("h3");
  });

  it("has no id, no section link and no place among the page's headings, and takes no section's id", async () => {
    const { html, headings } = await renderMarkdown(":::talk-to-doctor\nAsk.\n:::\n\n## Talk to your doctor\n\nText.\n");
    expect(html).toMatch(/<h2 class="callout-title"><span class="callout-icon"/);
    expect(headings).toEqual([{ depth: 2, id: "talk-to-your-doctor", text: "Talk to your doctor" }]);
    expect(html.match(/class="heading-anchor"/g)).toHaveLength(1);
  });
});
