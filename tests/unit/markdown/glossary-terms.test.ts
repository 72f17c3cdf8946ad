import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { buildGlossaryMatcher } from "@/lib/markdown/glossary-terms";
import type { GlossaryTerm } from "@/lib/content/schema";

const GLOSSARY: GlossaryTerm[] = [
  { slug: "lupus", term: "Lupus", aliases: [], definition: "A long-term illness of the immune system.", definitionHtml: "A long-term illness of the immune system.", definitionLinks: [] },
  { slug: "lupus-nephritis", term: "Lupus nephritis", pronunciation: "LOO-pus neh-FRY-tis", aliases: ["kidney lupus"], definition: "Kidney inflammation caused by lupus.", definitionHtml: "Kidney inflammation caused by lupus.", definitionLinks: [] },
  { slug: "antinuclear-antibody", term: "Antinuclear antibody", aliases: ["ANA"], definition: "An antibody that attacks the cell's centre.", definitionHtml: "An antibody that attacks the cell's centre.", definitionLinks: [] },
  { slug: "complement", term: "Complement", aliases: [], definition: "Blood proteins that help fight germs.", definitionHtml: "Blood proteins that help fight germs.", definitionLinks: [] },
];
const matcher = buildGlossaryMatcher(GLOSSARY);

/** The words marked as glossary terms, in order, as "text->slug". */
async function marked(markdown: string): Promise<string[]> {
  const { html } = await renderMarkdown(markdown, matcher);
  return [...html.matchAll(/<button[^>]*popovertarget="glossary-([a-z-]+)-\d+"[^>]*>([^<]*)<\/button>/g)].map(
    ([, slug, text]) => `${text}->${slug}`,
  );
}

describe("glossary terms in articles", () => {
  it("marks only the first occurrence of a term in each section", async () => {
    expect(await marked("Lupus is common. Lupus varies.\n\n## Next\n\nLupus again. And lupus.")).toEqual(["Lupus->lupus", "Lupus->lupus"]);
  });

  it("prefers the longest match", async () => {
    expect(await marked("Lupus nephritis is kidney disease.")).toEqual(["Lupus nephritis->lupus-nephritis"]);
  });

  it("matches whole words only", async () => {
    expect(await marked("Lupuslike words and ANAs and BANANA do not count.")).toEqual([]);
  });

  it("ignores case and keeps the author's spelling", async () => {
    expect(await marked("An ana test.")).toEqual(["ana->antinuclear-antibody"]);
  });

  it("matches aliases, and one term is marked once a section whichever name is used", async () => {
    expect(await marked("Kidney lupus, also called lupus nephritis.")).toEqual(["Kidney lupus->lupus-nephritis"]);
  });

  it.each([
    ["headings", "## Lupus facts\n\nText."],
    ["links", "See [lupus](/about)."],
    ["inline code", "Type `lupus`."],
    ["code blocks", "```\nlupus\n```"],
    ["call-out titles", ":::note[About lupus]\nText.\n:::"],
  ])("never marks words in %s", async (_context, markdown) => {
    expect(await marked(markdown)).toEqual([]);
  });

  it("marks terms inside call-out bodies, lists and tables", async () => {
    expect(await marked(":::note[Good to know]\nLupus varies.\n:::\n\n- An ANA test\n\n| Test |\n|---|\n| Complement |")).toEqual([
      "Lupus->lupus",
      "ANA->antinuclear-antibody",
      "Complement->complement",
    ]);
  });

  it("lets an author opt a word out with :plain[...]", async () => {
    expect(await marked("Exercise can :plain[complement] your medicines. A complement test.")).toEqual(["complement->complement"]);
    const { html } = await renderMarkdown("Exercise can :plain[complement] your medicines.", matcher);
    expect(html).toBe('<p>Exercise can <span class="no-glossary">complement</span> your medicines.</p>');
  });

  it("renders a button that opens a popover with the definition and a glossary link", async () => {
    const { html, glossaryTerms } = await renderMarkdown("Lupus nephritis.", matcher);
    expect(html).toContain('<button type="button" class="glossary-term-button" popovertarget="glossary-lupus-nephritis-1"');
    expect(html).toContain('<span id="glossary-lupus-nephritis-1" popover="auto" class="glossary-popover">');
    expect(html).toContain("(LOO-pus neh-FRY-tis): Kidney inflammation caused by lupus.");
    expect(html).toContain('<a href="/glossary#lupus-nephritis" class="glossary-link">');
    expect(glossaryTerms).toEqual(["lupus-nephritis"]);
  });

  it("makes only a term's first use on the page a Tab stop; later sections' uses still open it", async () => {
    const { html } = await renderMarkdown("Lupus and ANA.\n\n## Two\n\nLupus again.\n\n## Three\n\nAn ANA test and lupus.", matcher);
    const buttons = [...html.matchAll(/<button[^>]*>[^<]*<\/button>/g)].map(([button]) => button);
    expect(buttons).toHaveLength(5);
    const tabStops = buttons.filter((button) => !button.includes('tabindex="-1"'));
    expect(tabStops.map((button) => button.replace(/<[^>]+>/g, ""))).toEqual(["Lupus", "ANA"]);
    for (const button of buttons) expect(button).toMatch(/popovertarget="glossary-[a-z-]+-\d+"/);
  });

  it("gives every popover on a page its own id", async () => {
    const { html } = await renderMarkdown("Lupus.\n\n## Two\n\nLupus.", matcher);
    expect(html).toContain('id="glossary-lupus-1"');
    expect(html).toContain('id="glossary-lupus-2"');
  });

  it("marks nothing with an empty glossary", async () => {
    const { html } = await renderMarkdown("Lupus.", buildGlossaryMatcher([]));
    expect(html).toBe("<p>Lupus.</p>");
  });
});
