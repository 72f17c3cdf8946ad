/**
 * Build step after `next build`: minifies the site's own scripts in out/ (public/*.js, which
 * Next.js copies as they are). The sources keep their comments, which explain why each
 * enhancement works as it does; readers' phones get the same code in about half the bytes.
 * esbuild only shortens: names visible to other scripts (a script's top level, a module's
 * exports) stay as written, and the syntax is left at the level the source uses.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import { runIfMain } from "./run-if-main";

/** Minifies every .js file directly in `directory`; returns the bytes before and after. */
export function minifyScripts(directory: string): { files: number; before: number; after: number } {
  let before = 0;
  let after = 0;
  const files = readdirSync(directory).filter((name) => name.endsWith(".js"));
  for (const name of files) {
    const file = path.join(directory, name);
    const source = readFileSync(file, "utf8");
    const { code } = transformSync(source, { loader: "js", minify: true, legalComments: "none", sourcefile: name });
    writeFileSync(file, code);
    before += source.length;
    after += code.length;
  }
  return { files: files.length, before, after };
}

runIfMain(import.meta.url, () => {
  const { files, before, after } = minifyScripts("out");
  console.log(`Scripts minified: ${files} files, ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB.`);
});
