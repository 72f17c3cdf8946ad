import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import type { Element, RootContent } from "hast";
import { calloutClassNames, type CalloutVariant } from "../callouts/variants";

const fragments = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);

/**
 * Splits rendered (already sanitised) page HTML into the call-out of `variant` it opens with,
 * if any, and the rest. The get-help page shows its emergency list before anything else.
 */
export function splitLeadingCallout(html: string, variant: CalloutVariant): { lead: string; rest: string } {
  const tree = fragments.parse(html);
  const index = tree.children.findIndex((node) => node.type === "element" || (node.type === "text" && node.value.trim() !== ""));
  const first = tree.children[index];
  if (!first || !isCallout(first, variant)) return { lead: "", rest: html };
  const lead = fragments.stringify({ type: "root", children: [first] });
  const rest = fragments.stringify({ type: "root", children: tree.children.slice(index + 1) });
  return { lead, rest };
}

function isCallout(node: RootContent, variant: CalloutVariant): node is Element {
  if (node.type !== "element" || node.tagName !== "div") return false;
  const className = node.properties.className;
  return Array.isArray(className) && calloutClassNames(variant).every((name) => className.includes(name));
}
