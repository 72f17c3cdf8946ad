import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { UnknownDirectiveError } from "@/lib/markdown/callouts";
import { CALLOUT_VARIANTS } from "@/lib/callouts/variants";

describe("call-out directives", () => {
  it.each(Object.entries(CALLOUT_VARIANTS))("%s renders with its class, a hidden prefix and a hidden icon", async (name, variant) => {
    const { html } = await renderMarkdown(`:::${name}[Read this first:]\n- one thing\n:::\n`);
    expect(html).toContain(`<div class="callout callout-${name}" role="note">`);
    expect(html).toContain(`<span class="sr-only">${variant.srPrefix}</span>`);
    expect(html).toContain(`<span class="callout-icon" aria-hidden="true">${variant.icon}</span>`);
    if (variant.level) expect(html).toContain(`<span class="callout-level" aria-hidden="true">${variant.level}</span>`);
    else expect(html).not.toContain("callout-level");
    expect(html).toContain("<span>Read this first:</span></h2>");
    expect(html).toContain("<li>one thing</li>");
  });

  it("uses the variant's default title when the author gives none", async () => {
    const { html } = await renderMarkdown(":::emergency\nChest pain.\n:::\n");
    expect(html).toContain(`<span>${CALLOUT_VARIANTS.emergency.defaultTitle}</span></h2>`);
    expect(html).toContain("<p>Chest pain.</p>");
  });

  it("fails on an unknown container directive, naming it and its line", async () => {
    await expect(renderMarkdown("Intro.\n\n:::warning[Careful]\nText\n:::\n")).rejects.toThrow(UnknownDirectiveError);
    await expect(renderMarkdown("Intro.\n\n:::warning[Careful]\nText\n:::\n")).rejects.toThrow(/":::warning" on line 3/);
  });

  it("fails on a leaf directive other than ::picture, naming it", async () => {
    await expect(renderMarkdown("::video[x]\n")).rejects.toThrow(UnknownDirectiveError);
    await expect(renderMarkdown("::video[x]\n")).rejects.toThrow(/unknown directive "::video" on line 1/);
  });

  it("keeps a colon in ordinary prose as typed", async () => {
    const { html } = await renderMarkdown("The ratio:high and a titer of 1:80.");
    expect(html).toBe("<p>The ratio:high and a titer of 1:80.</p>");
  });

  it("keeps an unknown text directive's attributes and label as typed", async () => {
    expect((await renderMarkdown("Ratio:high{x} here.")).html).toBe("<p>Ratio:high{x} here.</p>");
    expect((await renderMarkdown("Time:now[**very** soon]")).html).toBe("<p>Time:now[**very** soon]</p>");
  });
});
