import { z } from "zod";
import { SECTION_SLUGS, type SectionSlug } from "./sections";

/**
 * The single definition of what a content file may hold. Types are inferred from these
 * schemas; nothing else in the code base declares the shape of an article.
 */

// The section list lives in sections.ts (no zod there: client code reads it through the route registry).
export { SECTION_SLUGS, type SectionSlug } from "./sections";

/**
 * A date written YYYY-MM-DD: a real calendar date (not 2026-13-45) and not in the future (a
 * review date cannot be promised ahead). Front matter is read with YAML's core schema, so an
 * unquoted date arrives as text and is never rolled over to another day.
 */
export const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  }, "is not a real calendar date")
  .refine((text) => text <= new Date().toISOString().slice(0, 10), "is in the future; give the date the page was really checked");

export const nonEmptyText = z.string().trim().min(1, "must not be empty");

export const sourceSchema = z.strictObject({
  title: nonEmptyText,
  publisher: nonEmptyText,
  year: z.union([z.number().int().min(1900).max(2100), z.literal("n.d.")]),
  url: z.url({ protocol: /^https$/, error: "must be an https:// URL" }),
});
export type Source = z.infer<typeof sourceSchema>;

/** A heading id: lowercase words joined by hyphens, as the heading-id rule writes them. */
const headingId = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, "must be a heading id such as how-is-it-checked");

const commonFields = {
  title: nonEmptyText.max(90, "must be at most 90 characters"),
  description: nonEmptyText.max(160, "must be at most 160 characters (it is used in link previews)"),
  order: z.number().int().min(0),
  lastReviewed: isoDate,
  /**
   * Old heading ids that must keep working after a heading was renamed or the page moved:
   * `old-id: current-id`. The page keeps an anchor with the old id at the current heading.
   */
  headingAliases: z.record(headingId, headingId).optional(),
  /** Filled only when a named clinician really reviewed the page; shown on the page when present. */
  clinicalReview: z
    .strictObject({ name: nonEmptyText, credentials: nonEmptyText, date: isoDate })
    .optional(),
};

/**
 * How soon a checklist symptom needs care, matching the page's own call-outs: `emergency`
 * (call the emergency number now) or `urgent` (call the care team the same day).
 */
const CHECKLIST_WARNINGS = ["emergency", "urgent"] as const;
export type ChecklistWarning = (typeof CHECKLIST_WARNINGS)[number];

/** One symptom a reader can tick on the appointment checklist (/prepare), in the page's own words. */
const checklistItemSchema = z.strictObject({
  symptom: nonEmptyText.max(120, "must be at most 120 characters"),
  warning: z.enum(CHECKLIST_WARNINGS, { error: `must be one of: ${CHECKLIST_WARNINGS.join(", ")}` }).optional(),
});

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
   * Symptom pages only (each lists at least two: tests/content checks it, as the schema does
   * not know a page's section here): the symptoms the page describes, for the appointment
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
const glossaryTermSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  term: nonEmptyText,
  pronunciation: nonEmptyText.optional(),
  aliases: z.array(nonEmptyText).default([]),
  definition: nonEmptyText.refine((text) => text.split(/\s+/).length <= 40, "must be at most 40 words"),
});
export const glossarySchema = z.array(glossaryTermSchema).min(1, "must list at least one term");
export type GlossaryTerm = z.infer<typeof glossaryTermSchema> & {
  /** The definition rendered from its inline Markdown (emphasis, links), sanitised. */
  definitionHtml: string;
  /** The site paths the definition links to, for the build's link check. */
  definitionLinks: string[];
};

/* ---------------------------------------------------------------------------------------------
 * Medicines: content/medicines/<generic-name>.md
 *
 * A medicine page is an article with a fixed set of safety facts in its front matter. Every
 * fact is required (write "None known." where that is the fact), so a page cannot silently
 * leave out a safety section; the page renders them in one fixed order, and the tables on the
 * A to Z, pregnancy and vaccines pages are generated from the same data.
 * ------------------------------------------------------------------------------------------- */

