/**
 * `npm run record:addresses`: adds every page address and section anchor the site now serves
 * to content/published-addresses.json. Nothing is ever removed: once published, an address
 * must keep working (the loader checks it). Run it when a page or heading is added, and commit
 * the file with the change; the content tests fail while anything is unrecorded.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { loadSiteFrom } from "../lib/content/load";
import { currentAddresses, PUBLISHED_ADDRESSES_FILE, unrecordedAddresses, withCurrentAddresses, type PublishedAddresses } from "../lib/content/published";
import { STATIC_ROUTES } from "../lib/site";

const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");
const file = path.join(contentDir, PUBLISHED_ADDRESSES_FILE);
const site = await loadSiteFrom(contentDir);
const record: PublishedAddresses = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const current = currentAddresses({ pagesByUrl: site.pagesByUrl, glossary: site.glossary, staticRoutes: STATIC_ROUTES });
const added = unrecordedAddresses(record, current);
writeFileSync(file, `${JSON.stringify(withCurrentAddresses(record, current), null, 1)}\n`);
console.log(`${PUBLISHED_ADDRESSES_FILE}: ${added.length} new address${added.length === 1 ? "" : "es"} recorded.`);
