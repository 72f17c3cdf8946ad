import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";

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
  const anchor: ElementContent = {
    type: "element",
    tagName: "a",
    properties: { href: `#${id}`, className: ["heading-anchor"], "data-copy-link": "" },
    children: [
      { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
      {
        type: "element",
        tagName: "span",
        properties: { className: ["sr-only"] },
        children: [{ type: "text", value: `Link to this section: ${toString(heading)}` }],
      },
    ],
  };
  return { type: "element", tagName: "div", properties: { className: ["heading-with-anchor"] }, children: [heading, anchor] };
}
