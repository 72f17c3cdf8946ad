import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findStrayStrings, readsLikeWords } from "./stray-strings";

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

describe("interface words live in the dictionary", () => {
  const stray = sourceFiles().flatMap((file) => findStrayStrings(file, readFileSync(file, "utf8")));

  it("no component, route, page library or script writes a word a reader sees", () => {
    expect(stray.map((found) => `${found.file}:${found.line} ${found.where}: ${found.text}`)).toEqual([]);
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
