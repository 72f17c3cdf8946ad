import type { Element, ElementContent, Root, Text } from "hast";
import type { GlossaryTerm } from "../content/schema";
import { dictionaryFor, format } from "../i18n";
import { unified } from "unified";
import rehypeParse from "rehype-parse";

/**
 * rehype plugin: defines glossary terms where the reader meets them.
 *
 * The first time a term (or one of its aliases) appears in each section of a page (a section
 * starts at every `##` heading) it becomes a button that opens the term's short definition in
 * a native popover, with a link to its glossary entry. Popovers need no JavaScript, close with
 * Escape, and keep focus free.
 *
 * Only the term's first use on the page is a Tab stop. Later sections' uses look the same and
 * open by click, tap or a screen reader, but are taken out of the Tab order (tabindex="-1"), so
 * a keyboard reader meets each term once instead of "lupus" six times before the next link.
 *
 * Matching is on whole words, ignores case, and prefers the longest name ("lupus nephritis"
 * over "lupus"). Headings, links, code, call-out titles, text hidden for screen readers, and
 * words an author wrapped in `:plain[...]` are never marked.
 *
 * It runs after sanitising: its markup comes from the validated glossary, not from authors.
 */
export type GlossaryMatcher = {
  pattern: RegExp;
  termByName: Map<string, GlossaryTerm>;
};

const SKIPPED_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "button", "script", "style"]);
const SKIPPED_CLASSES = new Set(["callout-title", "sr-only", "no-glossary", "glossary-term"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regular expression for all names, longest first, so the longest name wins at a position. */
export function buildGlossaryMatcher(glossary: readonly GlossaryTerm[]): GlossaryMatcher {
  const termByName = new Map<string, GlossaryTerm>();
  for (const term of glossary) {
    for (const name of [term.term, ...term.aliases]) termByName.set(name.toLowerCase(), term);
  }
  const names = [...termByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // With no names, a pattern that never matches (an empty alternation would match everywhere).
  if (names.length === 0) return { pattern: /(?!)/gu, termByName };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return { pattern, termByName };
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  const className = element.properties.className;
  return Array.isArray(className) && className.some((name) => SKIPPED_CLASSES.has(String(name)));
}

const definitionCache = new WeakMap<GlossaryTerm, ElementContent[]>();

/** A term's definition as hast nodes, parsed once per build from its sanitised HTML. */
function definitionNodes(term: GlossaryTerm): ElementContent[] {
  let nodes = definitionCache.get(term);
  if (!nodes) {
    const fragment = unified().use(rehypeParse, { fragment: true }).parse(term.definitionHtml ?? term.definition);
    nodes = fragment.children.filter((child): child is ElementContent => child.type === "element" || child.type === "text");
    definitionCache.set(term, nodes);
  }
  return structuredClone(nodes);
}

/** The markup of one defined term: a button that opens a popover with the definition. */
function termElement(matchedText: string, term: GlossaryTerm, popoverId: string, tabStop: boolean): Element {
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["glossary-term"] },
    children: [
      {
        type: "element",
        tagName: "button",
        properties: { type: "button", className: ["glossary-term-button"], popoverTarget: popoverId, ...(tabStop ? {} : { tabIndex: -1 }) },
        children: [{ type: "text", value: matchedText }],
      },
      {
        type: "element",
        tagName: "span",
        properties: { id: popoverId, popover: "auto", className: ["glossary-popover"] },
        children: [
          { type: "element", tagName: "strong", properties: {}, children: [{ type: "text", value: term.term }] },
          ...(term.pronunciation ? [{ type: "text" as const, value: ` (${term.pronunciation})` }] : []),
          { type: "text", value: ": " },
          // The definition's own inline Markdown (emphasis, links), sanitised by remark-html at load.
          ...definitionNodes(term),
          { type: "text", value: " " },
          {
            type: "element",
            tagName: "a",
            properties: { href: `/glossary#${term.slug}`, className: ["glossary-link"] },
            children: [{ type: "text", value: format(dictionaryFor().markdown.moreInGlossary, { term: term.term }) }],
          },
        ],
      },
    ],
  };
}

export type GlossaryUsage = { slugs: Set<string> };

export function rehypeGlossaryTerms(options: { matcher: GlossaryMatcher; usage?: GlossaryUsage }) {
  const { matcher, usage } = options;
  return (tree: Root) => {
    let markedInSection = new Set<string>();
    const markedOnPage = new Set<string>();
    let popoverCount = 0;

    const splitText = (node: Text): ElementContent[] | undefined => {
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(matcher.pattern)) {
        const term = matcher.termByName.get(match[0].toLowerCase());
        if (!term || markedInSection.has(term.slug)) continue;
        markedInSection.add(term.slug);
        usage?.slugs.add(term.slug);
        popoverCount += 1;
        if (match.index > last) pieces.push({ type: "text", value: node.value.slice(last, match.index) });
        pieces.push(termElement(match[0], term, `glossary-${term.slug}-${popoverCount}`, !markedOnPage.has(term.slug)));
        markedOnPage.add(term.slug);
        last = match.index + match[0].length;
      }
      if (pieces.length === 0) return undefined;
      if (last < node.value.length) pieces.push({ type: "text", value: node.value.slice(last) });
      return pieces;
    };

    const walk = (parent: Root | Element) => {
      const children: (Root["children"][number] | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === "element" && child.tagName === "h2" && parent.type === "root") markedInSection = new Set();
        if (child.type === "text") {
          const replaced = splitText(child);
          children.push(...(replaced ?? [child]));
          continue;
        }
        if (child.type === "element" && !isSkipped(child)) walk(child);
        children.push(child);
      }
      // Only text nodes were replaced, by phrasing content, which may stand wherever text stood.
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
