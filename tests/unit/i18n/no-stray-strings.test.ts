import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findStrayStrings, readsLikeWords, type StrayString } from "./stray-strings";

/**
 * Every word a reader sees comes from the dictionary (src/lib/i18n), so a second language
 * touches one file per language, not every component. Read: the routes, the components, the
 * libraries that build pages, the build steps that write pages, and the standalone scripts in
 * public/. Not read: the dictionary itself, and the checks whose messages are for authors (the
 * loader in src/lib/content, the Markdown structure checks).
 */
const SCANNED = ["src/app", "src/components", "src/lib", "public"];
const NOT_SCANNED = ["src/lib/i18n/", "src/lib/content/", "src/lib/markdown/structure.ts"];
const ALSO_SCANNED = ["src/build/write-moved-pages.ts", "src/build/no-script-search.ts"];

function sourceFiles(): string[] {
  const files = SCANNED.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .map((file) => path.posix.join(dir, file.split(path.sep).join("/")))
      .filter((file) => /\.(tsx?|js)$/.test(file) && !NOT_SCANNED.some((skip) => file.startsWith(skip))),
  );
  return [...files, ...ALSO_SCANNED].sort();
}

/**
 * Words that are moving elsewhere in work under way (issue 16), by file: medical prose and the
 * emergency line go to content/ (deliver 2). Each entry must still be found, so the list shrinks as that work lands.
 */
const MOVING_ELSEWHERE: Record<string, { reason: string; texts: string[] }> = {
  "src/app/not-found.tsx": {
    reason: "the 404 text becomes content (content/site/not-found.md)",
    texts: [
      "We could not find that page",
      "The address may have a typo, or the page may have moved.",
      "You could try one of these:",
      "Go to the home page",
      "Read about the symptoms of lupus",
      "Look up a medical word",
      "See warning signs that need urgent care",
    ],
  },
  "src/app/page.tsx": {
    reason: "the home page's welcome and emergency box become content (content/site/home.md)",
    texts: [
      "Lupus is a long-term illness in which the immune system attacks the body. Here you can read what lupus is, what it can do, and how it is treated. Every page is checked against trusted medical sources.",
      "Need help now?",
      "If you have chest pain, sudden trouble breathing, a seizure, or signs of a stroke, call 911 or your local emergency number.",
      "See all warning signs that need same-day or emergency care",
    ],
  },
  "src/components/HandoutPicker.tsx": {
    reason: "the emergency line is written once, in content/",
    texts: ["Education, not medical advice. In an emergency, call 911 or your local emergency number."],
  },
  "src/components/SiteFooter.tsx": {
    reason: "the footer disclaimer becomes content (content/site/footer.md)",
    texts: [
      "Education, not medical advice.",
      "explains lupus in plain words. It does not diagnose or treat anyone. Always talk to your own care team about your health. In an emergency, call 911 or your local emergency number.",
    ],
  },
  "src/components/TalkToDoctor.tsx": {
    reason: "the Talk to your doctor text becomes content (content/site/talk-to-doctor.md)",
    texts: [
      "Talk to your doctor",
      "This site explains lupus. It cannot tell you what is going on in your body. Your care team knows you and can answer your questions.",
      "Questions you could ask your care team:",
      "Write down your questions and symptoms before a visit, and bring them with you.",
      "Some signs need care the same day or right away.",
      "See the warning signs",
    ],
  },
  "src/components/medicines/MedicineFacts.tsx": { reason: "the emergency line is written once, in content/", texts: ["Call 911 or your local emergency number if you have:"] },
  "src/components/prepare/PreparePage.tsx": {
    reason: "the /prepare warnings become content (content/site/prepare-warnings.md)",
    texts: [
      "This checklist is not a diagnosis.",
      "It cannot tell what is causing your symptoms. Only your care team can do that.",
      "Do you have a warning sign right now?",
      "Do not wait for your appointment. Call 911 or your local emergency number for chest pain, sudden trouble breathing, a seizure, or signs of a stroke. If you are thinking about harming yourself, call or text 988 (US).",
      "See all warning signs",
    ],
  },
  "src/components/tests/LabTestFacts.tsx": { reason: "the emergency line is written once, in content/", texts: ["Call 911 or your local emergency number if:"] },
  "src/lib/prepare/summary.ts": { reason: "the emergency line is written once, in content/", texts: ["Call 911 or your local emergency number now"] },
  "src/lib/callouts/variants.ts": { reason: "the emergency line is written once, in content/", texts: ["Call 911 or your local emergency number"] },
};

