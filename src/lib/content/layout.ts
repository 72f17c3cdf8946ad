import { readdirSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./errors";
import { GLOSSARY_FILE } from "./glossary";
import { MOVES_FILE } from "./moves";
import { displayPath } from "./paths";
import { PATIENT_WORDS_FILE } from "./patient-words";
import { PUBLISHED_ADDRESSES_FILE } from "./published";
import { SECTION_SLUGS } from "./schema";
import { SITE_PROSE_FOLDER } from "./site-prose";
import { SOURCE_RULES_FILE } from "./source-rules";

/** Files at the top of content/ besides the section folders; anything else there is refused. */
const TOP_LEVEL_FILES = new Set([GLOSSARY_FILE, PATIENT_WORDS_FILE, MOVES_FILE, SOURCE_RULES_FILE, PUBLISHED_ADDRESSES_FILE, "LICENSE"]);

/**
 * Nothing under content/ is skipped in silence: a stray file, a file in the wrong case, or a
 * folder nested inside a section is named, so a page can never vanish from the site unnoticed.
 */
export function strayFileProblems(contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    const entryPath = path.join(contentDir, entry.name);
    if (entry.isFile() && !TOP_LEVEL_FILES.has(entry.name)) {
      problems.push({ file: displayPath(entryPath), field: "file", message: `is not a content file (content/ holds section folders, ${SITE_PROSE_FOLDER}/ and ${[...TOP_LEVEL_FILES].join(", ")})` });
    }
    if (!entry.isDirectory() || !(SECTION_SLUGS as readonly string[]).includes(entry.name)) continue;
    for (const inner of readdirSync(entryPath, { withFileTypes: true })) {
      const innerPath = displayPath(path.join(entryPath, inner.name));
      if (inner.isDirectory()) {
        problems.push({ file: innerPath, field: "folder", message: "is a folder inside a section; pages live directly in content/<section>/, one level deep" });
      } else if (!inner.name.endsWith(".md")) {
        problems.push({
          file: innerPath,
          field: "file name",
          message: /\.md$/i.test(inner.name) ? 'must end in ".md" in lower case' : "is not a Markdown page (.md); only pages live in a section folder",
        });
      }
    }
  }
  return problems;
}
