import { readdirSync } from "node:fs";
import path from "node:path";

const OUT = "out";

/** Every exported HTML file, as [site path, file]. */
export function exportedPages(directory = OUT): [string, string][] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" || entry.name === "pagefind" ? [] : exportedPages(file);
    if (!entry.name.endsWith(".html")) return [];
    const sitePath = `/${path.relative(OUT, file).slice(0, -".html".length)}`.replace(/\/index$/, "") || "/";
    return [[sitePath, file]];
  });
}
