import { readFileSync, statSync } from "node:fs";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { ContentProblem } from "./errors";

/**
 * Reading a content file as untrusted input: bounded in size, strict UTF-8 without control
 * characters, front matter as plain YAML only. Every refusal names the file, and the line where
 * it can. The limits are in README.md ("Limits on content files").
 */
const CONTENT_LIMITS = {
  /** A page is a few thousand words; 256 KB is about ten times the longest one. */
  maxFileBytes: 256 * 1024,
  maxLineLength: 5_000,
  /** Lists or block quotes inside one another. */
  maxNestingDepth: 8,
};

/** The file's text, or undefined with the problems recorded. */
export function readContentText(absoluteFile: string, file: string, problems: ContentProblem[]): string | undefined {
  const size = statSync(absoluteFile).size;
  if (size > CONTENT_LIMITS.maxFileBytes) {
    problems.push({ file, field: "file", message: `is ${Math.round(size / 1024)} KB; the limit is ${CONTENT_LIMITS.maxFileBytes / 1024} KB (split the page)` });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(readFileSync(absoluteFile));
  } catch {
    problems.push({ file, field: "file", message: "is not valid UTF-8 text; save it as UTF-8" });
    return undefined;
  }
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    // Tabs are fine; every other control character (NUL included) is not text.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(line)) {
      problems.push({ file, field: `line ${index + 1}`, message: "contains a control character (such as a NUL byte); remove it" });
      return undefined;
    }
    if (line.length > CONTENT_LIMITS.maxLineLength) {
      problems.push({ file, field: `line ${index + 1}`, message: `is ${line.length} characters long; the limit is ${CONTENT_LIMITS.maxLineLength}` });
      return undefined;
    }
  }
  const depth = deepestNesting(lines);
  if (depth.depth > CONTENT_LIMITS.maxNestingDepth) {
    problems.push({ file, field: `line ${depth.line}`, message: `nests lists or quotes ${depth.depth} deep; the limit is ${CONTENT_LIMITS.maxNestingDepth}` });
    return undefined;
  }
  return text;
}

/** How deep block quotes and lists nest, measured on the raw lines before any parsing. */
function deepestNesting(lines: string[]): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  lines.forEach((line, index) => {
    const quotes = /^(\s*>)+/.exec(line)?.[0].split(">").length ?? 1;
    const indent = /^(\s*)([-*+]|\d+[.)])\s/.exec(line)?.[1].replace(/\t/g, "    ").length;
    const listDepth = indent === undefined ? 0 : Math.floor(indent / 2) + 1;
    const depth = Math.max(quotes - 1, listDepth);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}

const NO_ENGINE = () => {
  throw new Error("front matter must be YAML");
};

/**
 * Front matter and body. Only YAML is read, with the plain core schema: no JavaScript or other
 * engines (gray-matter would run `---js`), no custom tags, dates left as text for the schema to
 * check. A file that opens with "---" plus a language name is refused.
 */
/**
 * A top-level YAML content file (glossary.yml, patient-words.yml): read with the same limits as
 * pages and parsed strictly. Undefined, with the problem recorded, when it cannot be read.
 */
export function readYamlContent(absoluteFile: string, file: string, problems: ContentProblem[]): unknown {
  const text = readContentText(absoluteFile, file, problems);
  if (text === undefined) return undefined;
  try {
    return parseYaml(text, { uniqueKeys: true, maxAliasCount: 50 });
  } catch (error) {
    problems.push({ file, field: "file", message: `is not valid YAML (${(error as Error).message.split("\n")[0]})` });
    return undefined;
  }
}

export function parseFrontMatter(text: string, file: string, problems: ContentProblem[]): { data: unknown; body: string } | undefined {
  const opening = /^---([^\r\n]*)\r?\n/.exec(text);
  if (opening && opening[1].trim() !== "") {
    problems.push({ file, field: "front matter", message: `opens with "---${opening[1]}"; front matter is plain YAML and opens with "---" alone` });
    return undefined;
  }
  try {
    const { data, content } = matter(text, {
      language: "yaml",
      engines: {
        yaml: (source: string) => parseYaml(source, { schema: "core", uniqueKeys: true, maxAliasCount: 50 }) ?? {},
        js: NO_ENGINE,
        javascript: NO_ENGINE,
        coffee: NO_ENGINE,
        json: NO_ENGINE,
        toml: NO_ENGINE,
      },
    });
    return { data, body: content };
  } catch (error) {
    problems.push({ file, field: "front matter", message: `is not valid YAML (${(error as Error).message.split("\n")[0]})` });
    return undefined;
  }
}
