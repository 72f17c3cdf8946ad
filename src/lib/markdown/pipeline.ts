import { remark } from "remark";
import { VFile } from "vfile";
import remarkGfm from "remark-gfm";
import remarkDirective from "remark-directive";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { Element as HastElement, Root as HastRoot, Text as HastText } from "hast";
import { MEDICINE_TABLE_PLACEHOLDER_CLASS, PICTURE_PLACEHOLDER_CLASS, remarkCallouts } from "./callouts";
import { CALLOUT_CLASS, CALLOUT_ROLE } from "../callouts/variants";
import { MEDICINE_CLASSES, MEDICINE_TABLE_VIEWS } from "../content/schema";
import { rehypeGlossaryTerms, type GlossaryMatcher } from "./glossary-terms";
import { rehypeHeadingAliases, rehypeHeadingAnchors } from "./heading-anchors";
import { remarkStructureChecks } from "./structure";
import { remarkEmergencyCall } from "./emergency-call";
import { rehypePictures } from "./pictures";
import { rehypeTableLabels } from "./table-labels";
import { PICTURE_NAMES } from "../pictures";

export type Heading = { depth: 2 | 3; id: string; text: string };
export type RenderedMarkdown = {
  html: string;
  /** `##` and `###` headings with their stable ids, in order. */
  headings: Heading[];
  /** Every href in the body, for the build's link check. */
  links: string[];
  /** Slugs of the glossary terms defined in place on this page. */
  glossaryTerms: string[];
  /** The call-out kinds the rendered page really shows (a commented-out or fenced one is not there). */
  callouts: string[];
  /** Each item listed in an emergency or same-day call-out, in the page's words (search shows them as care advice). */
  warningItems: WarningItem[];
};
export type WarningItem = { care: "emergency" | "urgent"; text: string };

/** An element's reader-visible words, without glossary definitions, hidden prefixes or nested lists. */
function ownVisibleText(node: HastElement | HastText): string {
  if (node.type === "text") return node.value;
  const className = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  if (["ul", "ol"].includes(node.tagName) || className.some((name) => ["glossary-popover", "sr-only", "callout-icon"].includes(name))) return "";
  return node.children.map((child) => (child.type === "element" || child.type === "text" ? ownVisibleText(child) : "")).join("");
}

/** The list items of the emergency and same-day call-outs of a rendered page. */
function warningItemsOf(hast: HastRoot): WarningItem[] {
  const items: WarningItem[] = [];
  visit(hast, "element", (element) => {
    const className = Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
    if (element.tagName !== "div" || !className.includes("callout")) return;
    const care = className.includes("callout-emergency") ? "emergency" : className.includes("callout-urgent") ? "urgent" : undefined;
    if (!care) return;
    visit(element, "element", (item) => {
      if (item.tagName !== "li") return;
      const text = ownVisibleText(item).replace(/\s+/g, " ").replace(/[:;,.]\s*$/, "").trim();
      if (text) items.push({ care, text });
    });
  });
  return items;
}

