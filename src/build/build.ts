/**
 * `npm run build`: the static site in out/, which is the product.
 *   0. subset-fonts         the font files, cut to the characters the site uses
 *   1. next build           pre-renders every page (static export)
 *   2. strip-framework      content pages ship without the framework's JavaScript
 *   3. search-index         Pagefind index of the final pages
 *   4. write-moved-pages    a stand-in page at each old address (content/moves.yml)
 *   5. write-hosting-files  the security headers and redirects for other hosts (out/_headers, out/_redirects, nginx)
 */
import { spawnSync } from "node:child_process";
import { writeBuildStamp } from "./build-stamp";
import { runIfMain } from "./run-if-main";
import { siteUrlProblem } from "./site-url";

/** Runs one build step; stops the build when it fails. */
function step(command: string, args: string[]) {
  // Telemetry off: otherwise the build tries DNS look-ups that fail on a closed network.
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Settings a real deployment needs; the build still works without them, but says what is missing.
const SETTINGS = [
  ["SITE_FEEDBACK", 'where readers report a problem (mailto: or an issue tracker\'s "new issue" address): pages carry no "Report a problem" link'],
  ["SITE_HISTORY_URL", "the public repository's history address with {file}: pages carry no change-history link"],
] as const;

/** The whole build, step by step, each in its own process; exits the process when one fails. */
export function build(): void {
  // Every absolute address (canonical links, link previews, the sitemap, printed addresses, QR
  // codes, copied links) is built from SITE_URL, so a build without it would publish wrong ones.
  // `npm start` sets it to the address it serves; checked first, before any expensive step.
  const siteUrlError = siteUrlProblem(process.env.SITE_URL);
  if (siteUrlError) {
    console.error(siteUrlError);
    process.exit(1);
  }
  const startedAt = Date.now();
  for (const [name, effect] of SETTINGS) if (!process.env[name]) console.log(`Note: ${name} is not set, so ${effect}.`);

  step("node_modules/.bin/tsx", ["src/build/subset-fonts.ts"]);
  step("node_modules/.bin/next", ["build"]);
  step("node_modules/.bin/tsx", ["src/build/strip-framework.ts"]);
  step("node_modules/.bin/tsx", ["src/build/search-index.ts"]);
  step("node_modules/.bin/tsx", ["src/build/write-moved-pages.ts"]);
  step("node_modules/.bin/tsx", ["src/build/write-hosting-files.ts"]);
  writeBuildStamp(startedAt);
}

runIfMain(import.meta.url, build);
