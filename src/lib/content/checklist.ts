import { slug } from "github-slugger";
import type { Site } from "./types";
import { CHECKLIST_SECTION } from "./schema";
import type { PrepareCatalog, QuestionSection, SymptomGroup } from "../prepare/types";
import { defaultLocale } from "../i18n";

/**
 * A short group name from a symptom page's title: "Lupus and your skin, hair and mouth" ->
 * "Skin, hair and mouth"; "Fatigue, fever and weight changes in lupus" -> "Fatigue, fever and
 * weight changes". A title of another shape is used as it is.
 */
export function checklistGroupLabel(title: string): string {
  const short = title
    .replace(/^lupus and (your )?/i, "")
    .replace(/ in lupus$/i, "")
    .trim();
  return short ? short[0].toUpperCase() + short.slice(1) : title;
}

/**
 * What /prepare offers, from the content: the symptoms of each symptom page (so the checklist
 * and the pages never disagree) and every page's questions to ask, by section.
 */
export function prepareCatalog(site: Site): PrepareCatalog {
  const symptomSection = site.sections.find((section) => section.slug === CHECKLIST_SECTION);
  const symptomGroups: SymptomGroup[] = (symptomSection?.articles ?? [])
    .filter((article) => article.checklist && article.checklist.length > 0)
    .map((article) => ({
      id: article.slug,
      label: checklistGroupLabel(article.title),
      title: article.title,
      url: article.url,
      items: (article.checklist ?? []).map((item) => ({
        id: `${article.slug}/${slug(item.symptom)}`,
        symptom: item.symptom,
        ...(item.warning ? { warning: item.warning } : {}),
      })),
    }));

  const questionSections: QuestionSection[] = site.sections
    .map((section) => ({
      id: section.slug,
      title: section.navLabel,
      pages: [section, ...section.articles]
        .filter((page) => page.askYourDoctor && page.askYourDoctor.length > 0)
        .map((page) => ({ title: page.title, url: page.url, questions: [...(page.askYourDoctor ?? [])] })),
    }))
    .filter((section) => section.pages.length > 0);

  return { symptomGroups, questionSections, medicineNames: medicineNameSuggestions(site) };
}

/**
 * Every generic and brand name on the medicine pages, A to Z, for the medicine field's
 * suggestions: "Quinoric (UK)" becomes "Quinoric"; notes such as "Many brands; ask your
 * pharmacist" are not names and are left out.
 */
export function medicineNameSuggestions(site: Pick<Site, "medicines">): string[] {
  const names = site.medicines.flatMap(({ medicine }) => [...medicine.genericNames, ...medicine.brandNames]);
  const cleaned = names
    .filter((name) => !name.includes(";") && !/^(none|many|several)\b/i.test(name))
    .map((name) => name.replace(/\s*\(.*\)\s*$/, "").trim())
    .filter(Boolean);
  const unique = new Map(cleaned.map((name) => [name.toLowerCase(), name]));
  return [...unique.values()].sort((a, b) => a.localeCompare(b, defaultLocale, { sensitivity: "base" }));
}
