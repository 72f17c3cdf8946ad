/** content/source-rules.yml: primary sources only, enforced by the build with the file, source and reason named. */
import { describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import path from "node:path";
import { readSourceRules, sourceProblem } from "@/lib/content/source-rules";
import type { ContentProblem } from "@/lib/content/errors";
import { contentErrorFor, replaceIn } from "./fixture";

const ARTICLE = "about-lupus/what-is-lupus.md";
const CITED = "https://medlineplus.gov/lupus.html";

describe("a page that cites a weak source fails the build, naming file, source and reason", () => {
  it.each<[string, string, RegExp]>([
    ["a trade-press host", "https://www.healio.com/news/rheumatology/20230928/eular-exercise", /is not allowed: trade news/],
    ["a mirror of a paper", "https://www.themednet.org/publications/special-aao-report", /is not allowed: copy of a paper/],
    ["a press-release index", "https://www.gene.com/media/press-releases", /is not allowed: a press-release index/],
    ["a site's home page", "https://clinicaltrials.gov/", /is a site's home page/],
    ["a site's home page without the slash", "https://www.ada.gov", /is a site's home page/],
    ["a host nobody has checked", "https://www.some-health-blog.example/lupus", /is on www\.some-health-blog\.example, which is not a host that may be cited/],
  ])("%s", async (_name, url, reason) => {
    const error = await contentErrorFor((dir) => replaceIn(dir, ARTICLE, CITED, url));
    const problem = error.problems.find((candidate) => candidate.field.startsWith("sources."));
    expect(problem?.file).toMatch(/about-lupus\/what-is-lupus\.md$/);
    expect(problem?.field).toMatch(/^sources\.\d+\.url$/);
    expect(problem?.message).toContain(url);
    expect(problem?.message).toMatch(reason);
  });

  it("a missing rules file fails the build rather than letting every source through", async () => {
    const error = await contentErrorFor((dir) => rmSync(path.join(dir, "source-rules.yml")));
    expect(error.message).toMatch(/source-rules\.yml: file: is missing/);
  });
});

describe("the site's own rules", () => {
  const problems: ContentProblem[] = [];
  const rules = readSourceRules(path.resolve("content"), problems);
  it("are a valid rules file", () => {
    expect(problems).toEqual([]);
  });

  it.each([
    "https://doi.org/10.1002/acr.25690",
    "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=eb26c050-fc41-4183-9f8c-86351335fa64",
    "https://www.nhs.uk/medicines/methotrexate/",
    "https://clinicaltrials.gov/study/NCT05306574",
  ])("allow the primary source %s", (url) => {
    expect(rules && sourceProblem(rules, url)).toBeUndefined();
  });

  it.each([
    "https://cm.healio.com/news/rheumatology/x",
    "https://www.thepharmaletter.com/article/x",
    "https://www.drugs.com/pregnancy/belimumab.html",
    "https://medilib.ir/uptodate/show/141979",
    "https://ouci.dntb.gov.ua/works/lxXnKxLl",
    "https://go.gale.com/ps/retrieve.do?docId=1",
    "https://www.astrazeneca.com/media-centre/press-releases.html",
    "https://www.ed.gov/",
  ])("refuse %s", (url) => {
    expect(rules && sourceProblem(rules, url)).toEqual(expect.any(String));
  });
});