/** The section whose pages are medicines (front matter checked by medicineFrontMatterSchema). */
export const MEDICINE_SECTION: SectionSlug = "medicines";

/**
 * The values a medicine's front matter may hold, each a key to itself (so a table can be checked
 * with Object.hasOwn). The words readers see for them are in the dictionary (src/lib/i18n).
 */
function keySet<const Key extends string>(keys: readonly Key[]): { readonly [K in Key]: K } {
  return Object.fromEntries(keys.map((key) => [key, key])) as { [K in Key]: K };
}

/** Medicine groups, for the class pages and the A to Z table. */
export const MEDICINE_CLASSES = keySet(["antimalarial", "steroid", "immunosuppressant", "biologic", "pain-and-inflammation", "blood-thinner", "skin-treatment", "kidney-protection"]);
export type MedicineClass = keyof typeof MEDICINE_CLASSES;

/** The generated medicine tables an article can place with `::medicine-table{view="..."}`. */
export const MEDICINE_TABLE_VIEWS = ["a-to-z", "pregnancy-and-vaccines"] as const;
export type MedicineTableView = (typeof MEDICINE_TABLE_VIEWS)[number];

/** Whether the FDA has approved the medicine for lupus, or doctors use it "off-label". */
const APPROVAL_STATUSES = keySet(["approved", "approved-for-nephritis", "off-label"]);

/**
 * Pregnancy, in four plain states. "stop-before" needs `stopBefore` (how long before trying to
 * conceive); "limited-data" is for medicines where experts say not enough is known and the plan
 * is made case by case with the care team.
 */
const PREGNANCY_STATUSES = keySet(["compatible", "stop-before", "avoid", "limited-data"]);

const BREASTFEEDING_STATUSES = keySet(["compatible", "avoid", "ask-your-team"]);

const LIVE_VACCINE_STATUSES = keySet(["allowed", "avoid", "ask-your-team"]);

/** How soon a serious side effect needs care; the same two levels as the page call-outs. */
const CARE_LEVELS = CHECKLIST_WARNINGS;

const statusOf = <T extends Record<string, string>>(table: T) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]], {
    error: `must be one of: ${Object.keys(table).join(", ")}`,
  });

const sentence = nonEmptyText.max(400, "must be at most 400 characters (put longer explanations in the body)");
const sentenceList = (what: string) => z.array(sentence).min(1, `must list at least one ${what} (write "None known." if that is the fact)`);

export const medicineFactsShape = {
  /** Generic names the page covers, first the main one: [prednisone, prednisolone, methylprednisolone]. */
  genericNames: z.array(nonEmptyText).min(1, "must list at least one generic name"),
  /** US brand names, and UK ones where they differ (say "(UK)"); "None (generic only)" if that is the fact. */
  brandNames: z.array(nonEmptyText).min(1, 'must list at least one brand name (write "None (generic only)" if that is the fact)'),
  medicineClass: statusOf(MEDICINE_CLASSES),
  /** What it treats in lupus, in one or two plain sentences. */
  usedFor: sentence,
  approval: z.strictObject({ status: statusOf(APPROVAL_STATUSES), details: sentence }),
  /** How it is taken (tablet, injection, drip) and how often, in words ("once a week, on the same day"). */
  howTaken: sentence,
  howOften: sentence,
  timeToWork: sentence,
  testsBeforeStarting: sentenceList("test or check"),
  monitoring: z
    .array(z.strictObject({ test: nonEmptyText, howOften: nonEmptyText }))
    .min(1, 'must list at least one check (a row "None routinely needed" is allowed where that is the fact)'),
  boxedWarning: sentence,
  commonSideEffects: sentenceList("side effect"),
  seriousSideEffects: z
    .array(
      z.strictObject({
        sign: sentence,
        care: z.enum(CARE_LEVELS, { error: `must be one of: ${CARE_LEVELS.join(", ")}` }),
      }),
    )
    .min(1, "must list the serious side effects, each with its care level"),
  pregnancy: z.strictObject({
    status: statusOf(PREGNANCY_STATUSES),
    /** Required when status is stop-before: how long before trying to conceive ("at least 6 weeks"). */
    stopBefore: nonEmptyText
      .refine((text) => !/\bbefore\W*$/i.test(text), 'is shown as "(... before)": write only the time, e.g. "at least 6 weeks"')
      .optional(),
    details: sentence,
  }),
  contraception: sentence,
  breastfeeding: z.strictObject({ status: statusOf(BREASTFEEDING_STATUSES), details: sentence }),
  fertility: sentence,
  liveVaccines: z.strictObject({ status: statusOf(LIVE_VACCINE_STATUSES), details: sentence }),
  interactions: z
    .array(z.strictObject({ with: nonEmptyText, effect: sentence }))
    .min(1, 'must list key interactions (a row with "None known" is allowed where that is the fact)'),
};

