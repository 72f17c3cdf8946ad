import type { Metadata } from "next";
import type { Page } from "./content/types";
import { absoluteUrl } from "./site";
import { dictionaryFor } from "./i18n";
import { OG_IMAGE_SIZE } from "./og-image-size";

/**
 * Title, description, canonical address and link-preview tags for one page, from its content.
 * Link previews (Open Graph, Twitter/X cards) use the image Next generates beside the route.
 */
export function pageMetadata({
  title,
  description,
  url,
  type = "website",
}: {
  title: string;
  description: string;
  url: string;
  type?: "website" | "article";
}): Metadata {
  // Articles get their own card from opengraph-image.tsx beside their route; a card set here
  // would replace it, so only other pages name the site's card.
  const t = dictionaryFor();
  const siteCard = type === "article" ? {} : { images: [{ url: "/opengraph-image", ...OG_IMAGE_SIZE, alt: t.site.name }] };
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName: t.site.name, type, locale: t.openGraphLocale, ...siteCard },
    twitter: { card: "summary_large_image", title, description },
  };
}

export function contentPageMetadata(page: Page): Metadata {
  return pageMetadata({ title: page.title, description: page.description, url: page.url, type: page.kind === "article" ? "article" : "website" });
}

/**
 * schema.org data for an article: a MedicalWebPage about lupus, for patients, with its review
 * date and the sources it cites. No reviewer is named: the site names none that does not exist.
 */
export function articleStructuredData(page: Page & { kind: "article" }) {
  const t = dictionaryFor();
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: page.title,
    headline: page.title,
    description: page.description,
    url: absoluteUrl(page.url),
    inLanguage: t.locale,
    lastReviewed: page.lastReviewed,
    audience: { "@type": "MedicalAudience", audienceType: t.structuredData.audience },
    about: { "@type": "MedicalCondition", name: t.structuredData.condition, alternateName: t.structuredData.conditionAlternateNames },
    isPartOf: { "@type": "WebSite", name: t.site.name, url: absoluteUrl("/") },
    citation: page.sources.map((source) => ({
      "@type": "CreativeWork",
      name: source.title,
      publisher: { "@type": "Organization", name: source.publisher },
      ...(source.year === "n.d." ? {} : { datePublished: String(source.year) }),
      url: source.url,
    })),
  };
}
