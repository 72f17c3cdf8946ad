/**
 * The shapes of the loaded site: what the loader (load.ts) builds and every route, component
 * and check reads. Kept apart from the code that builds them, so a module that needs a page's
 * type never imports the loader (and the loader never imports it back).
 */
import type { Heading, WarningItem } from "../markdown/pipeline";
import type { Move } from "./moves";
import type { PatientWords } from "./patient-words";
import type { SiteProse } from "./site-prose";
import type { ArticleFrontMatter, GlossaryTerm, LabTestFacts, MedicineFacts, SectionFrontMatter, SectionSlug } from "./schema";

/** What every page has once its Markdown body is rendered. */
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
  /** The medical prose around the articles (content/site/): home page, footer, 404, /prepare warnings, emergency line. */
  prose: SiteProse;
};
