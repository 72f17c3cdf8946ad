import { existsSync } from "node:fs";
import { renderInlineMarkdown } from "../markdown/inline-markdown";
import { schemaProblems, type ContentProblem } from "./errors";
import { displayPath } from "./paths";
import { readYamlContent } from "./read-source";
import { glossarySchema, type GlossaryTerm } from "./schema";
import { defaultLocale } from "../i18n";

/** The glossary's file at the top of content/; shown on /glossary and linked from every page. */
export const GLOSSARY_FILE = "glossary.yml";

/**
 * Reads and checks the glossary, with each definition rendered, sorted A to Z. Problems are
 * recorded and an empty glossary returned when it cannot be read.
 */
export function loadGlossary(glossaryFile: string, problems: ContentProblem[]): GlossaryTerm[] {
  const file = displayPath(glossaryFile);
  if (!existsSync(glossaryFile)) {
    problems.push({ file, field: "file", message: "is missing" });
    return [];
  }
  const raw = readYamlContent(glossaryFile, file, problems);
  if (raw === undefined) return [];
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...schemaProblems(file, parsed.error));
    return [];
  }
  // Each slug, term and alias may name one entry only, or a link could point at the wrong one.
  const owners = new Map<string, number>();
  parsed.data.forEach((entry, index) => {
    for (const [field, name] of [
      ["slug", entry.slug],
      ["term", entry.term],
      ...entry.aliases.map((alias, aliasIndex) => [`aliases.${aliasIndex}`, alias]),
    ] as const) {
      const key = field === "slug" ? `slug:${name}` : `name:${name.toLowerCase()}`;
      const owner = owners.get(key);
      if (owner !== undefined && owner !== index) {
        problems.push({ file, field: `${index}.${field}`, message: `"${name}" is already used by the term "${parsed.data[owner].slug}"` });
      } else owners.set(key, index);
    }
  });
  return parsed.data
    .map((entry) => {
      const { html, links } = renderInlineMarkdown(entry.definition);
      return { ...entry, definitionHtml: html, definitionLinks: links };
    })
    .sort((a, b) => a.term.localeCompare(b.term, defaultLocale, { sensitivity: "base" }));
}
