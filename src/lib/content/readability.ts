import readability from "text-readability";
import { markdownToPlainText } from "../markdown/plain-text";

/** Flesch-Kincaid grade of a Markdown body, measured by the text-readability library. */
export function fleschKincaidGradeOfMarkdown(markdown: string): number {
  return readability.fleschKincaidGrade(markdownToPlainText(markdown));
}
