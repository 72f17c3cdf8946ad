import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSite } from "@/lib/content/load";
import { contentPageMetadata } from "@/lib/metadata";
import { ArticlePage } from "@/components/ArticlePage";

type Params = Promise<{ section: string; slug: string }>;

// Only the articles that exist are pages; any other slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const { articles } = await getSite();
  return articles.map((article) => ({ section: article.section, slug: article.slug }));
}

async function findArticle(params: Params) {
  const { section, slug } = await params;
  const page = (await getSite()).pagesByUrl.get(`/${section}/${slug}`);
  return page?.kind === "article" ? page : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await findArticle(params);
  if (!article) return {};
  return contentPageMetadata(article);
}

export default async function Page({ params }: { params: Params }) {
  const article = await findArticle(params);
  if (!article) notFound();
  const site = await getSite();
  const section = site.sections.find((candidate) => candidate.slug === article.section);
  if (!section) notFound();
  return <ArticlePage article={article} section={section} related={site.relatedArticles.get(article.url) ?? []} medicines={site.medicines} />;
}
