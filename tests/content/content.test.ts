/**
 * Checks over every real content file: the rules an article must meet before it can land that
 * the loader does not enforce (what the schema and the loader refuse is tested on the fixture
 * site in tests/unit/content/).
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadSiteFrom } from "@/lib/content/load";
import type { Page } from "@/lib/content/types";
import { fleschKincaidGradeOfMarkdown } from "@/lib/content/readability";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { readFileSync } from "node:fs";
import { currentAddresses, PUBLISHED_ADDRESSES_FILE, unrecordedAddresses } from "@/lib/content/published";
import { HOW_WE_WORK_URL, STATIC_ROUTES } from "@/lib/site";
import { normalizeSitePath } from "@/lib/content/paths";
import { siteProseFiles, siteProseText } from "@/lib/content/site-prose";

const site = await loadSiteFrom(path.resolve("content"));
const pages: Page[] = [...site.sections, ...site.articles];

/** The article list the content issue asks for: each must exist. */
const REQUIRED_PAGES = [
  "/about-lupus/what-is-lupus", "/about-lupus/flares-and-remission", "/about-lupus/who-gets-lupus",
  "/causes/what-causes-lupus", "/causes/triggers",
  "/symptoms", "/symptoms/skin-hair-and-mouth", "/symptoms/joints-and-muscles", "/symptoms/kidneys",
  "/symptoms/heart-and-blood-vessels", "/symptoms/lungs", "/symptoms/blood-and-clotting",
  "/symptoms/brain-nerves-and-mood", "/symptoms/digestive-system", "/symptoms/eyes", "/symptoms/whole-body",
  "/diagnosis/how-lupus-is-diagnosed", "/diagnosis/blood-tests", "/diagnosis/urine-tests-and-biopsies",
  "/diagnosis/classification-criteria",
  "/treatment/overview", "/treatment/immunosuppressants",
  "/treatment/biologics-and-newer-medicines", "/treatment/lupus-nephritis-treatment",
  "/treatment/investigational-treatments", "/treatment/complementary-approaches", "/treatment/clinical-trials",
  "/forms/cutaneous-lupus", "/forms/drug-induced-lupus", "/forms/neonatal-lupus",
  "/living-with-lupus/sun-protection", "/living-with-lupus/fatigue-sleep-and-exercise",
  "/living-with-lupus/food-and-bone-health", "/living-with-lupus/mental-health",
  "/living-with-lupus/pregnancy-and-family-planning", "/living-with-lupus/infections-and-vaccines",
  "/living-with-lupus/heart-health-and-long-term-risks", "/living-with-lupus/school-and-work",
  "/living-with-lupus/tracking-flares",
  "/get-help", "/caregivers", "/clinicians", "/about",
  // Medicines A to Z (issue 12): one page per medicine.
  "/medicines", "/medicines/hydroxychloroquine", "/medicines/glucocorticoids", "/medicines/methotrexate",
  "/medicines/azathioprine", "/medicines/mycophenolate", "/medicines/cyclophosphamide", "/medicines/tacrolimus",
  "/medicines/voclosporin", "/medicines/belimumab", "/medicines/anifrolumab", "/medicines/rituximab",
  "/medicines/obinutuzumab", "/medicines/nsaids", "/medicines/low-dose-aspirin", "/medicines/warfarin",
  "/medicines/heparins", "/medicines/topical-corticosteroids", "/medicines/topical-calcineurin-inhibitors",
  "/medicines/ace-inhibitors-and-arbs", "/medicines/sglt2-inhibitors",
  // The questions patients ask (issue 13).
  "/conditions", "/conditions/antiphospholipid-syndrome", "/conditions/overlap-conditions", "/conditions/lung-conditions",
  "/conditions/kidney-failure-dialysis-and-transplant",
  "/pregnancy-and-family", "/pregnancy-and-family/contraception", "/pregnancy-and-family/fertility-and-ivf",
  "/pregnancy-and-family/breastfeeding-and-after-birth", "/pregnancy-and-family/menopause", "/pregnancy-and-family/genetics-and-family",
  "/life-stages", "/life-stages/children-with-lupus", "/life-stages/teens-moving-to-adult-care", "/life-stages/men-with-lupus",
  "/life-stages/lupus-after-50",
  "/living-with-lupus/sex-and-relationships", "/living-with-lupus/quitting-smoking", "/living-with-lupus/travel",
  "/living-with-lupus/surgery-and-dental-care", "/living-with-lupus/covid-19", "/living-with-lupus/pain-relief",
  "/living-with-lupus/alcohol", "/living-with-lupus/vitamin-d", "/living-with-lupus/costs-insurance-and-benefits",
];

const MAX_GRADE = 8;

