import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content/load";
import { absoluteUrl, STATIC_ROUTES, TEST_CODE_URL } from "@/lib/site";

export const dynamic = "force-static";

/** Every page, with the date it was last reviewed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { sections, articles } = await getSite();
  const newest = [...sections, ...articles].map((page) => page.lastReviewed).sort().at(-1);
  return [
    // The search and lab-code pages are for finding other pages, not for search engines.
    ...STATIC_ROUTES.filter((route) => route !== "/search" && route !== TEST_CODE_URL).map((route) => ({ url: absoluteUrl(route), lastModified: newest })),
    ...[...sections, ...articles].map((page) => ({ url: absoluteUrl(page.url), lastModified: page.lastReviewed })),
  ];
}
