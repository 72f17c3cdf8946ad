import type { MetadataRoute } from "next";
import type { Site } from "./content/types";
import { fixedPagePaths, routeFor, SITE_ROUTES, type RouteRegistry } from "./routes";
import { absoluteUrl } from "./site";

/**
 * The sitemap's entries: the fixed pages and content pages whose route is listed (not the
 * search or lab-code pages, which are for finding other pages), each with its review date;
 * a fixed page takes the newest date of the content.
 */
export function sitemapEntries(site: Pick<Site, "sections" | "articles">, registry: RouteRegistry = SITE_ROUTES): MetadataRoute.Sitemap {
  const contentPages = [...site.sections, ...site.articles];
  const newest = contentPages.map((page) => page.lastReviewed).sort().at(-1);
  const listed = (sitePath: string) => routeFor(sitePath, registry)?.route.inSitemap ?? false;
  return [
    ...fixedPagePaths(registry).filter(listed).map((sitePath) => ({ url: absoluteUrl(sitePath), lastModified: newest })),
    ...contentPages.filter((page) => listed(page.url)).map((page) => ({ url: absoluteUrl(page.url), lastModified: page.lastReviewed })),
  ];
}
