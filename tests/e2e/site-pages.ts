import { loadSiteFrom } from "../../src/lib/content/load";
import { contentDir } from "../../src/lib/content/paths";
import { STATIC_ROUTES } from "../../src/lib/site";

/** Every page the site should serve, read from the same content the build used. */
export async function allPageUrls(): Promise<string[]> {
  const site = await loadSiteFrom(contentDir());
  return [...STATIC_ROUTES, ...site.sections.map((section) => section.url), ...site.articles.map((article) => article.url)];
}

/** One page of each kind, for the checks that are costly to run on every page. */
export const PAGE_TYPES = {
  home: "/",
  hub: "/symptoms",
  article: "/symptoms/kidneys",
  medicinesHub: "/medicines",
  medicine: "/medicines/methotrexate",
  test: "/tests/ana",
  glossary: "/glossary",
  notFound: "/no-such-page",
} as const;

/** The app-like pages, checked in their variants too (each is one of a kind). */
export const TOOL_PAGES = ["/search", "/prepare", "/handout", "/tests/find"] as const;
