/**
 * `npm start`: builds out/ if it is missing or older than its sources, then serves it on
 * http://localhost:$PORT (3000 by default) with serve-handler (the engine of `serve`) and the
 * headers defined in hosting.ts, compressed (gzip) like any production host. Unknown or
 * malformed paths get the site's 404 page, status 404.
 *
 * Without SITE_URL it builds for the address it serves (http://localhost:$PORT), so canonical
 * links, the sitemap, copied links and QR codes open; a different port means a rebuild.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import handler from "serve-handler";
import compression from "compression";
import { isBuildFresh } from "./build-stamp";
import { caseRedirectFor, fallbackPageFor, headersFor, lowerCasePaths, redirectFor, safeSitePath } from "./hosting";
import { exportedPages } from "./exported-pages";
import { FIXED_PAGES } from "../lib/routes";
import { localSiteUrl } from "./site-url";
import { readMoves } from "../lib/content/moves";
import { contentDir } from "../lib/content/paths";
import { SEARCH_FILES, type NoScriptPage } from "../lib/search";
import { withNoScriptResults } from "./no-script-search";
import { runIfMain } from "./run-if-main";

const OUT = "out";

/** Builds out/ when it is not fresh, then serves it on 127.0.0.1:`port` until SIGINT or SIGTERM. */
export function serve(port = Number(process.env.PORT ?? 3000)): http.Server {
  // The build (and the freshness check, which compares it) uses the address this server answers on.
  if (!process.env.SITE_URL) process.env.SITE_URL = localSiteUrl(port);

  if (!isBuildFresh()) {
    console.log(`out/ is missing, older than its sources or built for another address: building it for ${process.env.SITE_URL} first.`);
    const build = spawnSync("node_modules/.bin/tsx", ["src/build/build.ts"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // Moves were checked by the build; a problem here would have stopped it.
  const moves = readMoves(contentDir(), []);

  let noScriptIndex: NoScriptPage[] | undefined;
  const noScriptPages = () => (noScriptIndex ??= JSON.parse(readFileSync(path.join(OUT, SEARCH_FILES.noScriptIndex), "utf8")) as NoScriptPage[]);
  let patientWords: Parameters<typeof withNoScriptResults>[3] | undefined;
  const patientWordsForQueries = () => (patientWords ??= JSON.parse(readFileSync(path.join(OUT, SEARCH_FILES.patientWords), "utf8")) as Parameters<typeof withNoScriptResults>[3]);
  // Every page's address, so one typed with other capital letters is sent to the page.
  const knownPaths = lowerCasePaths(exportedPages(OUT).map(([sitePath]) => sitePath).filter((sitePath) => sitePath !== "/404"));

  // The exported search page, read once: the answer without JavaScript fills it in per request.
  let searchPage: string | undefined;
  const searchPageHtml = () => (searchPage ??= readFileSync(path.join(OUT, "search.html"), "utf8"));

  const notFoundPage = () => readFileSync(path.join(OUT, "404.html"));

  // compression is written as Express middleware, but it only uses Node's own request and response.
  const compress = compression() as unknown as (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;

  const server = http.createServer((request, response) => compress(request, response, () => respond(request, response)));

  function respond(request: http.IncomingMessage, response: http.ServerResponse) {
    const [rawPath, ...queryParts] = (request.url ?? "/").split("?");
    const sitePath = safeSitePath(rawPath);
    for (const [name, value] of Object.entries(headersFor(sitePath ?? "/404"))) response.setHeader(name, value);
    const query = queryParts.length > 0 ? `?${queryParts.join("?")}` : "";
    const redirect = sitePath && (redirectFor(moves, sitePath, query) ?? caseRedirectFor(knownPaths, sitePath, query));
    if (redirect) {
      response.writeHead(301, { Location: redirect });
      response.end();
      return;
    }
    if (!sitePath) {
      response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      response.end(request.method === "HEAD" ? undefined : notFoundPage());
      return;
    }
    // Without JavaScript the search page cannot read its query: the server answers it.
    const searchQuery = sitePath === FIXED_PAGES.search.pattern ? new URLSearchParams(queryParts.join("?")).get("q")?.trim() : undefined;
    if (searchQuery) {
      const html = withNoScriptResults(searchPageHtml(), searchQuery, noScriptPages(), patientWordsForQueries());
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(request.method === "HEAD" ? undefined : html);
      return;
    }
    // An unknown address under a fallback prefix (an unknown lab code) gets its helpful page.
    const fallback = fallbackPageFor(sitePath);
    if (fallback && !existsSync(path.join(OUT, `${sitePath.replace(/\/+$/, "")}.html`))) request.url = fallback;
    handler(request, response, { public: OUT, cleanUrls: true, trailingSlash: false, directoryListing: false }).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  }

  server.listen(port, "127.0.0.1", () => console.log(`Lupus Guide: http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
  return server;
}

runIfMain(import.meta.url, () => serve());
