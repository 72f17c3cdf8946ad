import { describe, expect, it } from "vitest";
import { articleStructuredData, contentPageMetadata, pageMetadata } from "@/lib/metadata";
import { loadSiteFrom } from "@/lib/content/load";
import type { Article } from "@/lib/content/types";
import { absoluteUrl, SITE_URL } from "@/lib/site";
import { FIXTURE_SITE } from "./content/fixture";

const site = await loadSiteFrom(FIXTURE_SITE);
const article = site.pagesByUrl.get("/symptoms/kidneys") as Article;

describe("page metadata", () => {
  it("gives an article its title, description, canonical address and link-preview tags", () => {
    const metadata = contentPageMetadata(article);
    expect(metadata.title).toBe("Lupus and your kidneys");
    expect(metadata.description).toBe(article.description);
    expect(metadata.alternates?.canonical).toBe("/symptoms/kidneys");
    expect(metadata.openGraph).toMatchObject({ title: article.title, description: article.description, url: "/symptoms/kidneys", type: "article", siteName: "Lupus Guide" });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: article.title });
  });

  it("leaves an article's preview image to its own opengraph-image route", () => {
    expect(contentPageMetadata(article).openGraph).not.toHaveProperty("images");
  });

  it("gives other pages the site's preview card", () => {
    const metadata = pageMetadata({ title: "Glossary", description: "Words.", url: "/glossary" });
    expect(metadata.openGraph).toMatchObject({ type: "website", images: [{ url: "/opengraph-image", width: 1200, height: 630 }] });
  });

  it("builds absolute addresses from the one SITE_URL setting", () => {
    expect(absoluteUrl("/symptoms/kidneys")).toBe(`${SITE_URL}/symptoms/kidneys`);
    expect(absoluteUrl("/")).toBe(`${SITE_URL}/`);
  });
});

describe("schema.org data for an article", () => {
  const data = articleStructuredData(article);

  it("describes a MedicalWebPage about lupus, for patients", () => {
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "MedicalWebPage",
      name: "Lupus and your kidneys",
      url: absoluteUrl("/symptoms/kidneys"),
      lastReviewed: "2026-11-22",
      audience: { "@type": "MedicalAudience", audienceType: "Patient" },
      about: { "@type": "MedicalCondition", name: "Systemic lupus erythematosus" },
    });
  });

  it("cites every source, with its publisher and year", () => {
    expect(data.citation).toEqual([
      { "@type": "CreativeWork", name: "Lupus", publisher: { "@type": "Organization", name: "NIAMS" }, url: "https://www.niams.nih.gov/health-topics/lupus" },
      {
        "@type": "CreativeWork",
        name: "Lupus nephritis guideline",
        publisher: { "@type": "Organization", name: "KDIGO" },
        datePublished: "2024",
        url: "https://kdigo.org/guidelines/lupus-nephritis/",
      },
    ]);
  });

  it("names no reviewer or author", () => {
    expect(JSON.stringify(data)).not.toMatch(/reviewedBy|author/);
  });
});

describe("link-preview text", () => {
  it("keeps to the font's Latin letters, so the build never fetches a font", async () => {
    const { latinOnly } = await import("@/lib/og-image");
    expect(latinOnly("Anti-β2GPI and µg/L: Sjögren’s")).toBe("Anti-beta2GPI and microg/L: Sjogren’s");
  });
});
