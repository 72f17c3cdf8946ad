/**
 * `npm run record:addresses`: adds every page address and section anchor the site now serves
 * to content/published-addresses.json. Nothing is ever removed: once published, an address
 * must keep working (the loader checks it). Run it when a page or heading is added, and commit
 * the file with the change; the content tests fail while anything is unrecorded.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { loadSiteFrom } from "../lib/content/load";
import { contentDir } from "../lib/content/paths";
import { currentAddresses, PUBLISHED_ADDRESSES_FILE, unrecordedAddresses, withCurrentAddresses, type PublishedAddresses } from "../lib/content/published";
import { STATIC_ROUTES } from "../lib/site";
import { runIfMain } from "./run-if-main";

/** Adds the addresses the content in `folder` serves to its published-addresses file; returns how many were new. */
export async function recordAddresses(folder = contentDir()): Promise<number> {
  const file = path.join(folder, PUBLISHED_ADDRESSES_FILE);
  const site = await loadSiteFrom(folder);
  const record: PublishedAddresses = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const current = currentAddresses({ pagesByUrl: site.pagesByUrl, glossary: site.glossary, staticRoutes: STATIC_ROUTES });
  const added = unrecordedAddresses(record, current);
  writeFileSync(file, `${JSON.stringify(withCurrentAddresses(record, current), null, 1)}\n`);
  return added.length;
}

runIfMain(import.meta.url, async () => {
  const added = await recordAddresses();
  console.log(`${PUBLISHED_ADDRESSES_FILE}: ${added} new address${added === 1 ? "" : "es"} recorded.`);
});
