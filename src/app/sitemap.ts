import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content/load";
import { sitemapEntries } from "@/lib/sitemap";

export const dynamic = "force-static";

/** Every page, with the date it was last reviewed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getSite());
}
