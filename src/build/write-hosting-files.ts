/** Build step: writes the hosting rules of src/build/hosting.ts and the moves of content/moves.yml for other servers into out/. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { netlifyHeadersFile, nginxSnippet, redirectsFile } from "./hosting";
import { exportedPages } from "./exported-pages";
import { readMoves } from "../lib/content/moves";
import { ContentError, type ContentProblem } from "../lib/content/errors";
import { contentDir } from "../lib/content/paths";
import { runIfMain } from "./run-if-main";

/** Writes out/_headers, out/_redirects and out/_hosting/nginx.conf for the exported pages and the content's moves. */
export function writeHostingFiles(out = "out", folder = contentDir()): void {
  const problems: ContentProblem[] = [];
  const moves = readMoves(folder, problems);
  if (problems.length > 0) throw new ContentError(problems);

  const pagePaths = exportedPages(out).map(([sitePath]) => sitePath).sort();
  writeFileSync(path.join(out, "_headers"), netlifyHeadersFile(pagePaths));
  writeFileSync(path.join(out, "_redirects"), redirectsFile(moves));
  mkdirSync(path.join(out, "_hosting"), { recursive: true });
  writeFileSync(path.join(out, "_hosting", "nginx.conf"), nginxSnippet(moves));
}

runIfMain(import.meta.url, () => {
  writeHostingFiles();
  console.log("Hosting rules written: out/_headers, out/_redirects, out/_hosting/nginx.conf");
});
