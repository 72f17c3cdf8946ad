/**
 * Site prose from content/site/ (src/lib/content/site-prose.ts), already rendered and sanitised
 * by the Markdown pipeline. Without a class its box takes no space of its own (display:
 * contents), so its paragraphs lay out as if written in place.
 */
export function ProseHtml({ html, className = "contents" }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
