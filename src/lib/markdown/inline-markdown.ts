import { remark } from "remark";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";

/**
 * A short field (a glossary definition) written in Markdown, as safe inline HTML. remark-html
 * sanitises by default (GitHub's rules: no raw HTML, no scripts, no event handlers or
 * `javascript:` links), which is all a one-sentence field needs. The links are returned so the
 * build's link check sees them as it sees an article's.
 */
export function renderInlineMarkdown(markdown: string): { html: string; links: string[] } {
  const links: string[] = [];
  const processor = remark()
    .use(() => (tree) => {
      visit(tree, "link", (node: { url: string }) => {
        links.push(node.url);
      });
    })
    .use(remarkHtml);
  const html = String(processor.processSync(markdown)).trim();
  // A one-paragraph field is shown inline (in a popover or a list), so its <p> wrapper goes.
  const inline = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return { html: inline && !inline[1].includes("<p>") ? inline[1] : html, links };
}
