/**
 * `npm run build`: the static site in out/, which is the product.
 *   0. subset-fonts         the font file, cut to the characters and weights the site uses
 *   1. next build           pre-renders every page (static export)
 *   2. strip-framework      content pages ship without the framework's JavaScript
 *      minify-scripts       the site's own scripts (public/*.js), minified in out/
 *   3. search-index         Pagefind index of the final pages
 *   4. write-moved-pages    a stand-in page at each old address (content/moves.yml)
 *   5. write-hosting-files  the security headers and redirects for other hosts (out/_headers, out/_redirects, nginx)
 * At the end it prints how long each step took (and, within `next build`, Next's own phases).
 */
import { spawn } from "node:child_process";
import { writeBuildStamp } from "./build-stamp";
import { runIfMain } from "./run-if-main";
import { siteUrlProblem } from "./site-url";

/**
 * Seconds each step took, printed at the end (and read by `npm run bench`). Within `next build`,
 * Next's own phase times are picked out of its output: compiling, type checking, and writing the
 * static pages (which includes rendering the Open Graph images).
 */
const NEXT_PHASES: [string, RegExp][] = [
  ["next compile", /Compiled successfully in ([\d.]+)(ms|s|min)\b/],
  ["next typecheck", /Finished TypeScript in ([\d.]+)(ms|s|min)\b/],
  ["next static pages + Open Graph images", /Generating static pages.*\) in ([\d.]+)(ms|s|min)\b/],
];
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, min: 60 };

/** Runs one build step, passing its output through; stops the build when it fails. */
async function step(stepSeconds: Record<string, number>, name: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  // Telemetry off: otherwise the build tries DNS look-ups that fail on a closed network.
  const child = spawn(command, args, { stdio: ["inherit", "pipe", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk.toString();
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (status !== 0) process.exit(status ?? 1);
  Object.assign(stepSeconds, nextPhaseSeconds(output));
  stepSeconds[name] = (performance.now() - started) / 1000;
}

/** The seconds of each of Next's phases that `next build` printed in `output`. */
export function nextPhaseSeconds(output: string): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const [phase, pattern] of NEXT_PHASES) {
    const match = pattern.exec(output);
    if (match) seconds[phase] = Number(match[1]) * UNIT_SECONDS[match[2]];
  }
  return seconds;
}

// Settings a real deployment needs; the build still works without them, but says what is missing.
const SETTINGS = [
  ["SITE_FEEDBACK", 'where readers report a problem (mailto: or an issue tracker\'s "new issue" address): pages carry no "Report a problem" link'],
  ["SITE_HISTORY_URL", "the public repository's history address with {file}: pages carry no change-history link"],
] as const;

/** The whole build, step by step, each in its own process; exits the process when one fails. */
export async function build(): Promise<void> {
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

  const seconds: Record<string, number> = {};
  await step(seconds, "fonts", "node_modules/.bin/tsx", ["src/build/subset-fonts.ts"]);
  await step(seconds, "next build", "node_modules/.bin/next", ["build"]);
  await step(seconds, "strip runtime", "node_modules/.bin/tsx", ["src/build/strip-framework.ts"]);
  await step(seconds, "minify scripts", "node_modules/.bin/tsx", ["src/build/minify-scripts.ts"]);
  await step(seconds, "search index", "node_modules/.bin/tsx", ["src/build/search-index.ts"]);
  await step(seconds, "moved pages", "node_modules/.bin/tsx", ["src/build/write-moved-pages.ts"]);
  await step(seconds, "hosting files", "node_modules/.bin/tsx", ["src/build/write-hosting-files.ts"]);
  writeBuildStamp(startedAt);
  seconds.total = (Date.now() - startedAt) / 1000;
  console.log(`Build step times: ${Object.entries(seconds).map(([name, value]) => `${name} ${value.toFixed(1)} s`).join(", ")}`);
  // One line for `npm run bench` to read.
  console.log(`BUILD_STEP_SECONDS ${JSON.stringify(seconds)}`);
}

runIfMain(import.meta.url, build);
