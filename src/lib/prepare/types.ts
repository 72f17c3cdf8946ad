import type { ChecklistWarning } from "../content/schema";
import type { PrepareState } from "./state";
import type { Dictionary } from "../i18n";

/** The words of the checklist: handed to the client component as data, so its bundle carries no dictionary. */
export type PrepareWords = Dictionary["prepare"];

/**
 * What the appointment checklist (/prepare) offers, built at build time from the content
 * (src/lib/content/checklist.ts) and handed to the browser as plain data.
 */
export type Warning = ChecklistWarning;

/** One symptom a reader can tick. The id is stable while the page and the wording stay the same. */
export type SymptomOption = { id: string; symptom: string; warning?: Warning };

/** The symptoms of one symptom page ("organ system"), in the page's order. */
export type SymptomGroup = {
  /** The symptom page's slug, e.g. "kidneys". */
  id: string;
  /** A short name for the group, e.g. "Kidneys". */
  label: string;
  /** The page's own title and address, to read more. */
  title: string;
  url: string;
  items: SymptomOption[];
};

/** The "questions to ask" of one page. */
export type QuestionPage = { title: string; url: string; questions: string[] };

/** The question lists of one section of the site, its hub page first. */
export type QuestionSection = { id: string; title: string; pages: QuestionPage[] };

export type PrepareCatalog = {
  symptomGroups: SymptomGroup[];
  questionSections: QuestionSection[];
  /** Generic and brand names from the medicine pages, suggested as the reader types a medicine. */
  medicineNames: string[];
};

/** How a part of the checklist changes the saved state: PrepareTool owns the state, its parts propose changes. */
export type UpdateState = (change: (state: PrepareState) => PrepareState) => void;
