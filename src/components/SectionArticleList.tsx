import Link from "@/components/SiteLink";
import type { Article } from "@/lib/content/types";
import { dictionaryFor, format } from "@/lib/i18n";

/**
 * A short list of articles with their summaries: a section's articles on its hub, an article's
 * neighbours in its section, or its related articles (never the whole site, so every page stays
 * small). `wide`: the list spans the page (below an article), so on a wide screen it uses two columns.
 */
export function SectionArticleList({ articles, currentUrl, wide = false }: { articles: Article[]; currentUrl?: string; wide?: boolean }) {
  return (
    <ul className={wide ? "article-list-wide space-y-4" : "space-y-4"}>
      {articles.map((article) => (
        <li key={article.url}>
          {article.url === currentUrl ? (
            <span aria-current="page" className="font-bold">
              {format(dictionaryFor().article.thisPage, { title: article.title })}
            </span>
          ) : (
            <Link href={article.url} className="text-lg font-bold">
              {article.title}
            </Link>
          )}
          <p className="text-[var(--color-muted)]">{article.description}</p>
        </li>
      ))}
    </ul>
  );
}
