/**
 * Markdown rendered at build time by src/lib/markdown/pipeline.ts. The HTML was sanitised
 * there (raw HTML dropped, unsafe URLs removed), which is what makes inserting it safe.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose prose-lg max-w-none" dangerouslySetInnerHTML={{ __html: html }} />;
}
