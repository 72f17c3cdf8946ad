import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { h } from "hastscript";
import { dictionaryFor, format } from "../i18n";

/**
 * rehype plugin: a visible "link to this section" control after every `##`/`###` heading.
 * Without JavaScript it is a plain anchor link to the heading; public/enhance.js turns a click
 * on it into "copy the section's address". The link sits beside the heading, not inside it,
 * so the heading's accessible name stays its own text.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const wrap = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== "element") return child;
        const id = child.properties.id;
        if ((child.tagName === "h2" || child.tagName === "h3") && typeof id === "string") {
          return headingWithAnchor(child, id);
        }
        if (child.tagName === "div") wrap(child); // call-outs may hold headings
        return child;
      }) as typeof parent.children;
    };
    wrap(tree);
  };
}

function headingWithAnchor(heading: Element, id: string): Element {
  const anchor = h("a", { href: `#${id}`, className: ["heading-anchor"], dataCopyLink: "" }, [
    h("span", { ariaHidden: "true" }, "#"),
    h("span.sr-only", format(dictionaryFor().markdown.sectionLink, { heading: toString(heading) })),
  ]);
  return h("div.heading-with-anchor", [heading, anchor]);
}

/**
 * rehype plugin: an empty anchor with each old heading id (front matter `headingAliases`) just
 * before the heading it now names, so a link shared before a rename still lands there.
 */
export function rehypeHeadingAliases(options: { aliases?: Record<string, string> }) {
  const oldIdsByTarget = new Map<string, string[]>();
  for (const [oldId, target] of Object.entries(options.aliases ?? {})) oldIdsByTarget.set(target, [...(oldIdsByTarget.get(target) ?? []), oldId]);
  return (tree: Root) => {
    if (oldIdsByTarget.size === 0) return;
    const visitChildren = (parent: Root | Element) => {
      const children: (typeof parent.children)[number][] = [];
      for (const child of parent.children) {
        if (child.type === "element") {
          const heading = child.tagName === "div" && child.children[0]?.type === "element" ? child.children[0] : child;
          const id = heading.type === "element" && /^h[23]$/.test(heading.tagName) ? heading.properties.id : undefined;
          const oldIds = typeof id === "string" ? oldIdsByTarget.get(id) : undefined;
          if (oldIds) children.push(...oldIds.map(aliasAnchor));
          else if (child.tagName === "div") visitChildren(child);
        }
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    visitChildren(tree);
  };
}

function aliasAnchor(id: string): Element {
  return h("span", { id, className: ["heading-alias"] });
}