const isMovingElsewhere = (found: StrayString) => MOVING_ELSEWHERE[found.file]?.texts.includes(found.text) ?? false;

describe("interface words live in the dictionary", () => {
  const stray = sourceFiles().flatMap((file) => findStrayStrings(file, readFileSync(file, "utf8")));

  it("no component, route, page library or script writes a word a reader sees", () => {
    expect(stray.filter((found) => !isMovingElsewhere(found)).map((found) => `${found.file}:${found.line} ${found.where}: ${found.text}`)).toEqual([]);
  });

  it("lists as moving elsewhere only words that are still here (the list shrinks as that work lands)", () => {
    const gone = Object.entries(MOVING_ELSEWHERE).flatMap(([file, { texts }]) =>
      texts.filter((text) => !stray.some((found) => found.file === file && found.text === text)).map((text) => `${file}: ${text}`),
    );
    expect(gone).toEqual([]);
  });
});

describe("the stray-string finder", () => {
  const find = (source: string, file = "Sample.tsx") => findStrayStrings(file, source).map((found) => [found.where, found.text]);

  it("finds words in JSX text, in visible attributes and in strings that read like words", () => {
    const source = `
      const COLUMNS = ["Check", "How often"];
      export function Sample({ count }: { count: number }) {
        return (
          <nav aria-label="Main">
            <p title={count > 1 ? "Many pages" : "one page"}>Hello {count}</p>
            <Callout title={\`Call your care team about \${count} signs\`} />
            {"Read more"}
          </nav>
        );
      }`;
    expect(find(source)).toEqual([
      ["string", "Check"],
      ["string", "How often"],
      ["attribute aria-label", "Main"],
      ["attribute title", "Many pages"],
      ["attribute title", "one page"],
      ["JSX text", "Hello"],
      ["attribute title", "Call your care team about ${} signs"],
      ["JSX text", "Read more"],
    ]);
  });

  it("leaves code alone: classes, ids, addresses, modules, types, directives and developer messages", () => {
    const source = `
      "use client";
      import Link from "@/components/SiteLink";
      type Care = "emergency" | "urgent";
      const data = { "@type": "MedicalWebPage", "@context": "https://schema.org" };
      export function Sample({ wide }: { wide: boolean }) {
        if (!wide) throw new Error("unknown medicine class");
        console.log("Building the pages");
        return (
          <div className={wide ? "rounded border flex" : "block"} id="key-points" data-pagefind-body>
            <Link href="/symptoms/whole-body" rel="prev">{"\\u00a0›"}</Link>
            <span aria-hidden="true">#</span>
          </div>
        );
      }`;
    expect(find(source)).toEqual([]);
  });

  it("reads plain scripts too", () => {
    expect(find('status.textContent = "1 matching test name.";', "public/sample.js")).toEqual([["string", "1 matching test name."]]);
  });

  it("tells words from names", () => {
    expect(["Search", "added when needed", "link copied.", "Lupus Guide", "{count} pages found."].map(readsLikeWords)).toEqual([true, true, true, true, true]);
    expect(["mt-2 list-disc", "MedicalWebPage", "page-status", "0-9", "summary_large_image", "/symptoms", "{count}"].map(readsLikeWords)).toEqual([
      false, false, false, false, false, false, false,
    ]);
  });
});
