import { describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSiteFrom } from "@/lib/content/load";
import { EMERGENCY_CALL } from "@/lib/emergency";
import { contentErrorFor, FIXTURE_SITE, replaceIn } from "./fixture";

describe("site prose (content/site/)", () => {
  it("is loaded with the site, rendered by the Markdown pipeline and split into the parts the pages use", async () => {
    const { prose, pagesByUrl } = await loadSiteFrom(FIXTURE_SITE);
    expect(prose.home.parts).toHaveLength(2);
    expect(prose.home.parts[0]).toMatch(/^<p>Lupus is a long-term illness/);
    // The call-out directive works here as in articles, and the emergency line is filled in.
    expect(prose.home.parts[1]).toMatch(/^<div class="callout callout-emergency" role="note">/);
    expect(prose.home.parts[1]).toContain(`a seizure, or signs of a stroke, ${EMERGENCY_CALL.charAt(0).toLowerCase()}${EMERGENCY_CALL.slice(1)}.`);
    expect(prose.prepareWarnings.parts[0]).toContain(`Do not wait for your appointment. ${EMERGENCY_CALL} for chest pain`);
    expect(prose.talkToDoctor).toMatchObject({ title: "Talk to your doctor", questionsLead: "Questions you could ask your care team:" });
    expect(prose.talkToDoctor.parts[1]).toContain('<a href="/get-help">See the warning signs</a>');
    expect(prose.notFound.links).toEqual(["/", "/symptoms", "/glossary", "/get-help"]);
    // The folder makes no pages.
    expect([...pagesByUrl.keys()].some((url) => url.startsWith("/site"))).toBe(false);
  });

  it.each<[string, (dir: string) => void, RegExp]>([
    ["a missing file", (dir) => rmSync(path.join(dir, "site/footer.md")), /site\/footer\.md: file: is missing/],
    ["a missing folder", (dir) => rmSync(path.join(dir, "site"), { recursive: true }), /site: folder: is missing/],
    ["a stray file", (dir) => writeFileSync(path.join(dir, "site/draft.md"), "---\nlastReviewed: 2026-11-22\n---\nText.\n"), /site\/draft\.md: file: is not a site prose file/],
    ["an unknown field", (dir) => replaceIn(dir, "site/footer.md", "lastReviewed:", "author: me\nlastReviewed:"), /site\/footer\.md: front matter: unknown field\(s\) author/],
    ["no review date", (dir) => replaceIn(dir, "site/home.md", /lastReviewed: .*\n/, ""), /site\/home\.md: lastReviewed: /],
    ["a review date in the future", (dir) => replaceIn(dir, "site/home.md", /lastReviewed: .*\n/, "lastReviewed: 2999-01-01\n"), /site\/home\.md: lastReviewed: is in the future/],
    ["a 404 page without its heading", (dir) => replaceIn(dir, "site/not-found.md", /title: .*\n/, ""), /site\/not-found\.md: title: /],
    ["the talk-to-doctor text without its words for a page with no questions", (dir) => replaceIn(dir, "site/talk-to-doctor.md", /noQuestions: .*\n/, ""), /site\/talk-to-doctor\.md: noQuestions: /],
    ["a missing part", (dir) => replaceIn(dir, "site/not-found.md", "***\n", ""), /site\/not-found\.md: body: must be 2 parts split by a line of three stars \(\*\*\*\), each with text; it has 1/],
    ["a part too many", (dir) => replaceIn(dir, "site/footer.md", "anyone.", "anyone.\n\n***\n"), /site\/footer\.md: body: must be one part/],
    ["a link to no page", (dir) => replaceIn(dir, "site/talk-to-doctor.md", "(/get-help)", "(/get-help-now)"), /site\/talk-to-doctor\.md: body: link "\/get-help-now" points to a page that does not exist/],
    [
      "a source the source rules block",
      (dir) => replaceIn(dir, "site/footer.md", "lastReviewed:", "sources:\n  - title: Lupus\n    publisher: Someone\n    year: 2024\n    url: https://www.medlineplus.gov/\nlastReviewed:"),
      /site\/footer\.md: sources\.0\.url: /,
    ],
    ["an unknown call-out", (dir) => replaceIn(dir, "site/home.md", ":::emergency[", ":::danger["), /site\/home\.md: body: unknown directive ":::danger"/],
  ])("refuses %s, naming the file and field", async (_name, edit, expected) => {
    const error = await contentErrorFor(edit);
    expect(error.message).toMatch(expected);
  });
});
