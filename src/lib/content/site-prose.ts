import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import emergencyJson from "../../../content/site/emergency.json" with { type: "json" };
import { renderMarkdown } from "../markdown/pipeline";
import { DirectiveError } from "../markdown/callouts";
import { schemaProblems, type ContentProblem } from "./errors";
import { displayPath } from "./paths";
import { parseFrontMatter, readContentText } from "./read-source";
import { isoDate, nonEmptyText, sourceSchema } from "./schema";

/**
 * Site prose: the medical words that sit around the articles rather than in one (the home
 * page's body, the "Talk to your doctor" call-out, the footer disclaimer, the 404 page, the
 * /prepare warnings, the emergency line). They live in content/site/ so that they pass the
 * article checks: schema, review date, reading grade and links. The folder makes no pages.
 */
export const SITE_PROSE_FOLDER = "site";

/** The emergency line's file in content/site/; code imports it (src/lib/emergency.ts), the loader checks it. */
const EMERGENCY_FILE = "emergency.json";

const siteProseFields = {
  /** The heading the prose sits under, where the page shows one. */
  title: nonEmptyText.max(90, "must be at most 90 characters").optional(),
  lastReviewed: isoDate,
  sources: z.array(sourceSchema).optional(),
};
const siteProseFrontMatterSchema = z.strictObject(siteProseFields);
const titled = { ...siteProseFields, title: siteProseFields.title.unwrap() };
/** Prose under a heading of its own (the 404 page's). */
const titledFrontMatterSchema = z.strictObject(titled);

/** The call-out that ends every page: it lists a page's questions, or gives general advice where there are none. */
const talkToDoctorFrontMatterSchema = z.strictObject({
  ...titled,
  /** Said before a page's own questions. */
  questionsLead: nonEmptyText,
  /** Said instead, on a page without questions. */
  noQuestions: nonEmptyText,
});

export const emergencySchema = z.strictObject({
  /** The emergency line as the start of a sentence, with no full stop (pages add "now", "if:" and the like). */
  call: nonEmptyText.max(80, "must be at most 80 characters").regex(/[^.!?:]$/, "must not end with punctuation (the pages add their own)"),
  lastReviewed: isoDate,
});

/**
 * Each file, and how many parts its body has: a line of three stars (`***`) splits the body
 * where the page puts its own pieces (the home page's end of its welcome, a page's questions, the 404 page's search box).
 */
const SITE_PROSE_FILES = {
  home: { file: "home.md", parts: 2, schema: siteProseFrontMatterSchema },
  talkToDoctor: { file: "talk-to-doctor.md", parts: 2, schema: talkToDoctorFrontMatterSchema },
  footer: { file: "footer.md", parts: 1, schema: siteProseFrontMatterSchema },
  notFound: { file: "not-found.md", parts: 2, schema: titledFrontMatterSchema },
  prepareWarnings: { file: "prepare-warnings.md", parts: 1, schema: siteProseFrontMatterSchema },
} as const;
type SiteProseName = keyof typeof SITE_PROSE_FILES;

type Rendered = {
  file: string;
  /** The Markdown body, for the reading-grade check. */
  body: string;
  /** The rendered body, split at each `***`. */
  parts: string[];
  links: string[];
};
export type SiteProseFile<Name extends SiteProseName = SiteProseName> = Rendered & z.output<(typeof SITE_PROSE_FILES)[Name]["schema"]>;
export type SiteProse = { [Name in SiteProseName]: SiteProseFile<Name> } & {
  emergency: z.infer<typeof emergencySchema> & { file: string };
};

/** The stray-file rule for content/site/: only the files above. */
function strayProblems(folder: string): ContentProblem[] {
  const known = new Set<string>([...Object.values(SITE_PROSE_FILES).map((entry) => entry.file), EMERGENCY_FILE]);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.isFile() || !known.has(entry.name))
    .map((entry) => ({
      file: displayPath(path.join(folder, entry.name)),
      field: "file",
      message: `is not a site prose file (content/${SITE_PROSE_FOLDER}/ holds ${[...known].join(", ")})`,
    }));
}

