import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { getSite } from "@/lib/content/load";

type Page = [string, string];
type NotFoundScript = {
  suggest: (path: string, pages: Page[]) => Page[];
  sameButCase: (path: string, pages: Page[]) => Page | undefined;
  distance: (a: string, b: string) => number;
};

/** public/not-found.js as the browser gets it, run without a document: it exports its functions. */
function loadScript(): NotFoundScript {
  const commonJs = { exports: {} };
  vm.runInNewContext(readFileSync(path.resolve(__dirname, "../../../public/not-found.js"), "utf8"), { module: commonJs });
  return commonJs.exports as NotFoundScript;
}

const { suggest, sameButCase, distance } = loadScript();
const site = await getSite(path.resolve(__dirname, "../../../content"));
const PAGES: Page[] = [["/", "Lupus Guide"], ...[...site.sections, ...site.articles].map((page): Page => [page.url, page.title])];

describe("the 404 page's suggestions (public/not-found.js), over the real page list", () => {
  it("counts edits between words", () => {
    expect(distance("kidney", "kidneys")).toBe(1);
    expect(distance("symtoms", "symptoms")).toBe(1);
    expect(distance("", "abc")).toBe(3);
    expect(distance("flaw", "lawn")).toBe(2);
  });

  it.each([
    ["/symtoms/kidney", "/symptoms/kidneys"],
    ["/symptoms/kidney", "/symptoms/kidneys"],
    ["/kidneys", "/symptoms/kidneys"],
    ["/symptom/lungs/", "/symptoms/lungs"],
    ["/medicines/methotrexat", "/medicines/methotrexate"],
    ["/medicines/hydroxychloroquin.html", "/medicines/hydroxychloroquine"],
    ["/symptoms/joints_and_muscles", "/symptoms/joints-and-muscles"],
  ])("offers the closest page first: %s -> %s", (asked, expected) => {
    const suggestions = suggest(asked, PAGES);
    expect(suggestions[0]?.[0]).toBe(expected);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  it("names the page by its title", () => {
    expect(suggest("/symtoms/kidney", PAGES)[0]).toEqual(["/symptoms/kidneys", "Lupus and your kidneys"]);
  });

  it("offers nothing for an address like no page's", () => {
    expect(suggest("/zzqx/wpvb-plonk", PAGES)).toEqual([]);
    expect(suggest("/", PAGES)).toEqual([]);
  });

  it("knows an address that differs only in capital letters, and not the page's own", () => {
    expect(sameButCase("/Symptoms/Kidneys", PAGES)?.[0]).toBe("/symptoms/kidneys");
    expect(sameButCase("/SYMPTOMS/KIDNEYS/", PAGES)?.[0]).toBe("/symptoms/kidneys");
    expect(sameButCase("/symptoms/kidneys", PAGES)).toBeUndefined();
    expect(sameButCase("/symptoms/kidney", PAGES)).toBeUndefined();
  });
});
