import Link from "next/link";
import type { Article } from "@/lib/content/load";

export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <nav aria-labelledby="related-pages" className="no-print mt-10">
      <h2 id="related-pages" className="mb-4 text-xl font-bold">
        Related pages
      </h2>
      <ul className="space-y-3">
        {articles.map((article) => (
          <li key={article.url}>
            <Link href={article.url} className="font-bold">
              {article.title}
            </Link>
            <p className="text-[var(--color-muted)]">{article.description}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
