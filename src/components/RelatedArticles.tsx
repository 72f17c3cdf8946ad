import type { Article } from "@/lib/content/types";
import { dictionaryFor } from "@/lib/i18n";
import { SectionArticleList } from "./SectionArticleList";

export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <nav aria-labelledby="related-pages" className="no-print mt-10">
      <h2 id="related-pages" className="mb-4 text-xl font-bold">
        {dictionaryFor().article.relatedPages}
      </h2>
      <SectionArticleList articles={articles} wide />
    </nav>
  );
}
