import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "./errors";
import { GLOSSARY_FILE } from "./glossary";
import { displayPath } from "./paths";
import { anchorsOf, headingIdsOf } from "./anchors";
import type { Move } from "./moves";
import type { Page } from "./types";
import type { GlossaryTerm } from "./schema";
import { GLOSSARY_URL } from "../routes";

/**
 * content/published-addresses.json: every page address and section anchor the site has ever
 * published (caregivers share them, clinicians print them as QR codes). Lines are only ever
 * added (`npm run record:addresses`); the loader fails when a recorded address stops working
 * without a move (pages) or a heading alias (anchors).
 */
export const PUBLISHED_ADDRESSES_FILE = "published-addresses.json";
const recordSchema = z.record(z.string().startsWith("/"), z.array(z.string().min(1)));
export type PublishedAddresses = z.infer<typeof recordSchema>;

// Of the fixed pages, only /glossary (GLOSSARY_URL) has anchors the site promises: its terms.

export function readPublishedAddresses(contentDir: string, problems: ContentProblem[]): PublishedAddresses | undefined {
  const absoluteFile = path.join(contentDir, PUBLISHED_ADDRESSES_FILE);
  if (!existsSync(absoluteFile)) return undefined;
  const file = displayPath(absoluteFile);
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(absoluteFile, "utf8")));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join(".") || "file", message: issue.message });
  } catch (error) {
    problems.push({ file, field: "file", message: `is not valid JSON (${(error as Error).message})` });
  }
  return undefined;
}

type SiteAddresses = {
  pagesByUrl: ReadonlyMap<string, Page>;
  moves: readonly Move[];
  glossary: GlossaryTerm[];
  staticRoutes: readonly string[];
  contentDir: string;
};

/** Every address and anchor the site serves now, in the record's shape. */
export function currentAddresses({ pagesByUrl, glossary, staticRoutes }: Omit<SiteAddresses, "moves" | "contentDir">): PublishedAddresses {
  const addresses: PublishedAddresses = {};
  for (const route of staticRoutes) addresses[route] = [];
  addresses[GLOSSARY_URL] = glossary.map((term) => term.slug);
  for (const page of pagesByUrl.values()) addresses[page.url] = [...headingIdsOf(page)];
  return addresses;
}

/** A recorded address or anchor that no longer lands anywhere, named by page and anchor. */
export function brokenPublishedAddresses(record: PublishedAddresses, site: SiteAddresses): ContentProblem[] {
  const recordFile = displayPath(path.join(site.contentDir, PUBLISHED_ADDRESSES_FILE));
  const glossaryFile = displayPath(path.join(site.contentDir, GLOSSARY_FILE));
  const glossarySlugs = new Set(site.glossary.map((term) => term.slug));
  const problems: ContentProblem[] = [];
  for (const [url, ids] of Object.entries(record)) {
    if (url === GLOSSARY_URL) {
      for (const id of ids.filter((slug) => !glossarySlugs.has(slug))) {
        problems.push({ file: glossaryFile, field: id, message: `"${GLOSSARY_URL}#${id}" was published and the term is gone; keep the term (its slug is an address)` });
      }
      continue;
    }
    if (site.staticRoutes.includes(url)) continue;
    const move = site.moves.find((candidate) => candidate.from === url);
    const page = site.pagesByUrl.get(move ? move.to : url);
    if (!page) {
      problems.push({ file: recordFile, field: url, message: `"${url}" was published and is no longer a page; restore it or add a move to content/moves.yml` });
      continue;
    }
    const anchors = anchorsOf(page);
    for (const id of ids.filter((candidate) => !anchors.has(candidate))) {
      problems.push({
        file: page.file,
        field: "headingAliases",
        message: `"${url}#${id}" was published and no heading has that id now; add headingAliases: { ${id}: <the heading it became> }`,
      });
    }
  }
  return problems;
}

/** What the site serves that the record does not list yet (to be recorded before it lands). */
export function unrecordedAddresses(record: PublishedAddresses, current: PublishedAddresses): string[] {
  return Object.entries(current).flatMap(([url, ids]) => {
    const recorded = record[url];
    if (!recorded) return [url];
    return ids.filter((id) => !recorded.includes(id)).map((id) => `${url}#${id}`);
  });
}

/** The record with everything current added; nothing is ever removed. Sorted, for small diffs. */
export function withCurrentAddresses(record: PublishedAddresses, current: PublishedAddresses): PublishedAddresses {
  const merged: PublishedAddresses = {};
  for (const url of [...new Set([...Object.keys(record), ...Object.keys(current)])].sort()) {
    merged[url] = [...new Set([...(record[url] ?? []), ...(current[url] ?? [])])].sort();
  }
  return merged;
}
