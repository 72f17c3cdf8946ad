import type { ContentProblem } from "./errors";
import { CHECKLIST_SECTION, type ArticleFrontMatter } from "./schema";

/**
 * Rules for a checklist that the schema alone cannot state: only symptom pages have one, a
 * symptom is listed once, and a warning flag needs a call-out of the same kind on the page.
 * `callouts` are the call-out kinds the rendered page shows (renderMarkdown reports them), so a
 * call-out inside a comment or a code block does not count.
 */
export function checklistProblems(file: string, article: ArticleFrontMatter, callouts: readonly string[]): ContentProblem[] {
  if (!article.checklist) return [];
  if (article.section !== CHECKLIST_SECTION) {
    return [{ file, field: "checklist", message: `is only for pages in content/${CHECKLIST_SECTION}/ (the appointment checklist reads it from there)` }];
  }
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  article.checklist.forEach((item, index) => {
    const key = item.symptom.toLowerCase();
    if (seen.has(key)) problems.push({ file, field: `checklist.${index}.symptom`, message: `"${item.symptom}" is listed twice` });
    seen.add(key);
    if (item.warning && !callouts.includes(item.warning)) {
      problems.push({
        file,
        field: `checklist.${index}.warning`,
        message: `is "${item.warning}" but the page has no ${item.warning} call-out (:::${item.warning}) listing it`,
      });
    }
  });
  return problems;
}
