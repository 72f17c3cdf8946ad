/**
 * Removes the Next.js runtime from exported pages that have no client component.
 *
 * Content pages are server-rendered HTML and CSS; the framework's JavaScript (about 136 KB)
 * would only re-render what is already there. This step, run on out/ after `next build`,
 * drops the runtime's scripts, script preloads and inline flight payloads from every page
 * except those whose route keeps React on the client (src/lib/routes.ts), and keeps the site's own scripts
 * (public/*.js) and JSON-LD data. It works on the HTML syntax tree (rehype), not with
 * regular expressions.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { remove } from "unist-util-remove";
import type { Element, Root } from "hast";
import type { Node } from "unist";
import { needsClientReact } from "../lib/routes";
import { exportedPages } from "./exported-pages";
import { runIfMain } from "./run-if-main";

/** True for the framework's own script elements and script preloads. */
export function isFrameworkScript(element: Element): boolean {
  const { tagName, properties } = element;
  if (tagName === "script") {
    const source = typeof properties.src === "string" ? properties.src : undefined;
    if (source) return source.startsWith("/_next/");
    const type = typeof properties.type === "string" ? properties.type : "";
    // Inline scripts without a data type are the runtime's payloads and bootstrap.
    return type === "" || type === "text/javascript" || type === "module";
  }
  if (tagName === "link") {
    const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
    const href = typeof properties.href === "string" ? properties.href : "";
    return (rel.includes("modulepreload") || (rel.includes("preload") && properties.as === "script")) && href.startsWith("/_next/");
  }
  return false;
}

/** The page's HTML without the framework runtime. */
export function stripFramework(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  remove(tree, (node) => isElement(node) && isFrameworkScript(node));
  return unified().use(rehypeStringify).stringify(tree);
}

function isElement(node: Node): node is Element {
  return node.type === "element";
}

/** Strips the runtime from every exported page that needs no client component. */
export function stripFrameworkFromPages(): void {
  let stripped = 0;
  let saved = 0;
  for (const [sitePath, file] of exportedPages()) {
    if (needsClientReact(sitePath)) continue;
    const before = readFileSync(file, "utf8");
    const after = stripFramework(before);
    writeFileSync(file, after);
    stripped += 1;
    saved += before.length - after.length;
  }
  console.log(`Framework runtime removed from ${stripped} pages (${Math.round(saved / 1024)} KB of inline payload and tags).`);
}

runIfMain(import.meta.url, stripFrameworkFromPages);
