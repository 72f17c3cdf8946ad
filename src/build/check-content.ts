/**
 * `npm run check:content`: loads every content file the way the build does and prints each
 * problem (file and field), or a one-line summary when all is well. Faster than a full build.
 */
import path from "node:path";
import { loadSiteFrom } from "../lib/content/load";
import { ContentError } from "../lib/content/errors";

try {
  const site = await loadSiteFrom(path.resolve(process.env.CONTENT_DIR ?? "content"));
  console.log(`Content OK: ${site.sections.length} sections, ${site.articles.length} articles, ${site.glossary.length} glossary terms.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
