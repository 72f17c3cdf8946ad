/**
 * Prints the Flesch-Kincaid grade of each article body: `npm run readability [files...]`.
 * The content tests hold every article to grade 8 or below; this is the writer's tool.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { fleschKincaidGradeOfMarkdown } from "../lib/content/readability";
import { contentDir } from "../lib/content/paths";
import { runIfMain } from "./run-if-main";

/** Every Markdown page under the content folder, as paths relative to the project. */
function allContentMarkdownFiles(): string[] {
  return readdirSync(contentDir(), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Prints each file's grade and the median. */
export function readabilityReport(files: string[]): void {
  const grades: number[] = [];
  for (const file of files) {
    const { content } = matter(readFileSync(file, "utf8"));
    const grade = fleschKincaidGradeOfMarkdown(content);
    grades.push(grade);
    const words = content.split(/\s+/).filter(Boolean).length;
    console.log(`${grade.toFixed(1).padStart(5)}  ${grade > 8 ? "TOO HARD" : "ok      "}  ${String(words).padStart(5)} words  ${file}`);
  }
  grades.sort((a, b) => a - b);
  if (grades.length > 0) console.log(`median grade ${grades[Math.floor(grades.length / 2)].toFixed(1)} over ${grades.length} files`);
}

runIfMain(import.meta.url, () => readabilityReport(process.argv.slice(2).length > 0 ? process.argv.slice(2) : allContentMarkdownFiles()));
