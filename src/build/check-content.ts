/**
 * `npm run check:content`: loads every content file the way the build does and prints each
 * problem (file and field), or a one-line summary when all is well. Faster than a full build.
 */
import { loadSiteFrom } from "../lib/content/load";
import { ContentError } from "../lib/content/errors";
import { contentDir } from "../lib/content/paths";
import { siteProseFiles } from "../lib/content/site-prose";
import { runIfMain } from "./run-if-main";

/** Loads the content folder; true when it has no problem (each problem is printed). */
export async function checkContent(folder = contentDir()): Promise<boolean> {
  try {
    const site = await loadSiteFrom(folder);
    console.log(`Content OK: ${site.sections.length} sections, ${site.articles.length} articles, ${site.glossary.length} glossary terms, ${siteProseFiles(site.prose).length} site prose files and the emergency line.`);
    return true;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return false;
  }
}

runIfMain(import.meta.url, async () => {
  if (!(await checkContent())) process.exitCode = 1;
});