/** The plain-language text of a test page's front-matter facts, as a reader sees it. */
function labTestFactsText(article: Page): string {
  if (article.kind !== "article" || !article.labTest) return "";
  const facts = article.labTest;
  return [
    facts.measures, facts.whyInLupus, facts.howReported, facts.highOrPositive, facts.lowOrNegative, facts.doesNotMean, facts.howOften,
    ...facts.promptContact.map((row) => row.result),
  ]
    .map((text) => (/[.!?]$/.test(text.trim()) ? text : `${text}.`))
    .join(" ");
}

/** The plain-language text of a medicine page's front-matter facts, as a reader sees it. */
function medicineFactsText(article: Page): string {
  if (article.kind !== "article" || !article.medicine) return "";
  const facts = article.medicine;
  return [
    facts.usedFor, facts.approval.details, facts.howTaken, facts.howOften, facts.timeToWork, ...facts.testsBeforeStarting,
    ...facts.monitoring.flatMap((check) => [check.test, check.howOften]), facts.boxedWarning, ...facts.commonSideEffects,
    ...facts.seriousSideEffects.map((effect) => effect.sign), facts.pregnancy.details, facts.contraception,
    facts.breastfeeding.details, facts.fertility, facts.liveVaccines.details,
    ...facts.interactions.flatMap((interaction) => [interaction.with, interaction.effect]),
  ]
    .map((text) => (/[.!?]$/.test(text.trim()) ? text : `${text}.`))
    .join(" ");
}
const MAX_REVIEW_AGE_DAYS = 365;

function reviewAgeInDays(lastReviewed: string): number {
  return (Date.now() - Date.parse(`${lastReviewed}T00:00:00Z`)) / 86_400_000;
}

describe("the content set", () => {
  it.each(REQUIRED_PAGES)("has %s", (url) => {
    expect(site.pagesByUrl.has(url)).toBe(true);
  });

  it("has at least 80 glossary terms", () => {
    expect(site.glossary.length).toBeGreaterThanOrEqual(80);
  });
});

