import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkDirective from "remark-directive";
import { toString } from "mdast-util-to-string";
import type { Root, RootContent } from "mdast";
import { expandEmergencyCall } from "./emergency-call";

/** Block nodes whose text reads as one sentence or more of its own. */
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/**
 * The reader-visible text of a Markdown body, one block a line, for readability scoring.
 * Headings, list items and table cells rarely end with a full stop; without one a sentence
 * counter would glue a whole list into one very long "sentence", so each block is closed
 * with a full stop when it has no ending of its own. Code is left out.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;
  expandEmergencyCall(tree);
  const lines: string[] = [];
  const walk = (node: RootContent | Root) => {
    if (node.type === "code" || node.type === "inlineCode" || node.type === "html") return;
    if (TEXT_BLOCKS.has(node.type)) {
      const text = toString(node).replace(/\s+/g, " ").trim();
      if (text) lines.push(/[.!?]$/.test(text) ? text : `${text.replace(/[:;,]$/, "")}.`);
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree);
  return lines.join("\n");
}
