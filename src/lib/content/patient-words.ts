import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "./errors";
import { displayPath } from "./paths";
import { readYamlContent } from "./read-source";
import { meaningfulWords, stem, tokens } from "../../../public/search-query.js";

/**
 * content/patient-words.yml: the words readers type for what the site calls by another name
 * ("shot" for vaccine, "pee" for urine, "blood thinner" for anticoagulant). The search index
 * adds them to the pages that use the medical words (as it does glossary aliases) and to the
 * pages named as their home; the search page uses them to recognise warning signs described
 * in a reader's own words.
 */
export const PATIENT_WORDS_FILE = "patient-words.yml";

const phrase = (maxWords: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(60, "must be at most 60 characters")
    .refine((text) => text === text.toLowerCase(), "must be written in lowercase")
    .refine((text) => text.split(/\s+/).length <= maxWords, `must be at most ${maxWords} words`);

const patientWordsSchema = z
  .array(
    z.strictObject({
      /** What readers type. */
      says: z.array(phrase(5)).min(1, "must list at least one word or phrase"),
      /** The words the site uses for it; each must occur in the site's text. */
      means: z.array(phrase(6)).min(1, "must list at least one word the site uses"),
      /** The pages that are the home of this idea: their patient words weigh most. */
      pages: z.array(z.string().startsWith("/", "must be a site path starting with /")).optional(),
    }),
  )
  .min(1, "must list at least one entry");

export type PatientWords = z.infer<typeof patientWordsSchema>[number];

/** Reads and validates the file's shape; the checks that need the pages are in checkPatientWords. */
export function readPatientWords(contentDir: string, problems: ContentProblem[]): PatientWords[] {
  const absoluteFile = path.join(contentDir, PATIENT_WORDS_FILE);
  const file = displayPath(absoluteFile);
  if (!existsSync(absoluteFile)) {
    problems.push({ file, field: "file", message: "is missing: the search needs the words patients use" });
    return [];
  }
  const raw = readYamlContent(absoluteFile, file, problems);
  if (raw === undefined) return [];
  const parsed = patientWordsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join(".") || "file", message: issue.message });
    return [];
  }
  return parsed.data;
}

/** True when `phrase` occurs in `text` as whole words, ignoring case. */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

type PatientWordsContext = {
  contentDir: string;
  /** The reader-visible text of the whole site (pages and glossary), to find each `means`. */
  siteText: string;
  /** Every glossary term and alias, lowercase: those are matched already. */
  glossaryNames: ReadonlySet<string>;
  pageUrls: ReadonlySet<string>;
  /** The articles that must each be the home of at least one entry. */
  articleUrls: readonly string[];
};

/**
 * Rules that need the site: a patient word names one idea only and is not already a glossary
 * name; what it means is really said on the site; its pages exist; and every article is the
 * home of at least one entry, so a new page brings its patient words with it.
 */
export function checkPatientWords(entries: PatientWords[], context: PatientWordsContext): ContentProblem[] {
  const file = displayPath(path.join(context.contentDir, PATIENT_WORDS_FILE));
  const problems: ContentProblem[] = [];
  // Search reads a query by its meaningful words ("will my kids get lupus" is "kids"), so two
  // phrases with the same meaningful words are the same phrase to it.
  const owners = new Map<string, { index: number; said: string }>();
  entries.forEach((entry, index) => {
    entry.says.forEach((said, saysIndex) => {
      const field = `${index}.says.${saysIndex}`;
      const words = meaningfulWords(said);
      const key = (words.length > 0 ? words : tokens(said)).map(stem).join(" ");
      const owner = owners.get(key);
      // The same words twice in one entry (plural and singular) are harmless.
      if (owner !== undefined && (owner.index !== index || owner.said === said)) {
        const same = owner.said === said ? `"${said}" is already listed` : `"${said}" reads as "${owner.said}" to search (same words once common words are left out), listed`;
        problems.push({ file, field, message: `${same} in entry ${owner.index}; a patient word names one idea` });
      } else if (owner === undefined) owners.set(key, { index, said });
      if (context.glossaryNames.has(said)) problems.push({ file, field, message: `"${said}" is a glossary term or alias already; search matches it without this entry` });
      if (entry.means.includes(said)) problems.push({ file, field, message: `"${said}" is also in this entry's means` });
    });
    entry.means.forEach((meant, meansIndex) => {
      if (!containsPhrase(context.siteText, meant)) {
        problems.push({ file, field: `${index}.means.${meansIndex}`, message: `"${meant}" does not occur on any page or in the glossary; use the words the site uses` });
      }
    });
    (entry.pages ?? []).forEach((url, pageIndex) => {
      if (!context.pageUrls.has(url)) problems.push({ file, field: `${index}.pages.${pageIndex}`, message: `"${url}" is not a page of the site` });
    });
  });
  const homes = new Set(entries.flatMap((entry) => entry.pages ?? []));
  for (const url of context.articleUrls) {
    if (!homes.has(url)) problems.push({ file, field: "pages", message: `no entry lists ${url}: add the words readers use to find it` });
  }
  return problems;
}
