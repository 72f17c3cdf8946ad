import type { ContentProblem } from "./errors";
import type { Page } from "./types";
import { normalizeSitePath } from "./paths";
import type { GlossaryTerm } from "./schema";
import { GLOSSARY_URL, isFixedPage } from "../routes";
import { movedTarget, type Move } from "./moves";
import { anchorsOf } from "./anchors";

const EXTERNAL = /^(https?:|mailto:|tel:)/;

/**
 * Every link in every page must lead somewhere: a site path must be a page, and a #fragment
 * must be a heading on that page (or a term on /glossary). Relative paths are refused because
 * the same Markdown is shown at more than one URL depth.
 */
export function checkLinks(
  pages: (Page | { file: string; url: string; links: string[] })[],
  pagesByUrl: ReadonlyMap<string, Page>,
  glossary: GlossaryTerm[],
  moves: readonly Move[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const glossaryAnchors = new Set(glossary.map((term) => term.slug));

  for (const page of pages) {
    for (const href of page.links) {
      if (EXTERNAL.test(href)) continue;
      const problem = (message: string) => problems.push({ file: page.file, field: "body", message: `link "${href}" ${message}` });
      if (!href.startsWith("/") && !href.startsWith("#")) {
        problem("must be a site path starting with / (or a full https:// address)");
        continue;
      }
      const { pathname, fragment } = href.startsWith("#") ? { pathname: page.url, fragment: href.slice(1) } : normalizeSitePath(href);
      const target = pagesByUrl.get(pathname);
      const moved = movedTarget(moves, href);
      if (moved) {
        problem(`points to an old address; link to "${moved}" instead`);
        continue;
      }
      if (!target && !isFixedPage(pathname)) {
        problem("points to a page that does not exist");
        continue;
      }
      if (!fragment) continue;
      // The Markdown pipeline percent-encodes non-ASCII letters ("sjögrens" -> "sj%C3%B6grens"); heading ids keep them.
      const id = safeDecode(fragment);
      const anchors = target
        ? anchorsOf(target)
        : pathname === GLOSSARY_URL
          ? glossaryAnchors
          : new Set<string>();
      if (!anchors.has(id)) problem(`points to a section "#${fragment}" that does not exist on ${pathname}`);
    }
    for (const related of "kind" in page && page.kind === "article" ? (page.related ?? []) : []) {
      const moved = movedTarget(moves, related);
      if (moved) {
        problems.push({ file: page.file, field: "related", message: `"${related}" is an old address; use "${moved}"` });
      } else if (!pagesByUrl.has(normalizeSitePath(related).pathname)) {
        problems.push({ file: page.file, field: "related", message: `"${related}" is not a page of the site` });
      } else if (pagesByUrl.get(normalizeSitePath(related).pathname)?.kind !== "article") {
        problems.push({ file: page.file, field: "related", message: `"${related}" is a section page; related lists articles (link the section in the text instead)` });
      }
    }
  }
  return problems;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
