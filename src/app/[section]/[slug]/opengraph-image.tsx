import { getSite } from "@/lib/content/load";
import { linkPreviewImage, OG_IMAGE_SIZE } from "@/lib/og-image";
import { dictionaryFor, format } from "@/lib/i18n";

const t = dictionaryFor();

// A static export builds every image once, at build time.
export const dynamic = "force-static";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = format(t.linkPreview.articleAlt, { site: t.site.name });

export async function generateStaticParams() {
  const { articles } = await getSite();
  return articles.map((article) => ({ section: article.section, slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const site = await getSite();
  const article = site.pagesByUrl.get(`/${section}/${slug}`);
  const sectionPage = site.pagesByUrl.get(`/${section}`);
  return linkPreviewImage({ title: article?.title ?? t.site.name, section: sectionPage?.kind === "section" ? sectionPage.navLabel : undefined });
}
