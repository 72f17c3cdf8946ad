import { z } from "zod";

/**
 * The single definition of what a content file may hold. Types are inferred from these
 * schemas; nothing else in the code base declares the shape of an article.
 */

/** Sections of the site, in the order the navigation shows them. Folder names in content/. */
export const SECTION_SLUGS = [
  "about-lupus",
  "causes",
  "symptoms",
  "diagnosis",
  "treatment",
  "medicines",
  "forms",
  "conditions",
  "living-with-lupus",
  "pregnancy-and-family",
  "life-stages",
  "get-help",
  "caregivers",
  "clinicians",
  "about",
] as const;
export type SectionSlug = (typeof SECTION_SLUGS)[number];

/** YAML turns an unquoted 2026-11-22 into a Date; authors may also quote it. Both become "YYYY-MM-DD". */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
);

const nonEmptyText = z.string().trim().min(1, "must not be empty");

export const sourceSchema = z.strictObject({
  title: nonEmptyText,
  publisher: nonEmptyText,
  year: z.union([z.number().int().min(1900).max(2100), z.literal("n.d.")]),
  url: z.url({ protocol: /^https$/, error: "must be an https:// URL" }),
});
export type Source = z.infer<typeof sourceSchema>;

const commonFields = {
  title: nonEmptyText.max(90, "must be at most 90 characters"),
  description: nonEmptyText.max(160, "must be at most 160 characters (it is used in link previews)"),
  order: z.number().int().min(0),
  lastReviewed: isoDate,
};

/**
 * How soon a checklist symptom needs care, matching the page's own call-outs: `emergency`
 * (call 911 or the local emergency number) or `urgent` (call the care team the same day).
 */
export const CHECKLIST_WARNINGS = ["emergency", "urgent"] as const;
export type ChecklistWarning = (typeof CHECKLIST_WARNINGS)[number];

/** One symptom a reader can tick on the appointment checklist (/prepare), in the page's own words. */
export const checklistItemSchema = z.strictObject({
  symptom: nonEmptyText.max(120, "must be at most 120 characters"),
  warning: z.enum(CHECKLIST_WARNINGS, { error: `must be one of: ${CHECKLIST_WARNINGS.join(", ")}` }).optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** The section whose articles feed the appointment checklist, one group per article. */
export const CHECKLIST_SECTION: SectionSlug = "symptoms";

/** An article: content/<section>/<slug>.md */
export const articleFrontMatterSchema = z.strictObject({
  ...commonFields,
  section: z.enum(SECTION_SLUGS, { error: `must be one of: ${SECTION_SLUGS.join(", ")}` }),
  keyPoints: z.array(nonEmptyText).min(3, "needs at least 3 key points").max(5, "allows at most 5 key points"),
  askYourDoctor: z
    .array(nonEmptyText)
    .min(3, "needs at least 3 questions")
    .max(6, "allows at most 6 questions"),
  sources: z.array(sourceSchema).min(2, "needs at least 2 authoritative sources"),
  /** Optional site paths of related articles, shown after the article. */
  related: z.array(z.string().startsWith("/", "must be a site path starting with /")).optional(),
  /**
   * Symptom pages only, optional: the symptoms the page describes, for the appointment
   * checklist at /prepare. Flag with `warning` the ones the page's emergency or urgent
   * call-out lists.
   */
  checklist: z.array(checklistItemSchema).min(1, "must list at least one symptom when present").optional(),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/**
 * A section page: content/<section>/index.md. It introduces the section (and, for one-page
 * sections such as get-help or about, carries the whole page). Fewer fields are required,
 * but when present they follow the article rules.
 */
export const sectionFrontMatterSchema = z.strictObject({
  ...commonFields,
  /** Short name used in the navigation; defaults to the title. */
  navLabel: nonEmptyText.max(30).optional(),
  keyPoints: articleFrontMatterSchema.shape.keyPoints.optional(),
  askYourDoctor: articleFrontMatterSchema.shape.askYourDoctor.optional(),
  sources: z.array(sourceSchema).optional(),
});
export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;

/** content/glossary.yml: a list of terms. */
export const glossaryTermSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  term: nonEmptyText,
  pronunciation: nonEmptyText.optional(),
  aliases: z.array(nonEmptyText).default([]),
  definition: nonEmptyText.refine((text) => text.split(/\s+/).length <= 40, "must be at most 40 words"),
});
export const glossarySchema = z.array(glossaryTermSchema).min(1, "must list at least one term");
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
