import { readdirSync } from "node:fs";
import path from "node:path";

const OUT = "out";
/** Folders of out/ that hold the framework's files and the search index, not pages. */
const NOT_PAGES = new Set(["_next", "pagefind"]);

/** Every exported HTML page under `directory` (out/ by default), as [site path, file]. */
export function exportedPages(directory = OUT): [string, string][] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !NOT_PAGES.has(path.relative(directory, file).split(path.sep)[0]))
    .map((file): [string, string] => [`/${path.relative(directory, file).slice(0, -".html".length).split(path.sep).join("/")}`.replace(/\/index$/, "") || "/", file]);
}
