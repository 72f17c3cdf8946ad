import { markdownToPlainText } from "../markdown/plain-text";
import type { Page } from "./types";

/** Each loaded page's text, worked out once: the loader's checks and the search index both read it. */
const textOfPage = new WeakMap<Page, string>();

/** Everything a reader can read on a page, as plain text: its front matter's words and its body. */
export function readerText(page: Page): string {
  let text = textOfPage.get(page);
  if (text === undefined) {
    const facts = page.kind === "article" ? stringsIn([page.medicine, page.labTest, page.checklist]) : [];
    text = [page.title, page.description, ...(page.keyPoints ?? []), ...(page.askYourDoctor ?? []), ...facts, markdownToPlainText(page.body)].join("\n");
    textOfPage.set(page, text);
  }
  return text;
}

/** The text values in front matter facts (a medicine's side effects, a test's report names). */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}
