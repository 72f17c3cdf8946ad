import { describe, expect, it } from "vitest";
import emergencyJson from "../../../content/site/emergency.json" with { type: "json" };
import { EMERGENCY_CALL, emergencyCallInSentence } from "@/lib/emergency";
import { renderMarkdown } from "@/lib/markdown/pipeline";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { emergencySchema } from "@/lib/content/site-prose";

const inSentence = EMERGENCY_CALL.charAt(0).toLowerCase() + EMERGENCY_CALL.slice(1);

describe("the emergency line", () => {
  it("comes from content/site/emergency.json, which passes its schema", () => {
    expect(EMERGENCY_CALL).toBe(emergencyJson.call);
    expect(emergencySchema.safeParse(emergencyJson).success).toBe(true);
    expect(emergencyCallInSentence()).toBe(inSentence);
    expect(emergencyCallInSentence("Call 999")).toBe("call 999");
  });

  it("fills :emergency-call with a capital at the start of a sentence and without one inside it", async () => {
    const { html } = await renderMarkdown(":emergency-call now. If it hurts, :emergency-call. It is bad! :emergency-call today.");
    expect(html).toBe(`<p>${EMERGENCY_CALL} now. If it hurts, ${inSentence}. It is bad! ${EMERGENCY_CALL} today.</p>`);
  });

  it("is the title of an emergency call-out that has none of its own", async () => {
    const { html } = await renderMarkdown(":::emergency\nChest pain.\n:::\n");
    expect(html).toContain(`<span class="sr-only">Emergency advice: </span><span>${EMERGENCY_CALL}</span></h2>`);
  });

  it("is read by the reading-grade text too, so the grade counts the words a reader sees", () => {
    expect(markdownToPlainText("For chest pain, :emergency-call.")).toBe(`For chest pain, ${inSentence}.`);
  });

  it("leaves other text directives as typed", async () => {
    const { html } = await renderMarkdown("The ratio:emergency was high.");
    expect(html).toBe("<p>The ratio:emergency was high.</p>");
  });
});
