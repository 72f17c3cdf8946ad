/** Rules on rendered pages that no schema can state: headings the template owns, aliases, and titles or symptoms published twice. */
import type { Heading } from "../markdown/pipeline";
import { headingIdsOf } from "./anchors";
import type { ContentProblem } from "./errors";
import { LAB_TEST_HEADINGS, MEDICINE_HEADINGS } from "./medicine-headings";
import type { Page } from "./types";

/** Ids the page template itself uses; a body heading with one of them would give the page two. */
const TEMPLATE_IDS = new Set(["key-points", "on-this-page", "sources", "in-this-section", "related-pages", "main-content", "articles"]);

export function templateIdProblems(file: string, headings: readonly Heading[]): ContentProblem[] {
  return headings
    .filter((heading) => TEMPLATE_IDS.has(heading.id))
    .map((heading) => ({ file, field: "body", message: `heading "${heading.text}" has the id "${heading.id}", which the page already uses for its own part; reword it` }));
}

/**
 * A medicine or test page shows fixed parts from its front matter (medicine-headings.ts); a body
 * heading with one of their ids or texts would repeat one.
 */
export function reservedHeadingProblems(file: string, frontMatter: object, headings: readonly Heading[]): ContentProblem[] {
  const reserved = "medicine" in frontMatter ? MEDICINE_HEADINGS : "labTest" in frontMatter ? LAB_TEST_HEADINGS : undefined;
  if (!reserved) return [];
  const ids = new Set<string>(["key-facts", ...reserved.map((heading) => heading.id)]);
  const texts = new Set<string>(["key facts", ...reserved.map((heading) => heading.text.toLowerCase())]);
  return headings
    .filter((heading) => ids.has(heading.id) || texts.has(heading.text.trim().toLowerCase()))
    .map((heading) => ({ file, field: "body", message: `heading "${heading.text}" repeats a heading the medicine page already shows from front matter; choose another` }));
}

/** Each alias names a heading the page shows, and is not itself one of its headings. */
export function headingAliasProblems(page: Page): ContentProblem[] {
  const ids = headingIdsOf(page);
  return Object.entries(page.headingAliases ?? {}).flatMap(([oldId, target]): ContentProblem[] => {
    if (ids.has(oldId)) return [{ file: page.file, field: `headingAliases.${oldId}`, message: `"${oldId}" is a heading on this page now; an alias is only for an old id` }];
    if (!ids.has(target)) return [{ file: page.file, field: `headingAliases.${oldId}`, message: `points to "${target}", which is not a heading on this page` }];
    return [];
  });
}

/** A title, or a checklist symptom, published on two pages: usually a copied file. */
export function publishedTwiceProblems(pages: Page[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const titles = new Map<string, Page>();
  const symptoms = new Map<string, Page>();
  for (const page of pages) {
    const title = page.title.trim().toLowerCase();
    const first = titles.get(title);
    if (first) problems.push({ file: page.file, field: "title", message: `"${page.title}" is already the title of ${first.url}; each page needs its own` });
    else titles.set(title, page);
    if (page.kind !== "article") continue;
    (page.checklist ?? []).forEach((item, index) => {
      const key = item.symptom.trim().toLowerCase();
      const owner = symptoms.get(key);
      if (owner && owner !== page) {
        problems.push({ file: page.file, field: `checklist.${index}.symptom`, message: `"${item.symptom}" is already on the checklist of ${owner.url}; list a symptom once` });
      } else symptoms.set(key, page);
    });
  }
  return problems;
}
