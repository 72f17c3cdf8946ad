import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { renderMarkdown, type Heading, type WarningItem } from "../markdown/pipeline";
import { buildGlossaryMatcher, type GlossaryMatcher } from "../markdown/glossary-terms";
import { DirectiveError } from "../markdown/callouts";
import { renderInlineMarkdown } from "../markdown/inline-markdown";
import { ContentError, type ContentProblem } from "./errors";
import { contentPathToUrl, displayPath } from "./paths";
import { checkLinks } from "./links";
import { LAB_TEST_HEADINGS, MEDICINE_HEADINGS } from "./medicine-headings";
import { checkMoves, MOVES_FILE, readMoves, type Move } from "./moves";
import { parseFrontMatter, readContentText, readYamlContent } from "./read-source";
import { checkSources, readSourceRules, SOURCE_RULES_FILE } from "./source-rules";
import { headingIdsOf } from "./anchors";
import { brokenPublishedAddresses, PUBLISHED_ADDRESSES_FILE, readPublishedAddresses } from "./published";
import { STATIC_ROUTES } from "../site";
import { markdownToPlainText } from "../markdown/plain-text";
import { checkPatientWords, PATIENT_WORDS_FILE, readPatientWords, type PatientWords } from "./patient-words";
import {
  articleFrontMatterSchema,
  CHECKLIST_SECTION,
  MEDICINE_SECTION,
  medicineFactsShape,
  medicineFrontMatterSchema,
  type MedicineFacts,
  LAB_TEST_SECTION,
  labTestFactsShape,
  labTestFrontMatterSchema,
  type LabTestFacts,
  glossarySchema,
  sectionFrontMatterSchema,
  SECTION_SLUGS,
  type ArticleFrontMatter,
  type GlossaryTerm,
  type SectionFrontMatter,
  type SectionSlug,
} from "./schema";

type Rendered = {
  url: string;
  file: string;
  html: string;
  headings: Heading[];
  links: string[];
  /** Slugs of the glossary terms defined in place on the page. */
  glossaryTerms: string[];
  /** The items of the page's emergency and same-day call-outs. */
  warningItems: WarningItem[];
  body: string;
};
/** An article; a medicine page is an article with its safety facts in `medicine`. */
export type Article = Rendered &
  ArticleFrontMatter & { kind: "article"; slug: string; medicine?: MedicineFacts; labTest?: LabTestFacts };
export type Medicine = Article & { medicine: MedicineFacts };
export type LabTest = Article & { labTest: LabTestFacts };
export type SectionPage = Rendered &
  SectionFrontMatter & { kind: "section"; slug: SectionSlug; navLabel: string; articles: Article[] };