/**
 * What survives sanitising: GitHub's safe defaults, plus the few attributes the call-outs and
 * the picture placeholders need.
 * Raw HTML in Markdown is dropped before this step (remark-rehype ignores it); sanitising
 * still guards attributes such as `javascript:` links.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitising, so no "user-content-" prefix is needed.
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    div: [
      ...(defaultSchema.attributes?.div ?? []),
      ["className", /^callout(-[a-z-]+)?$/, PICTURE_PLACEHOLDER_CLASS, MEDICINE_TABLE_PLACEHOLDER_CLASS],
      ["role", CALLOUT_ROLE],
      // A picture directive's placeholder: only a known picture's name survives.
      ["dataPicture", ...PICTURE_NAMES],
      // A medicine table's placeholder: only known views and classes survive.
      ["dataMedicineTable", ...MEDICINE_TABLE_VIEWS],
      ["dataMedicineClass", ...Object.keys(MEDICINE_CLASSES)],
    ],
    // A call-out's title is a heading of the level its section needs (h2 to h6); GitHub's own h2 class stays allowed.
    h2: [["className", "sr-only", CALLOUT_CLASS.title]],
    ...Object.fromEntries(["h3", "h4", "h5", "h6"].map((tag) => [tag, [["className", CALLOUT_CLASS.title]]])),
    span: [...(defaultSchema.attributes?.span ?? []), ["className", CALLOUT_CLASS.icon, CALLOUT_CLASS.level, CALLOUT_CLASS.hidden, "no-glossary"], "ariaHidden"],
  },
};

/**
 * rehype plugin: a call-out's title is a heading to navigate by, not a section to link to, so
 * it keeps no id (no "#" link, no "On this page" entry, no search sub-result). The slug it was
 * given begins with its symbol, level word and hidden prefix ("same-dayurgent-advice-call-..."),
 * so it never took a section's id (rehype-slug numbers repeats).
 */
function rehypeCalloutTitlesWithoutIds() {
  return (tree: HastRoot) => {
    visit(tree, "element", (element) => {
      const className = element.properties.className;
      if (Array.isArray(className) && className.includes(CALLOUT_CLASS.title)) delete element.properties.id;
    });
  };
}

function createProcessor(matcher: GlossaryMatcher | undefined, usage: { slugs: Set<string> }, headingAliases?: Record<string, string>) {
  // remark is unified with remark-parse; rehype-stringify below replaces its Markdown compiler.
  return remark()
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkStructureChecks)
    .use(remarkEmergencyCall)
    .use(remarkCallouts)
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(rehypeCalloutTitlesWithoutIds)
    .use(matcher ? [[rehypeGlossaryTerms, { matcher, usage }]] : [])
    // After the glossary: it finds sections by top-level ## headings, which this wraps.
    .use(rehypeHeadingAnchors)
    .use(rehypeHeadingAliases, { aliases: headingAliases })
    .use(rehypeTableLabels)
    // Last: pictures are trusted project SVG, inserted after sanitising and glossary marking.
    .use(rehypePictures)
    .use(rehypeStringify);
}

/**
 * Markdown body -> safe HTML, its headings, its links and the glossary terms it defines.
 * Runs once per file per build. Without a glossary matcher no terms are marked.
 */
export async function renderMarkdown(
  markdown: string,
  glossary?: GlossaryMatcher,
  options: { headingAliases?: Record<string, string> } = {},
): Promise<RenderedMarkdown> {
  const usage = { slugs: new Set<string>() };
  const processor = createProcessor(glossary, usage, options.headingAliases);
  // The file carries the source text, which the structure checks read (an unclosed call-out).
  const file = new VFile(markdown);
  const mdast = processor.parse(file);
  const hast: HastRoot = await processor.run(mdast, file);
  const headings: Heading[] = [];
  const links: string[] = [];
  const callouts = new Set<string>();
  visit(hast, "element", (element) => {
    if ((element.tagName === "h2" || element.tagName === "h3") && typeof element.properties.id === "string") {
      headings.push({ depth: element.tagName === "h2" ? 2 : 3, id: element.properties.id, text: toString(element) });
    }
    // Glossary and heading links are generated from checked data, not written by authors.
    const className = Array.isArray(element.properties.className) ? element.properties.className : [];
    if (element.tagName === "div" && className.includes("callout")) {
      for (const name of className) if (String(name).startsWith("callout-")) callouts.add(String(name).slice("callout-".length));
    }
    const generated = className.includes("glossary-link") || className.includes("heading-anchor");
    if (element.tagName === "a" && typeof element.properties.href === "string" && !generated) {
      links.push(element.properties.href);
    }
  });
  return { html: processor.stringify(hast), headings, links, glossaryTerms: [...usage.slugs], callouts: [...callouts], warningItems: warningItemsOf(hast) };
}