describe.each(site.articles.map((article) => [article.url, article] as const))("article %s", (_url, article) => {
  it(`was reviewed within the last ${MAX_REVIEW_AGE_DAYS} days, and not in the future`, () => {
    expect(reviewAgeInDays(article.lastReviewed)).toBeLessThanOrEqual(MAX_REVIEW_AGE_DAYS);
  });

  it(`reads at a Flesch-Kincaid grade of ${MAX_GRADE} or below`, () => {
    expect(fleschKincaidGradeOfMarkdown(article.body)).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("has sections under question-style headings", () => {
    const questions = article.headings.filter((heading) => heading.depth === 2 && heading.text.trim().endsWith("?"));
    expect(questions.length).toBeGreaterThanOrEqual(1);
  });
});

// The medical prose around the articles (home page, footer, 404, /prepare warnings) meets the article rules.
describe.each([...siteProseFiles(site.prose), site.prose.emergency].map((prose) => [prose.file, prose] as const))("site prose %s", (_file, prose) => {
  it(`was reviewed within the last ${MAX_REVIEW_AGE_DAYS} days`, () => {
    expect(reviewAgeInDays(prose.lastReviewed)).toBeLessThanOrEqual(MAX_REVIEW_AGE_DAYS);
  });

  it(`reads at a Flesch-Kincaid grade of ${MAX_GRADE} or below`, () => {
    expect(fleschKincaidGradeOfMarkdown("call" in prose ? `${prose.call}.` : siteProseText(prose))).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe.each(site.medicines.map((medicine) => [medicine.url, medicine] as const))("medicine %s", (_url, medicine) => {
  it(`words its safety facts at a Flesch-Kincaid grade of ${MAX_GRADE} or below`, () => {
    expect(fleschKincaidGradeOfMarkdown(medicineFactsText(medicine))).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("cites its label or an agency medicine page", () => {
    const hosts = medicine.sources.map((source) => new URL(source.url).hostname);
    expect(hosts.some((host) => /(^|\.)(dailymed\.nlm\.nih\.gov|fda\.gov|nhs\.uk|medlineplus\.gov)$/.test(host)), hosts.join(", ")).toBe(true);
  });
});

describe.each(site.labTests.map((labTest) => [labTest.url, labTest] as const))("test page %s", (_url, labTest) => {
  it(`words its facts at a Flesch-Kincaid grade of ${MAX_GRADE} or below`, () => {
    expect(fleschKincaidGradeOfMarkdown(labTestFactsText(labTest))).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("never says that a result means a diagnosis", () => {
    expect(`${labTestFactsText(labTest)} ${labTest.body}`).not.toMatch(/means (that )?you have/i);
  });
});

describe("every article can be reached from somewhere besides its section page", () => {
  const inbound = new Map<string, Set<string>>();
  for (const page of pages) {
    const targets = [...page.links, ...(page.kind === "article" ? (page.related ?? []) : [])].filter((href) => href.startsWith("/"));
    for (const href of targets) {
      const target = normalizeSitePath(href).pathname;
      if (target !== page.url) inbound.set(target, (inbound.get(target) ?? new Set()).add(page.url));
    }
  }
  // Linked from the review trail on every page.
  const linkedByTemplate = new Set([HOW_WE_WORK_URL]);
  it.each(site.articles.filter((article) => !linkedByTemplate.has(article.url)).map((article) => [article.url, article] as const))("%s", (_url, article) => {
    const from = [...(inbound.get(article.url) ?? [])].filter((url) => url !== `/${article.section}`);
    expect(from.length, `no page besides /${article.section} links to ${article.url}`).toBeGreaterThan(0);
  });
});

describe("published addresses", () => {
  it("are all in content/published-addresses.json (run npm run record:addresses and commit it)", () => {
    const record = JSON.parse(readFileSync(path.resolve("content", PUBLISHED_ADDRESSES_FILE), "utf8"));
    const current = currentAddresses({ pagesByUrl: site.pagesByUrl, glossary: site.glossary, staticRoutes: STATIC_ROUTES });
    expect(unrecordedAddresses(record, current)).toEqual([]);
  });
});

describe("reading level", () => {
  it("prints the median grade of all articles", () => {
    const grades = site.articles.map((article) => fleschKincaidGradeOfMarkdown(article.body)).sort((a, b) => a - b);
    const median = grades[Math.floor(grades.length / 2)];
    console.log(
      `Flesch-Kincaid grade over ${grades.length} articles (text-readability): median ${median.toFixed(1)}, ` +
        `min ${grades[0].toFixed(1)}, max ${grades[grades.length - 1].toFixed(1)}`,
    );
    expect(median).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe("warning signs are one click away", () => {
  const symptomPages = site.articles.filter((article) => article.section === "symptoms");
  it.each(symptomPages.map((article) => [article.url, article] as const))("%s links to /get-help", (_url, article) => {
    expect(article.links.some((href) => href.startsWith("/get-help"))).toBe(true);
  });
});

describe("glossary", () => {
  const everyText = pages
    .map((page) =>
      [markdownToPlainText(page.body), ...(page.keyPoints ?? []), ...(page.askYourDoctor ?? []), medicineFactsText(page), labTestFactsText(page), ...(page.kind === "article" && page.labTest ? page.labTest.reportNames : [])].join("\n"),
    )
    .join("\n")
    .toLowerCase();

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  it.each(site.glossary.map((term) => [term.term, term] as const))("%s is used somewhere on the site", (_name, term) => {
    const names = [term.term, ...term.aliases];
    const used = names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.toLowerCase())}(?![\\p{L}\\p{N}])`, "u").test(everyText));
    expect(used, `none of ${names.join(", ")} appears in any page`).toBe(true);
  });
});

describe("the appointment checklist (/prepare) agrees with the symptom pages", () => {
  const symptomPages = site.articles.filter((article) => article.section === "symptoms");
  const items = symptomPages.flatMap((article) => (article.checklist ?? []).map((item) => ({ ...item, url: article.url })));
  const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

  it.each(symptomPages.map((article) => [article.url, article] as const))("%s lists the symptoms it describes", (_url, article) => {
    expect(article.checklist?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it.each(symptomPages.map((article) => [article.url, article] as const))("%s words its checklist in the page's own words", (_url, article) => {
    const pageWords = new Set(wordsOf([article.title, article.description, ...article.keyPoints, markdownToPlainText(article.body)].join(" ")));
    for (const item of article.checklist ?? []) {
      expect(wordsOf(item.symptom).filter((word) => word.length >= 4 && !pageWords.has(word)), item.symptom).toEqual([]);
    }
  });

  it.each(["chest pain", "trouble breathing", "stroke", "seizure", "fainting", "sudden confusion", "vomiting blood"])(
    "flags %s as an emergency sign",
    (sign) => {
      const matches = items.filter((item) => item.symptom.toLowerCase().includes(sign));
      expect(matches.length, sign).toBeGreaterThan(0);
      for (const item of matches) expect(item.warning, item.symptom).toBe("emergency");
    },
  );

  it.each(["fever", "blood in your urine", "new swelling", "bleeding or bruising", "shortness of breath"])("flags %s as a same-day sign", (sign) => {
    const matches = items.filter((item) => item.symptom.toLowerCase().includes(sign));
    expect(matches.length, sign).toBeGreaterThan(0);
    for (const item of matches) expect(item.warning, item.symptom).toBe("urgent");
  });
});