async function loadOne<Schema extends z.ZodType<object>>(
  folder: string,
  { file: fileName, parts: partCount, schema }: { file: string; parts: number; schema: Schema },
  problems: ContentProblem[],
): Promise<(Rendered & z.output<Schema>) | undefined> {
  const absoluteFile = path.join(folder, fileName);
  const file = displayPath(absoluteFile);
  if (!existsSync(absoluteFile)) {
    problems.push({ file, field: "file", message: "is missing" });
    return undefined;
  }
  const text = readContentText(absoluteFile, file, problems);
  const source = text === undefined ? undefined : parseFrontMatter(text, file, problems);
  if (!source) return undefined;
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(file, parsed.error));
    return undefined;
  }
  let rendered;
  try {
    // No glossary links: site prose sits beside an article's own terms, often on every page.
    rendered = await renderMarkdown(source.body);
  } catch (error) {
    if (!(error instanceof DirectiveError)) throw error;
    problems.push({ file, field: "body", message: error.message });
    return undefined;
  }
  const parts = rendered.html.split(/\s*<hr>\s*/);
  if (parts.length !== partCount || parts.some((part) => part.trim() === "")) {
    problems.push({
      file,
      field: "body",
      message: partCount === 1 ? "must be one part with text, without a line of three stars (***), which splits parts" : `must be ${partCount} parts split by a line of three stars (***), each with text; it has ${parts.length}`,
    });
    return undefined;
  }
  return Object.assign({ file, body: source.body, parts, links: rendered.links }, parsed.data);
}

/** Reads and renders content/site/ (problems are recorded, naming file and field). */
export async function loadSiteProse(contentDir: string, problems: ContentProblem[]): Promise<SiteProse | undefined> {
  const folder = path.join(contentDir, SITE_PROSE_FOLDER);
  if (!existsSync(folder)) {
    problems.push({ file: displayPath(folder), field: "folder", message: `is missing: it holds the site prose (${Object.values(SITE_PROSE_FILES).map((entry) => entry.file).join(", ")})` });
    return undefined;
  }
  const before = problems.length;
  problems.push(...strayProblems(folder));
  // The emergency line is compiled in from the real content folder whichever folder is loaded, so that is the file checked.
  const emergencyFile = `content/${SITE_PROSE_FOLDER}/${EMERGENCY_FILE}`;
  const emergency = emergencySchema.safeParse(emergencyJson);
  if (!emergency.success) problems.push(...schemaProblems(emergencyFile, emergency.error));
  const loaded = {
    home: await loadOne(folder, SITE_PROSE_FILES.home, problems),
    talkToDoctor: await loadOne(folder, SITE_PROSE_FILES.talkToDoctor, problems),
    footer: await loadOne(folder, SITE_PROSE_FILES.footer, problems),
    notFound: await loadOne(folder, SITE_PROSE_FILES.notFound, problems),
    prepareWarnings: await loadOne(folder, SITE_PROSE_FILES.prepareWarnings, problems),
  };
  if (problems.length > before || !emergency.success) return undefined;
  const { home, talkToDoctor, footer, notFound, prepareWarnings } = loaded;
  if (!home || !talkToDoctor || !footer || !notFound || !prepareWarnings) return undefined;
  return { home, talkToDoctor, footer, notFound, prepareWarnings, emergency: { ...emergency.data, file: emergencyFile } };
}

/** Every site prose file with its links, for the site's link check ("#" links resolve on the home page). */
export function siteProseLinkSources(prose: SiteProse): { file: string; url: string; links: string[] }[] {
  return siteProseFiles(prose).map(({ file, links }) => ({ file, url: "/", links }));
}

/** The reader-visible text of a site prose file, front matter included, for the reading-grade check (as Markdown). */
export function siteProseText(prose: SiteProseFile): string {
  const extra = "questionsLead" in prose ? [prose.questionsLead, prose.noQuestions] : [];
  return [prose.title ?? "", ...extra, prose.body].filter(Boolean).join("\n\n");
}

/** The site prose files, by name, for the content checks. */
export function siteProseFiles(prose: SiteProse): SiteProseFile[] {
  return (Object.keys(SITE_PROSE_FILES) as SiteProseName[]).map((name) => prose[name]);
}
