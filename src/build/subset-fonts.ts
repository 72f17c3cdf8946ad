/**
 * Build step before `next build`: subsets Atkinson Hyperlegible Next, the Braille Institute's
 * variable successor to Atkinson Hyperlegible (same letterforms made to tell apart: I, l, 1;
 * 0, O; open a, e, g), to the characters the site uses (printable ASCII plus every other
 * character in the content, the glossary, the components and the site's scripts) and to the
 * weights 400 to 700 (the weight axis cut to that range: most of the saving). One file of
 * about 12 KB holds both weights the site uses, where two static Atkinson Hyperlegible files
 * took about 22 KB and two requests (the options are measured in bench/results.md). Also:
 *   - only the OpenType features browsers apply by default (kerning, ligatures, marks) are kept,
 *     not the font's stylistic sets, which the site never turns on;
 *   - any TrueType hinting is dropped: browsers ignore it on phones, Macs and high-resolution
 *     screens, and on Windows unhinted outlines are rendered with the system's smoothing.
 * The glyph shapes and metrics are the font's own; next/font sizes the fallback to them.
 * The result goes to node_modules/.cache (not a source folder, so it does not make the build
 * look stale), where src/app/fonts.ts loads it with next/font/local.
 * A character outside the set still shows, in the fallback font.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { contentDir } from "../lib/content/paths";
import { runIfMain } from "./run-if-main";

const SOURCE = path.join("node_modules", "@fontsource-variable", "atkinson-hyperlegible-next", "files", "atkinson-hyperlegible-next-latin-wght-normal.woff2");
export const SUBSET_DIR = path.join("node_modules", ".cache", "lupus-guide", "fonts");
/** The file src/app/fonts.ts loads. */
const SUBSET_FILE = "atkinson-hyperlegible-next-400-700.woff2";
const TEXT_FILES = /\.(md|yml|ts|tsx|js|mjs)$/;
/** The OpenType features browsers turn on by default for Latin text; the rest are never used. */
const DEFAULT_FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "rclt", "curs"];

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILES.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function charactersUsed(): string {
  const characters = new Set<string>();
  for (let code = 0x20; code < 0x7f; code += 1) characters.add(String.fromCharCode(code));
  const roots = [contentDir(), "src", "public"];
  for (const file of roots.flatMap(filesUnder)) {
    for (const character of readFileSync(file, "utf8")) if ((character.codePointAt(0) ?? 0) > 0x7f) characters.add(character);
  }
  return [...characters].join("");
}

/** Writes the subset font file to SUBSET_DIR. */
export async function subsetFonts(): Promise<void> {
  const characters = charactersUsed();
  mkdirSync(SUBSET_DIR, { recursive: true });
  const original = readFileSync(SOURCE);
  const subset = await subsetFont(original, characters, {
    targetFormat: "woff2",
    keepFeatures: DEFAULT_FEATURES,
    noHinting: true,
    // Only the weights the site sets (regular text, bold headings); the rest of the axis is dropped.
    variationAxes: { wght: { min: 400, max: 700 } },
  });
  writeFileSync(path.join(SUBSET_DIR, SUBSET_FILE), subset);
  console.log(`Font subset to ${characters.length} characters: ${Math.round(original.length / 1024)} KB -> ${Math.round(subset.length / 1024)} KB.`);
}

runIfMain(import.meta.url, subsetFonts);
