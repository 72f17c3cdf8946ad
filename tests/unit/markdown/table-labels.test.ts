import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { splitLeadingCallout } from "@/lib/markdown/lead-callout";

describe("table labels for the narrow-screen card view", () => {
  it("gives each body cell its column heading as data-label", async () => {
    const { html } = await renderMarkdown("| Medicine | Pregnancy |\n| --- | --- |\n| Methotrexate | Stop before |\n");
    expect(html).toContain('<td data-label="Medicine">Methotrexate</td>');
    expect(html).toContain('<td data-label="Pregnancy">Stop before</td>');
    expect(html).toContain("<th>Medicine</th>");
  });
});

describe("splitLeadingCallout", () => {
  it("takes the emergency call-out a page opens with, and leaves the rest", async () => {
    const { html } = await renderMarkdown(":::emergency[Call 911 if:]\n- chest pain\n:::\n\nThen read on.\n\n:::emergency\nLater.\n:::\n");
    const { lead, rest } = splitLeadingCallout(html, "emergency");
    expect(lead).toContain("chest pain");
    expect(lead).not.toContain("Then read on");
    expect(rest).toContain("Then read on");
    expect(rest).toContain("Later.");
    expect(rest).not.toContain("chest pain");
  });

  it("leaves a page that opens with anything else as it is", async () => {
    const { html } = await renderMarkdown("Intro.\n\n:::emergency\nChest pain.\n:::\n");
    expect(splitLeadingCallout(html, "emergency")).toEqual({ lead: "", rest: html });
  });
});
