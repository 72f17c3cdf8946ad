/** Moved addresses: declared once in content/moves.yml, checked by the loader, applied by every host. */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { movedTarget, type Move } from "@/lib/content/moves";
import { movedPageHtml } from "../../../src/build/write-moved-pages";
import { nginxSnippet, redirectFor, redirectsFile } from "../../../src/build/hosting";
import { contentErrorFor, loadEditedFixture, replaceIn } from "./fixture";

const writeMoves = (dir: string, yaml: string) => writeFileSync(path.join(dir, "moves.yml"), yaml);
const MOVE = "- from: /symptoms/renal\n  to: /symptoms/kidneys\n  movedOn: 2026-12-01\n";

describe("content/moves.yml", () => {
  it("is read and kept on the site", async () => {
    const site = await loadEditedFixture((dir) => writeMoves(dir, MOVE));
    expect(site.moves).toEqual([{ from: "/symptoms/renal", to: "/symptoms/kidneys", movedOn: "2026-12-01" }]);
  });

  it.each<[string, string, RegExp]>([
    ["an old address that is still a page", "- from: /symptoms/kidneys\n  to: /symptoms\n  movedOn: 2026-12-01\n", /moves\.yml: 0\.from: "\/symptoms\/kidneys" is still a page/],
    ["a new address that is no page", "- from: /symptoms/renal\n  to: /symptoms/liver\n  movedOn: 2026-12-01\n", /moves\.yml: 0\.to: "\/symptoms\/liver" is not a page/],
    ["a chain of moves", `${MOVE}- from: /old\n  to: /symptoms/renal\n  movedOn: 2026-12-01\n`, /moves\.yml: 1\.to: "\/symptoms\/renal" has moved too/],
    ["the same old address twice", `${MOVE}${MOVE}`, /moves\.yml: 1\.from: "\/symptoms\/renal" is listed twice/],
    ["an address with a trailing slash", "- from: /symptoms/renal/\n  to: /symptoms/kidneys\n  movedOn: 2026-12-01\n", /moves\.yml: 0\.from: must be a site path/],
    ["a missing date", "- from: /symptoms/renal\n  to: /symptoms/kidneys\n", /moves\.yml: 0\.movedOn: /],
  ])("refuses %s", async (_name, yaml, expected) => {
    expect((await contentErrorFor((dir) => writeMoves(dir, yaml))).message).toMatch(expected);
  });

  it("refuses a link to an old address, naming the new one", async () => {
    const error = await contentErrorFor((dir) => {
      writeMoves(dir, MOVE);
      replaceIn(dir, "about-lupus/what-is-lupus.md", "/symptoms/kidneys#how-is-it-checked", "/symptoms/renal#how-is-it-checked");
    });
    expect(error.message).toMatch(/what-is-lupus\.md: body: link "\/symptoms\/renal#how-is-it-checked" points to an old address; link to "\/symptoms\/kidneys#how-is-it-checked" instead/);
  });
});

describe("every host applies the moves", () => {
  const moves: Move[] = [{ from: "/treatment/steroids", to: "/medicines/glucocorticoids", movedOn: "2026-12-01" }];

  it("npm start answers the old address with the new one, query kept", () => {
    expect(redirectFor(moves, "/treatment/steroids", "?a=1")).toBe("/medicines/glucocorticoids?a=1");
    expect(redirectFor(moves, "/treatment/steroids/", "")).toBe("/medicines/glucocorticoids");
    expect(redirectFor(moves, "/treatment/steroids-and-more", "")).toBeUndefined();
  });

  it("out/_redirects and the nginx snippet send a permanent redirect", () => {
    expect(redirectsFile(moves)).toContain("/treatment/steroids /medicines/glucocorticoids 301!");
    expect(nginxSnippet(moves)).toContain("location = /treatment/steroids { return 301 /medicines/glucocorticoids$is_args$args; }");
  });

  it("a plain static host gets a page that sends readers on without JavaScript and tells search engines", () => {
    const html = movedPageHtml(moves[0]);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/medicines/glucocorticoids">');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/medicines\/glucocorticoids">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/medicines/glucocorticoids">');
  });

  it("the link rule keeps a #section when it names the new address", () => {
    expect(movedTarget(moves, "/treatment/steroids#can-i-stop")).toBe("/medicines/glucocorticoids#can-i-stop");
  });
});
