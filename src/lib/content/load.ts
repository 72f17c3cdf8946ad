/**
 * The loader: reads, checks and renders every file under content/ into the Site (types.ts).
 * Each kind of rule lives in its own module; this file runs them in order and stops the build
 * with every problem found (ContentError).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { renderMarkdown } from "../markdown/pipeline";
import { buildGlossaryMatcher, type GlossaryMatcher } from "../markdown/glossary-terms";
import { DirectiveError } from "../markdown/callouts";
import { STATIC_ROUTES } from "../site";
import { checklistProblems } from "./checklist-rules";
import { ContentError, schemaProblems, type ContentProblem } from "./errors";
import { parseArticleFrontMatter, readFrontMatter } from "./front-matter";
import { GLOSSARY_FILE, loadGlossary } from "./glossary";
import { strayFileProblems } from "./layout";
import { checkLinks } from "./links";
import { checkMoves, readMoves } from "./moves";
import { headingAliasProblems, publishedTwiceProblems, reservedHeadingProblems, templateIdProblems } from "./page-rules";
import { contentDir as defaultContentDir, contentPathToUrl, displayPath } from "./paths";
import { checkPatientWords, readPatientWords } from "./patient-words";
import { brokenPublishedAddresses, readPublishedAddresses } from "./published";
import { readerText } from "./reader-text";
import { findRelatedArticles } from "./related";
import { loadSiteProse, SITE_PROSE_FOLDER, siteProseFiles, siteProseLinkSources } from "./site-prose";
import { sectionFrontMatterSchema, SECTION_SLUGS, type SectionSlug } from "./schema";
import { checkSources, readSourceRules } from "./source-rules";
import type { Article, LabTest, Medicine, Page, SectionPage, Site } from "./types";
import { defaultLocale } from "../i18n";

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Reads, validates and renders every content file under `contentDir`. Throws ContentError. */
export async function loadSiteFrom(contentDir: string): Promise<Site> {
  const problems: ContentProblem[] = [];
  const sections: SectionPage[] = [];
  const articles: Article[] = [];
  // The glossary comes first: every page links the terms it uses.
  const glossary = loadGlossary(path.join(contentDir, GLOSSARY_FILE), problems);
  const matcher = buildGlossaryMatcher(glossary);
  const prose = await loadSiteProse(contentDir, problems);

  problems.push(...strayFileProblems(contentDir));
  const folders = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== SITE_PROSE_FOLDER)
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
      const structureIssues = [
        ...checklistProblems(file, parsed.data, rendered.callouts),
        ...templateIdProblems(file, rendered.headings),
        ...reservedHeadingProblems(file, parsed.data, rendered.headings),
      ];
      if (structureIssues.length > 0) {
        problems.push(...structureIssues);
        continue;
      }
      const url = contentPathToUrl(path.join(folder, name));
      sectionArticles.push({ ...parsed.data, ...rendered, kind: "article", slug, url, file, body: source.body });
    }
    // Medicines have no `order`: they are listed A to Z (order 0 for all, so the title decides).
    sectionArticles.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, defaultLocale, { sensitivity: "base" }));

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
  sections.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, defaultLocale));

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
  if (sourceRules) problems.push(...checkSources([...pagesByUrl.values(), ...(prose ? siteProseFiles(prose) : [])], sourceRules));
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
  const glossaryLinks = { file: displayPath(path.join(contentDir, GLOSSARY_FILE)), url: "/glossary", links: glossary.flatMap((term) => term.definitionLinks) };
  if (problems.length === 0) problems.push(...checkLinks([...pagesByUrl.values(), glossaryLinks, ...(prose ? siteProseLinkSources(prose) : [])], pagesByUrl, glossary, moves));
  if (problems.length > 0 || !prose) throw new ContentError(problems);

  const pagesUsingTerm = new Map<string, Page[]>(glossary.map((term) => [term.slug, []]));
  for (const page of pagesByUrl.values()) for (const slug of page.glossaryTerms) pagesUsingTerm.get(slug)?.push(page);
  return { sections, articles, medicines, labTests, moves, pagesByUrl, glossary, patientWords, pagesUsingTerm, relatedArticles: findRelatedArticles(articles, pagesByUrl), prose };
}

const siteCache = new Map<string, Promise<Site>>();

/**
 * The site's content, loaded once per process and shared by every route, the metadata and
 * the sitemap, so each file is read and rendered once per build (from contentDir(): CONTENT_DIR
 * points the build at another folder).
 */
export function getSite(contentDir = defaultContentDir()): Promise<Site> {
  let site = siteCache.get(contentDir);
  if (!site) {
    site = loadSiteFrom(contentDir);
    siteCache.set(contentDir, site);
  }
  return site;
}
