/**
 * Build step: an HTML page at each old address in content/moves.yml, for plain static hosts
 * that cannot send a redirect. It tells search engines where the page went (canonical link,
 * noindex), sends the reader on with a meta refresh that works without JavaScript, and a small
 * script first keeps any #section of the old link. Hosts that can redirect do so instead
 * (serve.ts, out/_redirects, the nginx snippet), so readers there never see this page.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readMoves, type Move } from "../lib/content/moves";
import { absoluteUrl } from "../lib/site";
import { dictionaryFor, format } from "../lib/i18n";
import { ContentError, type ContentProblem } from "../lib/content/errors";
import { contentDir } from "../lib/content/paths";
import { runIfMain } from "./run-if-main";

const OUT = "out";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The stand-in page for one moved address. */
export function movedPageHtml(move: Move): string {
  const to = escapeHtml(move.to);
  const t = dictionaryFor();
  const [before = "", after = ""] = t.movedPage.nowAt.split("{link}");
  return `<!DOCTYPE html>
<html lang="${escapeHtml(t.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(format(t.movedPage.title, { site: t.site.name }))}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteUrl(move.to))}">
<script src="/moved.js" data-to="${to}"></script>
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>${escapeHtml(t.movedPage.heading)}</h1>
<p>${escapeHtml(before)}<a href="${to}">${escapeHtml(absoluteUrl(move.to))}</a>${escapeHtml(after)}</p>
</main>
</body>
</html>
`;
}

export function writeMovedPages(contentDir: string, out = OUT): number {
  const problems: ContentProblem[] = [];
  const moves = readMoves(contentDir, problems);
  if (problems.length > 0) throw new ContentError(problems);
  for (const move of moves) {
    const file = path.join(out, `${move.from.slice(1)}.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, movedPageHtml(move));
  }
  return moves.length;
}

runIfMain(import.meta.url, () => {
  const count = writeMovedPages(contentDir());
  console.log(`Moved pages: ${count} old address${count === 1 ? "" : "es"} kept working (out/<old>.html, out/_redirects, nginx).`);
});
