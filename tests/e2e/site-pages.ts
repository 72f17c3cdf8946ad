import { loadSiteFrom } from "../../src/lib/content/load";
import { contentDir } from "../../src/lib/content/paths";
import type { Site } from "../../src/lib/content/types";
import { FIXED_PAGES, fixedPagePaths, routeFor, SITE_ROUTES, type RouteRegistry } from "../../src/lib/routes";

/** Every page the site should serve: the registry's fixed pages, then the content's sections and articles. */
export function pageUrls(site: Pick<Site, "sections" | "articles">, registry: RouteRegistry = SITE_ROUTES): string[] {
  return [...fixedPagePaths(registry), ...site.sections.map((section) => section.url), ...site.articles.map((article) => article.url)];
}

/** Every page the site should serve, read from the same content the build used. */
export async function allPageUrls(): Promise<string[]> {
  return pageUrls(await loadSiteFrom(contentDir()));
}

/** One page of each kind, for the checks that are costly to run on every page. */
export const PAGE_TYPES = {
  home: FIXED_PAGES.home.pattern,
  hub: "/symptoms",
  article: "/symptoms/kidneys",
  medicinesHub: "/medicines",
  medicine: "/medicines/methotrexate",
  test: "/tests/ana",
  glossary: FIXED_PAGES.glossary.pattern,
  notFound: "/no-such-page",
} as const;

/** The app-like pages (the registry's tools), checked in their variants too (each is one of a kind). */
export function toolPages(registry: RouteRegistry = SITE_ROUTES): string[] {
  return fixedPagePaths(registry).filter((sitePath) => routeFor(sitePath, registry)?.route.type === "tool");
}
