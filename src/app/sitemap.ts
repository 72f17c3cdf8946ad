import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content/load";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page, with the date it was last reviewed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { sections, articles } = await getSite();
  const newest = [...sections, ...articles].map((page) => page.lastReviewed).sort().at(-1);
  return [
    { url: absoluteUrl("/"), lastModified: newest },
    { url: absoluteUrl("/glossary"), lastModified: newest },
    { url: absoluteUrl("/handout"), lastModified: newest },
    { url: absoluteUrl("/prepare"), lastModified: newest },
    ...[...sections, ...articles].map((page) => ({ url: absoluteUrl(page.url), lastModified: page.lastReviewed })),
  ];
}
