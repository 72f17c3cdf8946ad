import { LAB_TEST_HEADINGS, MEDICINE_HEADINGS } from "./medicine-headings";
import type { Page } from "./types";

/** Heading ids a page shows: its key points and sources, its body headings, and a medicine page's fixed parts. */
export function headingIdsOf(page: Page): Set<string> {
  const ids = new Set([...(page.keyPoints?.length ? ["key-points"] : []), "sources", ...page.headings.map((heading) => heading.id)]);
  if (page.kind === "article" && page.medicine) for (const id of ["key-facts", ...MEDICINE_HEADINGS.map((heading) => heading.id)]) ids.add(id);
  if (page.kind === "article" && page.labTest) for (const id of ["key-facts", ...LAB_TEST_HEADINGS.map((heading) => heading.id)]) ids.add(id);
  return ids;
}

/** Every #fragment that lands somewhere on the page: its heading ids and its aliases of old ones. */
export function anchorsOf(page: Page): Set<string> {
  return new Set([...headingIdsOf(page), ...Object.keys(page.headingAliases ?? {})]);
}
