/**
 * Build step before `next build`: subsets the two Atkinson Hyperlegible weights to the
 * characters the site uses (printable ASCII plus every other character in the content, the
 * glossary, the components and the site's scripts). Each file shrinks from about 17 KB to
 * about 11 KB. The result goes to node_modules/.cache (not a source folder, so it does not
 * make the build look stale), where src/app/fonts.ts loads it with next/font/local.
 * A character outside the set still shows, in the fallback font.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { contentDir } from "../lib/content/paths";
import { runIfMain } from "./run-if-main";

const SOURCE = path.join("node_modules", "@fontsource", "atkinson-hyperlegible", "files");
export const SUBSET_DIR = path.join("node_modules", ".cache", "lupus-guide", "fonts");
const TEXT_FILES = /\.(md|yml|ts|tsx|js|mjs)$/;

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

/** Writes the two subset font files to SUBSET_DIR. */
export async function subsetFonts(): Promise<void> {
  const characters = charactersUsed();
  mkdirSync(SUBSET_DIR, { recursive: true });
  let before = 0;
  let after = 0;
  for (const weight of ["400", "700"]) {
    const original = readFileSync(path.join(SOURCE, `atkinson-hyperlegible-latin-${weight}-normal.woff2`));
    const subset = await subsetFont(original, characters, { targetFormat: "woff2" });
    writeFileSync(path.join(SUBSET_DIR, `atkinson-hyperlegible-${weight}.woff2`), subset);
    before += original.length;
    after += subset.length;
  }
  console.log(`Fonts subset to ${characters.length} characters: ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB.`);
}

runIfMain(import.meta.url, subsetFonts);
