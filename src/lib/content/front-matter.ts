import { z } from "zod";
import type { ContentProblem } from "./errors";
import { parseFrontMatter, readContentText } from "./read-source";
import {
  articleFrontMatterSchema,
  LAB_TEST_SECTION,
  labTestFactsShape,
  labTestFrontMatterSchema,
  MEDICINE_SECTION,
  medicineFactsShape,
  medicineFrontMatterSchema,
  type LabTestFacts,
  type MedicineFacts,
} from "./schema";

/** A content file's front matter and body, read as untrusted input (read-source.ts). */
export function readFrontMatter(absoluteFile: string, file: string, problems: ContentProblem[]) {
  const text = readContentText(absoluteFile, file, problems);
  return text === undefined ? undefined : parseFrontMatter(text, file, problems);
}

/** The two halves of a medicine's front matter, parsed apart (unknown keys are stripped: the strict parse has refused them). */
const medicineFactsSchema = z.object(medicineFactsShape);
const medicineArticleFieldsSchema = articleFrontMatterSchema.omit({ order: true, checklist: true }).strip();
const labTestFactsSchema = z.object(labTestFactsShape);

/**
 * Front matter by folder: pages in content/medicines/ are medicines (the article fields plus
 * the required safety facts, which go into `medicine`), pages in content/tests/ are test pages
 * (their facts go into `labTest`); every other page is an article.
 */
export function parseArticleFrontMatter(folder: string, data: unknown) {
  if (folder === LAB_TEST_SECTION) {
    const checked = labTestFrontMatterSchema.safeParse(data);
    if (!checked.success) return checked;
    const labTest: LabTestFacts = labTestFactsSchema.parse(data);
    return { success: true as const, data: { ...medicineArticleFieldsSchema.parse(data), order: 0, labTest } };
  }
  if (folder !== MEDICINE_SECTION) return articleFrontMatterSchema.safeParse(data);
  const checked = medicineFrontMatterSchema.safeParse(data);
  if (!checked.success) return checked;
  const medicine: MedicineFacts = medicineFactsSchema.parse(data);
  return { success: true as const, data: { ...medicineArticleFieldsSchema.parse(data), order: 0, medicine } };
}