/** A medicine page: the article fields (no `order`: medicines are listed A to Z) plus its facts. */
export const medicineFrontMatterSchema = z
  .strictObject({
    ...articleFrontMatterSchema.omit({ order: true, checklist: true }).shape,
    ...medicineFactsShape,
  })
  .superRefine((medicine, context) => {
    if (medicine.pregnancy.status === "stop-before" && !medicine.pregnancy.stopBefore) {
      context.addIssue({ code: "custom", path: ["pregnancy", "stopBefore"], message: 'is required when pregnancy.status is "stop-before"' });
    }
    if (medicine.pregnancy.status !== "stop-before" && medicine.pregnancy.stopBefore) {
      context.addIssue({ code: "custom", path: ["pregnancy", "stopBefore"], message: 'is only for pregnancy.status "stop-before"' });
    }
  });
type MedicineFrontMatter = z.infer<typeof medicineFrontMatterSchema>;
export type MedicineFacts = Omit<MedicineFrontMatter, keyof ArticleFrontMatter>;

/* ---------------------------------------------------------------------------------------------
 * Test results: content/tests/<slug>.md
 *
 * A test page is an article with the facts a reader needs to understand a result in its front
 * matter: the names a report may print, verified LOINC codes, what is measured, what a result can
 * and cannot mean, how often it is checked, and which results need prompt contact. All required,
 * rendered in one fixed order; the finder, the JSON index and the code addresses read the same data.
 * ------------------------------------------------------------------------------------------- */

/** The section whose pages are lab tests (front matter checked by labTestFrontMatterSchema). */
export const LAB_TEST_SECTION: SectionSlug = "tests";

/** How soon a result needs the care team: the site's three call-out levels. */
const RESULT_CARE_LEVELS = ["emergency", "urgent", "talk-to-doctor"] as const;

export const labTestFactsShape = {
  /** Every name a lab report or patient portal may print for this test ("C3 COMPLEMENT", "UPCR"). */
  reportNames: z.array(nonEmptyText.max(80)).min(1, "must list at least one name a report may use"),
  /** LOINC codes verified in the fact brief (left out when unverified); [] when none is verified. */
  loinc: z.array(
    z.strictObject({
      code: z.string().regex(/^\d{1,7}-\d$/, "must be a LOINC code such as 5048-4"),
      name: nonEmptyText,
    }),
  ),
  measures: sentence,
  whyInLupus: sentence,
  howReported: sentence,
  highOrPositive: sentence,
  lowOrNegative: sentence,
  doesNotMean: sentence,
  howOften: sentence,
  promptContact: z
    .array(
      z.strictObject({
        result: sentence,
        care: z.enum(RESULT_CARE_LEVELS, { error: `must be one of: ${RESULT_CARE_LEVELS.join(", ")}` }),
      }),
    )
    .min(1, 'must say which results need contact with the care team (a "talk-to-doctor" row where none is urgent)'),
};

/** A test page: the article fields (no `order`: tests are listed A to Z) plus its facts. */
export const labTestFrontMatterSchema = z.strictObject({
  ...articleFrontMatterSchema.omit({ order: true, checklist: true }).shape,
  ...labTestFactsShape,
});
type LabTestFrontMatter = z.infer<typeof labTestFrontMatterSchema>;
export type LabTestFacts = Omit<LabTestFrontMatter, keyof ArticleFrontMatter>;
