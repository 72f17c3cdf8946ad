/**
 * Content is untrusted input: every malformed or hostile file is refused with the file and the
 * field (or line) named, nothing is skipped in silence, no front matter runs code, and no input
 * makes the check hang or crash.
 */
import { describe, expect, it } from "vitest";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { contentErrorFor, FIXTURE_SITE, loadEditedFixture, replaceIn } from "./fixture";

const ARTICLE = "about-lupus/what-is-lupus.md";
const KIDNEYS = "symptoms/kidneys.md";
const write = (dir: string, file: string, text: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const article = (dir: string) => readFileSync(path.join(dir, ARTICLE), "utf8");
const today = new Date().toISOString().slice(0, 10);

describe("malformed or hostile content is refused, naming the file and the field", () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    ["front matter in another language (---js)", (dir) => write(dir, "about-lupus/js.md", `---js\n{ title: "x" }\n---\nBody.\n`), /about-lupus\/js\.md: front matter: opens with "---js"/],
    ["an impossible date, unquoted", (dir) => replaceIn(dir, ARTICLE, "lastReviewed: 2026-11-22", "lastReviewed: 2026-13-45"), /what-is-lupus\.md: lastReviewed: is not a real calendar date/],
    ["an impossible date, quoted", (dir) => replaceIn(dir, ARTICLE, "lastReviewed: 2026-11-22", 'lastReviewed: "2026-02-30"'), /what-is-lupus\.md: lastReviewed: is not a real calendar date/],
    ["a review date in the future", (dir) => replaceIn(dir, ARTICLE, "lastReviewed: 2026-11-22", "lastReviewed: 2099-01-01"), /what-is-lupus\.md: lastReviewed: is in the future/],
    ["a page saved with an upper-case extension", (dir) => write(dir, "symptoms/new-page.MD", article(dir)), /symptoms\/new-page\.MD: file name: must end in "\.md" in lower case/],
    ["a page one folder too deep", (dir) => write(dir, "symptoms/extra/new-page.md", article(dir)), /symptoms\/extra: folder: is a folder inside a section/],
    ["a stray file at the top of content/", (dir) => write(dir, "notes.txt", "todo"), /notes\.txt: file: is not a content file/],
    ["a stray file in a section", (dir) => write(dir, "symptoms/draft.txt", "todo"), /symptoms\/draft\.txt: file name: is not a Markdown page/],
    ["a related entry that is a section page", (dir) => replaceIn(dir, ARTICLE, "order: 1", "order: 1\nrelated: [/symptoms]"), /what-is-lupus\.md: related: "\/symptoms" is a section page/],
    ["an unclosed call-out", (dir) => replaceIn(dir, KIDNEYS, "Lupus can harm the kidneys.", "Lupus can harm the kidneys.\n\n:::note\nThis never ends."), /kidneys\.md: body: the call-out ":::\w[\w-]*" on line \d+ is never closed/],
    ["an empty heading", (dir) => replaceIn(dir, KIDNEYS, "Lupus can harm the kidneys.", "Lupus can harm the kidneys.\n\n##\n\nText."), /kidneys\.md: body: the heading on line \d+ is empty/],
    ["a body heading that repeats the page's own Sources", (dir) => replaceIn(dir, KIDNEYS, "Lupus can harm the kidneys.", "Lupus can harm the kidneys.\n\n## Sources\n\nText."), /kidneys\.md: body: heading "Sources" has the id "sources"/],
    [
      "a checklist warning whose call-out is commented out",
      (dir) => {
        const text = readFileSync(path.join(dir, KIDNEYS), "utf8").replace(/:::urgent[\s\S]*?\n:::\n/, (callout) => `<!--\n${callout}-->\n`);
        writeFileSync(path.join(dir, KIDNEYS), text);
      },
      /kidneys\.md: checklist\.1\.warning: is "urgent" but the page has no urgent call-out/,
    ],
    ["two glossary entries with one slug", (dir) => replaceIn(dir, "glossary.yml", "- slug: lupus-nephritis", "- slug: lupus"), /glossary\.yml: 1\.slug: "lupus" is already used/],
    ["a copy of a page under a new name", (dir) => copyFileSync(path.join(dir, KIDNEYS), path.join(dir, "symptoms", "kidneys-copy.md")), /kidneys(-copy)?\.md: (title: "Lupus and your kidneys" is already the title|checklist\.0\.symptom: "Foamy urine" is already on the checklist)/],
    ["a file saved as Latin-1", (dir) => write(dir, ARTICLE, Buffer.from(article(dir).replace("Lupus", "Lupus 100\u00b0F"), "latin1")), /what-is-lupus\.md: file: is not valid UTF-8/],
    ["a NUL byte", (dir) => write(dir, ARTICLE, article(dir).replace("Lupus", "Lu\u0000pus")), /what-is-lupus\.md: line \d+: contains a control character/],
    ["an image from another site", (dir) => replaceIn(dir, KIDNEYS, "Lupus can harm the kidneys.", "Lupus can harm the kidneys.\n\n![](https://tracker.example/p.png)"), /kidneys\.md: body: the image "https:\/\/tracker\.example\/p\.png" on line \d+ is not one of the site's own files/],
    ["a list nested 200 deep", (dir) => write(dir, KIDNEYS, `${readFileSync(path.join(dir, KIDNEYS), "utf8")}\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- level`).join("\n")}\n`), /kidneys\.md: line \d+: nests lists or quotes \d+ deep; the limit is 8/],
    ["a block quote nested 10,000 deep", (dir) => write(dir, KIDNEYS, `${readFileSync(path.join(dir, KIDNEYS), "utf8")}\n${">".repeat(10_000)} deep\n`), /kidneys\.md: line \d+: (nests lists or quotes \d+ deep|is 10\d{3} characters long)/],
    ["a 20 MB page", (dir) => write(dir, KIDNEYS, `${readFileSync(path.join(dir, KIDNEYS), "utf8")}\n${"Lupus can harm the kidneys. ".repeat(750_000)}\n`), /kidneys\.md: file: is \d+ KB; the limit is 256 KB/],
    ["a very long line", (dir) => write(dir, KIDNEYS, `${readFileSync(path.join(dir, KIDNEYS), "utf8")}\n${"word ".repeat(2_000)}\n`), /kidneys\.md: line \d+: is 10000 characters long; the limit is 5000/],
  ])("%s", async (_name, edit, expected) => {
    const started = Date.now();
    const error = await contentErrorFor(edit);
    expect(error.message).toMatch(expected);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("accepts a byte-order mark and removes it", async () => {
    const site = await loadEditedFixture((dir) => write(dir, ARTICLE, `\ufeff${article(dir)}`));
    expect(site.pagesByUrl.get("/about-lupus/what-is-lupus")?.title).toBe("What is lupus?");
  });

  it("reads an unquoted date as the date written, never as another day", async () => {
    const site = await loadEditedFixture((dir) => replaceIn(dir, ARTICLE, "lastReviewed: 2026-11-22", `lastReviewed: ${today}`));
    expect(site.pagesByUrl.get("/about-lupus/what-is-lupus")?.lastReviewed).toBe(today);
  });
});

describe("npm run check:content on hostile content", () => {
  const runCheck = (edit: (dir: string) => void) => {
    const dir = mkdtempSync(path.join(tmpdir(), "lupus-guide-hostile-"));
    try {
      cpSync(FIXTURE_SITE, dir, { recursive: true });
      edit(dir);
      const started = Date.now();
      const result = spawnSync("node_modules/.bin/tsx", ["src/build/check-content.ts"], { env: { ...process.env, CONTENT_DIR: dir }, encoding: "utf8", timeout: 60_000 });
      return { ...result, seconds: (Date.now() - started) / 1000, dir };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("exits 1, names the file, and never runs the code in a ---js front matter", () => {
    const marker = path.join(tmpdir(), `lupus-guide-js-ran-${process.pid}`);
    rmSync(marker, { force: true });
    const code = `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "x") }\n---\nBody.\n`;
    const result = runCheck((dir) => write(dir, "about-lupus/evil.md", code));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/about-lupus\/evil\.md: front matter: opens with "---js"/);
    expect(existsSync(marker)).toBe(false);
  });

  it("exits 1 within a few seconds on deeply nested input, naming the file", () => {
    const result = runCheck((dir) => write(dir, KIDNEYS, `${readFileSync(path.join(dir, KIDNEYS), "utf8")}\n${">".repeat(4_000)} deep\n`));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/kidneys\.md: line \d+: nests lists or quotes/);
    expect(result.seconds).toBeLessThan(20);
  });
});