export type Page = Article | SectionPage;
export type Site = {
  /** Sections in navigation order, each with its articles in order. */
  sections: SectionPage[];
  articles: Article[];
  /** The medicine pages, A to Z: the one source of every medicine table on the site. */
  medicines: Medicine[];
  /** The test-result pages, A to Z: the one source of the test finder, the JSON index and the code addresses. */
  labTests: LabTest[];
  /** Addresses that moved (content/moves.yml), applied by every host. */
  moves: Move[];
  pagesByUrl: ReadonlyMap<string, Page>;
  glossary: GlossaryTerm[];
  /** The words readers type for what the site calls by another name (content/patient-words.yml). */
  patientWords: PatientWords[];
  /** For each glossary slug, the pages that define the term in place ("where this term appears"). */
  pagesUsingTerm: ReadonlyMap<string, Page[]>;
  /** For each article URL, up to three related articles: its own `related` list first, then the most shared glossary terms. */
  relatedArticles: ReadonlyMap<string, Article[]>;
};

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns zod's issues into problems named by file and field. */
function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join(".") : "front matter",
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field(s) ${issue.keys.join(", ")}`
        : issue.code === "invalid_type" && issue.message.endsWith("received undefined")
          ? "is required"
          : issue.message,
  }));
}

/** A content file's front matter and body, read as untrusted input (read-source.ts). */
function readFrontMatter(absoluteFile: string, file: string, problems: ContentProblem[]) {
  const text = readContentText(absoluteFile, file, problems);
  return text === undefined ? undefined : parseFrontMatter(text, file, problems);
}

/** Files at the top of content/ besides the section folders; anything else there is refused. */
const TOP_LEVEL_FILES = new Set(["glossary.yml", PATIENT_WORDS_FILE, MOVES_FILE, SOURCE_RULES_FILE, PUBLISHED_ADDRESSES_FILE, "LICENSE"]);

/**
 * Nothing under content/ is skipped in silence: a stray file, a file in the wrong case, or a
 * folder nested inside a section is named, so a page can never vanish from the site unnoticed.
 */
function strayFileProblems(contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    const entryPath = path.join(contentDir, entry.name);
    if (entry.isFile() && !TOP_LEVEL_FILES.has(entry.name)) {
      problems.push({ file: displayPath(entryPath), field: "file", message: `is not a content file (content/ holds section folders and ${[...TOP_LEVEL_FILES].join(", ")})` });
    }
    if (!entry.isDirectory() || !(SECTION_SLUGS as readonly string[]).includes(entry.name)) continue;
    for (const inner of readdirSync(entryPath, { withFileTypes: true })) {
      const innerPath = displayPath(path.join(entryPath, inner.name));
      if (inner.isDirectory()) {
        problems.push({ file: innerPath, field: "folder", message: "is a folder inside a section; pages live directly in content/<section>/, one level deep" });
      } else if (!inner.name.endsWith(".md")) {
        problems.push({
          file: innerPath,
          field: "file name",
          message: /\.md$/i.test(inner.name) ? 'must end in ".md" in lower case' : "is not a Markdown page (.md); only pages live in a section folder",
        });
      }
    }
  }
  return problems;
}

/**
 * Rules for a checklist that the schema alone cannot state: only symptom pages have one, a
 * symptom is listed once, and a warning flag needs a call-out of the same kind on the page.
 */
function checklistProblems(file: string, article: ArticleFrontMatter, callouts: readonly string[]): ContentProblem[] {
  if (!article.checklist) return [];
  if (article.section !== CHECKLIST_SECTION) {
    return [{ file, field: "checklist", message: `is only for pages in content/${CHECKLIST_SECTION}/ (the appointment checklist reads it from there)` }];
  }
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  article.checklist.forEach((item, index) => {
    const key = item.symptom.toLowerCase();
    if (seen.has(key)) problems.push({ file, field: `checklist.${index}.symptom`, message: `"${item.symptom}" is listed twice` });
    seen.add(key);
    // Read from the rendered page, so a call-out inside a comment or a code block does not count.
    if (item.warning && !callouts.includes(item.warning)) {
      problems.push({
        file,
        field: `checklist.${index}.warning`,
        message: `is "${item.warning}" but the page has no ${item.warning} call-out (:::${item.warning}) listing it`,
      });
    }
  });
  return problems;
}

/** Ids the page template itself uses; a body heading with one of them would give the page two. */
const TEMPLATE_IDS = new Set(["key-points", "on-this-page", "sources", "in-this-section", "related-pages", "main-content", "articles"]);

function templateIdProblems(file: string, headings: readonly Heading[]): ContentProblem[] {
  return headings
    .filter((heading) => TEMPLATE_IDS.has(heading.id))
    .map((heading) => ({ file, field: "body", message: `heading "${heading.text}" has the id "${heading.id}", which the page already uses for its own part; reword it` }));
}

/** The two halves of a medicine's front matter, parsed apart (unknown keys are stripped: the strict parse above has refused them). */
const medicineFactsSchema = z.object(medicineFactsShape);
const medicineArticleFieldsSchema = articleFrontMatterSchema.omit({ order: true, checklist: true }).strip();
const labTestFactsSchema = z.object(labTestFactsShape);

/**
 * Front matter by folder: pages in content/medicines/ are medicines (the article fields plus
 * the required safety facts, which go into `medicine`); every other page is an article.
 */
function parseArticleFrontMatter(folder: string, data: unknown) {
  if (folder === LAB_TEST_SECTION) {
    const checked = labTestFrontMatterSchema.safeParse(data);
    if (!checked.success) return checked;
    const labTest: LabTestFacts = labTestFactsSchema.parse(data);
    return { success: true as const, data: { ...medicineArticleFieldsSchema.parse(data), order: 0, labTest } };
  }
  if (folder !== MEDICINE_SECTION) return articleFrontMatterSchema.safeParse(data);
  const checked = medicineFrontMatterSchema.safeParse(data);
  if (!checked.success) return checked;
  const medicine: MedicineFacts = medicineFactsSchema.parse(data);
  return { success: true as const, data: { ...medicineArticleFieldsSchema.parse(data), order: 0, medicine } };
}


async function render(file: string, body: string, matcher: GlossaryMatcher, problems: ContentProblem[], headingAliases?: Record<string, string>) {
  try {
    return await renderMarkdown(body, matcher, { headingAliases });
  } catch (error) {
    if (error instanceof DirectiveError) {
      problems.push({ file, field: "body", message: error.message });
      return undefined;
    }
    throw error;
  }
}

export function loadGlossary(glossaryFile: string, problems: ContentProblem[]): GlossaryTerm[] {
  const file = displayPath(glossaryFile);
  if (!existsSync(glossaryFile)) {
    problems.push({ file, field: "file", message: "is missing" });
    return [];
  }
  const raw = readYamlContent(glossaryFile, file, problems);
  if (raw === undefined) return [];
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...schemaProblems(file, parsed.error));
    return [];
  }
  // Each slug, term and alias may name one entry only, or a link could point at the wrong one.
  const owners = new Map<string, number>();
  parsed.data.forEach((entry, index) => {
    for (const [field, name] of [
      ["slug", entry.slug],
      ["term", entry.term],
      ...entry.aliases.map((alias, aliasIndex) => [`aliases.${aliasIndex}`, alias]),
    ] as const) {
      const key = field === "slug" ? `slug:${name}` : `name:${name.toLowerCase()}`;
      const owner = owners.get(key);
      if (owner !== undefined && owner !== index) {
        problems.push({ file, field: `${index}.${field}`, message: `"${name}" is already used by the term "${parsed.data[owner].slug}"` });
      } else owners.set(key, index);
    }
  });
  return parsed.data
    .map((entry) => {
      const { html, links } = renderInlineMarkdown(entry.definition);
      return { ...entry, definitionHtml: html, definitionLinks: links };
    })
    .sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}

/** Reads, validates and renders every content file under `contentDir`. Throws ContentError. */
export async function loadSiteFrom(contentDir: string): Promise<Site> {
  const problems: ContentProblem[] = [];
  const sections: SectionPage[] = [];
  const articles: Article[] = [];
  // The glossary comes first: every page links the terms it uses.
  const glossary = loadGlossary(path.join(contentDir, "glossary.yml"), problems);
  const matcher = buildGlossaryMatcher(glossary);

  problems.push(...strayFileProblems(contentDir));
  const folders = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  for (const folder of folders) {
    const folderPath = path.join(contentDir, folder);
    if (!(SECTION_SLUGS as readonly string[]).includes(folder)) {
      problems.push({
        file: displayPath(folderPath),
        field: "section",
        message: `"${folder}" is not a known section (${SECTION_SLUGS.join(", ")})`,
      });
      continue;
    }
    const sectionSlug = folder as SectionSlug; // checked against SECTION_SLUGS just above
    const indexFile = path.join(folderPath, "index.md");
    if (!existsSync(indexFile)) {
      problems.push({ file: displayPath(indexFile), field: "file", message: "is missing: every section needs an index.md" });
      continue;
    }

    const sectionArticles: Article[] = [];
    for (const name of readdirSync(folderPath).filter((fileName) => fileName.endsWith(".md")).sort()) {
      const absoluteFile = path.join(folderPath, name);
      const file = displayPath(absoluteFile);
      const slug = name.slice(0, -".md".length);
      if (slug === "index") continue;
      if (!SLUG_PATTERN.test(slug)) {
        problems.push({ file, field: "file name", message: "must be lowercase words joined by hyphens" });
        continue;
      }
      const source = readFrontMatter(absoluteFile, file, problems);
      if (!source) continue;
      const parsed = parseArticleFrontMatter(folder, source.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(file, parsed.error));
        continue;
      }
      if (parsed.data.section !== folder) {
        problems.push({ file, field: "section", message: `is "${parsed.data.section}" but the file is in content/${folder}/` });
        continue;
      }
      const rendered = await render(file, source.body, matcher, problems, parsed.data.headingAliases);
      if (!rendered) continue;
      const structureIssues = [...checklistProblems(file, parsed.data, rendered.callouts), ...templateIdProblems(file, rendered.headings)];
      if (structureIssues.length > 0) {
        problems.push(...structureIssues);
        continue;
      }
      const reserved = "medicine" in parsed.data ? MEDICINE_HEADINGS : "labTest" in parsed.data ? LAB_TEST_HEADINGS : undefined;
      if (reserved) {
        const ids = new Set<string>(["key-facts", ...reserved.map((heading) => heading.id)]);
        const texts = new Set<string>(["key facts", ...reserved.map((heading) => heading.text.toLowerCase())]);
        const clashes = rendered.headings.filter((heading) => ids.has(heading.id) || texts.has(heading.text.trim().toLowerCase()));
        if (clashes.length > 0) {
          for (const heading of clashes) {
            problems.push({ file, field: "body", message: `heading "${heading.text}" repeats a heading the medicine page already shows from front matter; choose another` });
          }
          continue;
        }
      }
      const url = contentPathToUrl(path.join(folder, name));
      sectionArticles.push({ ...parsed.data, ...rendered, kind: "article", slug, url, file, body: source.body });
    }
    // Medicines have no `order`: they are listed A to Z (order 0 for all, so the title decides).
    sectionArticles.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "en", { sensitivity: "base" }));

    const indexDisplay = displayPath(indexFile);
    const source = readFrontMatter(indexFile, indexDisplay, problems);
    if (!source) continue;
    const parsed = sectionFrontMatterSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(indexDisplay, parsed.error));
      continue;
    }
    const rendered = await render(indexDisplay, source.body, matcher, problems, parsed.data.headingAliases);
    if (!rendered) continue;
    const hubIssues = templateIdProblems(indexDisplay, rendered.headings);
    if (hubIssues.length > 0) {
      problems.push(...hubIssues);
      continue;
    }
    sections.push({
      ...parsed.data,
      ...rendered,
      kind: "section",
      slug: sectionSlug,
      navLabel: parsed.data.navLabel ?? parsed.data.title,
      url: contentPathToUrl(path.join(folder, "index.md")),
      file: indexDisplay,
      body: source.body,
      articles: sectionArticles,
    });
    articles.push(...sectionArticles);
  }
  sections.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

  const medicines = articles.filter((article): article is Medicine => article.medicine !== undefined);
  const labTests = articles.filter((article): article is LabTest => article.labTest !== undefined);

  const pagesByUrl = new Map<string, Page>();
  for (const page of [...sections, ...articles]) pagesByUrl.set(page.url, page);

  for (const page of pagesByUrl.values()) problems.push(...headingAliasProblems(page));
  problems.push(...publishedTwiceProblems([...pagesByUrl.values()]));
  const moves = readMoves(contentDir, problems);
  const published = readPublishedAddresses(contentDir, problems);
  if (published) problems.push(...brokenPublishedAddresses(published, { pagesByUrl, moves, glossary, staticRoutes: STATIC_ROUTES, contentDir }));
  const sourceRules = readSourceRules(contentDir, problems);
  if (sourceRules) problems.push(...checkSources([...pagesByUrl.values()], sourceRules));
  problems.push(...checkMoves(moves, (url) => pagesByUrl.has(url), contentDir));
  const patientWords = readPatientWords(contentDir, problems);
  // Checked against the pages only when every page loaded, or a broken page would be reported twice.
  if (problems.length === 0) problems.push(
    ...checkPatientWords(patientWords, {
      contentDir,
      siteText: [...[...pagesByUrl.values()].map(readerText), ...glossary.map((term) => [term.term, ...term.aliases, term.definition].join("\n"))].join("\n"),
      glossaryNames: new Set(glossary.flatMap((term) => [term.term, ...term.aliases]).map((name) => name.toLowerCase())),
      pageUrls: new Set([...pagesByUrl.keys(), ...STATIC_ROUTES]),
      articleUrls: articles.map((article) => article.url),
    }),
  );
  // Glossary definitions are checked like pages: each is shown on /glossary.
  const glossaryLinks = { file: displayPath(path.join(contentDir, "glossary.yml")), url: "/glossary", links: glossary.flatMap((term) => term.definitionLinks) };
  if (problems.length === 0) problems.push(...checkLinks([...pagesByUrl.values(), glossaryLinks], pagesByUrl, glossary, moves));
  if (problems.length > 0) throw new ContentError(problems);

  const pagesUsingTerm = new Map<string, Page[]>(glossary.map((term) => [term.slug, []]));
  for (const page of pagesByUrl.values()) for (const slug of page.glossaryTerms) pagesUsingTerm.get(slug)?.push(page);
  return { sections, articles, medicines, labTests, moves, pagesByUrl, glossary, patientWords, pagesUsingTerm, relatedArticles: findRelatedArticles(articles, pagesByUrl) };
}

/** Everything a reader can read on a page, as plain text: its front matter's words and its body. */
export function readerText(page: Page): string {
  const facts = page.kind === "article" ? stringsIn([page.medicine, page.labTest, page.checklist]) : [];
  return [page.title, page.description, ...(page.keyPoints ?? []), ...(page.askYourDoctor ?? []), ...facts, markdownToPlainText(page.body)].join("\n");
}

/** The text values in front matter facts (a medicine's side effects, a test's report names). */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A title, or a checklist symptom, published on two pages: usually a copied file. */
function publishedTwiceProblems(pages: Page[]): ContentProblem[] {
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

/** Each alias names a heading the page shows, and is not itself one of its headings. */
function headingAliasProblems(page: Page): ContentProblem[] {
  const ids = headingIdsOf(page);
  return Object.entries(page.headingAliases ?? {}).flatMap(([oldId, target]): ContentProblem[] => {
    if (ids.has(oldId)) return [{ file: page.file, field: `headingAliases.${oldId}`, message: `"${oldId}" is a heading on this page now; an alias is only for an old id` }];
    if (!ids.has(target)) return [{ file: page.file, field: `headingAliases.${oldId}`, message: `points to "${target}", which is not a heading on this page` }];
    return [];
  });
}

const siteCache = new Map<string, Promise<Site>>();

/**
 * The site's content, loaded once per process and shared by every route, the metadata and
 * the sitemap, so each file is read and rendered once per build. CONTENT_DIR points the
 * build at another folder (the tests build a small fixture site that way).
 */
export function getSite(contentDir = path.resolve(process.env.CONTENT_DIR ?? "content")): Promise<Site> {
  let site = siteCache.get(contentDir);
  if (!site) {
    site = loadSiteFrom(contentDir);
    siteCache.set(contentDir, site);
  }
  return site;
}

const RELATED_COUNT = 3;

/**
 * Related articles: those an author named in `related`, then the articles sharing the most
 * glossary terms. Terms that a quarter of all articles use ("lupus", "flare") say little about
 * a topic and are skipped, which also keeps the work near-linear as the site grows.
 */
export function findRelatedArticles(articles: Article[], pagesByUrl: ReadonlyMap<string, Page>): Map<string, Article[]> {
  const articlesByTerm = new Map<string, Article[]>();
  for (const article of articles) {
    for (const slug of article.glossaryTerms) articlesByTerm.set(slug, [...(articlesByTerm.get(slug) ?? []), article]);
  }
  const tooCommon = Math.max(3, Math.ceil(articles.length / 4));
  const related = new Map<string, Article[]>();
  for (const article of articles) {
    const chosen: Article[] = [];
    for (const url of article.related ?? []) {
      const page = pagesByUrl.get(url);
      if (page?.kind === "article" && page.url !== article.url && !chosen.includes(page)) chosen.push(page);
    }
    const shared = new Map<Article, number>();
    for (const slug of article.glossaryTerms) {
      const users = articlesByTerm.get(slug) ?? [];
      if (users.length > tooCommon) continue;
      for (const other of users) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const byShared = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0].url.localeCompare(b[0].url)).map(([other]) => other);
    for (const other of byShared) {
      if (chosen.length >= RELATED_COUNT) break;
      if (!chosen.includes(other)) chosen.push(other);
    }
    related.set(article.url, chosen.slice(0, RELATED_COUNT));
  }
  return related;
}
