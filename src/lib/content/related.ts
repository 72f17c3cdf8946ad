import type { Article, Page } from "./types";

const RELATED_COUNT = 3;

/**
 * Related articles: those an author named in `related`, then the articles sharing the most
 * glossary terms. Terms that a quarter of all articles use ("lupus", "flare") say little about
 * a topic and are skipped, which also keeps the work near-linear as the site grows.
 */
export function findRelatedArticles(articles: Article[], pagesByUrl: ReadonlyMap<string, Page>): Map<string, Article[]> {
  const articlesByTerm = new Map<string, Article[]>();
  for (const article of articles) {
    for (const slug of article.glossaryTerms) articlesByTerm.set(slug, [...(articlesByTerm.get(slug) ?? []), article]);
  }
  const tooCommon = Math.max(3, Math.ceil(articles.length / 4));
  const related = new Map<string, Article[]>();
  for (const article of articles) {
    const chosen: Article[] = [];
    for (const url of article.related ?? []) {
      const page = pagesByUrl.get(url);
      if (page?.kind === "article" && page.url !== article.url && !chosen.includes(page)) chosen.push(page);
    }
    const shared = new Map<Article, number>();
    for (const slug of article.glossaryTerms) {
      const users = articlesByTerm.get(slug) ?? [];
      if (users.length > tooCommon) continue;
      for (const other of users) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const byShared = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0].url.localeCompare(b[0].url)).map(([other]) => other);
    for (const other of byShared) {
      if (chosen.length >= RELATED_COUNT) break;
      if (!chosen.includes(other)) chosen.push(other);
    }
    related.set(article.url, chosen.slice(0, RELATED_COUNT));
  }
  return related;
}
