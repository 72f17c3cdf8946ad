import type { LabTest } from "./types";
import { absoluteUrl } from "../site";
import { defaultLocale } from "../i18n";

/** One name a report may print, with the test page it belongs to (the finder's A to Z rows). */
export type ReportName = { name: string; title: string; url: string };

/** Every report name of every test, A to Z, each once per page. */
export function reportNamesAToZ(labTests: LabTest[]): ReportName[] {
  const rows = labTests.flatMap((test) => [test.title, ...test.labTest.reportNames].map((name) => ({ name, title: test.title, url: test.url })));
  const unique = new Map(rows.map((row) => [`${row.url}|${row.name.toLowerCase()}`, row]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, defaultLocale, { sensitivity: "base" }) || a.title.localeCompare(b.title, defaultLocale));
}

/** The words a name is matched by: lower case, punctuation and spacing ignored ("Anti-dsDNA Ab" -> "anti dsdna ab"). */
export function finderWords(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Every LOINC code, with its test page: the /tests/code/<code> addresses. */
export function loincCodes(labTests: LabTest[]): { code: string; name: string; test: LabTest }[] {
  return labTests.flatMap((test) => test.labTest.loinc.map((code) => ({ ...code, test })));
}

/**
 * /tests/index.json: a documented, stable shape for patient portals and clinicians
 * (described in README.md, "Test results index"). Version 1.
 */
export function testIndexJson(labTests: LabTest[]) {
  return {
    version: 1,
    description: "Lupus Guide test-result pages: the names a lab report may print, LOINC codes, and the page that explains the test.",
    tests: labTests.map((test) => ({
      title: test.title,
      url: absoluteUrl(test.url),
      path: test.url,
      reportNames: test.labTest.reportNames,
      loinc: test.labTest.loinc.map((code) => ({ code: code.code, name: code.name, path: `/tests/code/${code.code}` })),
      lastReviewed: test.lastReviewed,
    })),
  };
}
