/**
 * `npm run bench`: measures the site and prints a table; writes bench/results.md.
 * Each figure is the median of several runs with its range (min to max), and the budgets of
 * issue 18 are printed with PASS or FAIL beside each. Timings need a quiet machine: on a busy
 * one they say little, bytes are exact either way.
 *
 *   page weight   bytes each page type transfers (compressed), by kind, in Chromium
 *   search        bytes one search query downloads
 *   lighthouse    mobile scores, LCP, TBT, CLS (--lighthouse-runs, 5 by default)
 *   build         time, time per step and peak memory (all build processes) for the real content
 *                 and for generated articles (in a temporary folder), beside a bare Next.js
 *                 export of the same articles (Markdown to HTML with remark-html, nothing else)
 *                 that the bench writes and builds itself
 *   load          requests per second and p99 latency of `npm start` on one article,
 *                 64 connections for 20 s on loopback (autocannon)
 *
 * Options: --skip-build-scale, --skip-real-build (measure the out/ there is), --skip-weight,
 * --skip-lighthouse, --skip-load, --skip-bare, --sizes=1000,5000 (generated article counts), --build-runs=1,
 * --lighthouse-runs=5, --weight-runs=3. BENCH_PORT (3500) is where it serves the site.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import autocannon from "autocannon";
import { SECTION_SLUGS } from "../lib/content/schema";
import { runIfMain } from "./run-if-main";
import { nextPhaseSeconds } from "./build";
import { localSiteUrl } from "./site-url";

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = option("sizes", "1000,5000").split(",").map(Number);
const BUILD_RUNS = Number(option("build-runs", "1"));
const LIGHTHOUSE_RUNS = Number(option("lighthouse-runs", "5"));
const WEIGHT_RUNS = Number(option("weight-runs", "3"));
const PAGE_TYPES = {
  home: "/",
  hub: "/symptoms",
  article: "/symptoms/kidneys",
  glossary: "/glossary",
  medicine: "/medicines/methotrexate",
  test: "/tests/ana",
  search: "/search?q=kidney",
};
/** The pages issue 18 holds to zero blocking time (the search page loads Pagefind on purpose). */
const LIGHTHOUSE_PAGES = ["home", "hub", "article", "glossary", "medicine", "test"] as const;

/** Issue 18's budgets. */
const BUDGET = { articleKB: 40, tbtMs: 0, lcpSeconds: 1.0, scaling: 5, peakGiB: 1.5 };
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const passFail = (holds: boolean) => (holds ? "PASS" : "FAIL");

/** A figure as "median (min–max)", or the one value when all runs agree. */
function spread(values: number[], format: (value: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (format(low) === format(high)) return format(low);
  return `${format(median(values))} (${format(low)}–${format(high)})`;
}

function startServer(): Promise<ChildProcess> {
  const server = spawn("node_modules/.bin/tsx", ["src/build/serve.ts"], { env: { ...env, PORT: String(PORT) }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(`localhost:${PORT}`)) resolve(server);
    });
    server.on("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
}

/** Bytes by kind (body and headers), the total, and of the total the HTTP/1.1 response headers. */
type Weight = { html: number; css: number; js: number; fonts: number; other: number; total: number; headers: number; requests: number };

const SEARCH_QUERIES = ["foamy pee", "plaquanil"];

async function pageWeights(): Promise<{ weights: Record<string, Weight[]>; searchBytes: Record<string, number> }> {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const weights: Record<string, Weight[]> = {};
  for (let run = 0; run < WEIGHT_RUNS; run += 1) for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const weight: Weight = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0, headers: 0, requests: 0 };
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          const kind = request.resourceType();
          const key = kind === "document" ? "html" : kind === "stylesheet" ? "css" : kind === "script" ? "js" : kind === "font" ? "fonts" : "other";
          weight[key] += bytes;
          weight.total += bytes;
          weight.headers += sizes.responseHeadersSize;
          weight.requests += 1;
        }),
      );
    });
    await page.goto(`${BASE}${url}`, { waitUntil: "networkidle" });
    if (name === "search") await page.waitForSelector("#search-results li");
    await Promise.all(pending);
    (weights[name] ??= []).push(weight);
    await context.close();
  }
  // One query on a page already open: what the search itself downloads, for a query in a
  // patient's words and for one with a typo (which also fetches the real-word list).
  const searchBytes: Record<string, number> = {};
  for (const query of SEARCH_QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/search`, { waitUntil: "networkidle" });
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      pending.push(request.sizes().then((sizes) => void (bytes += sizes.responseBodySize + sizes.responseHeadersSize)));
    });
    await page.locator("#search-page-query").fill(query);
    await page.locator("#search-page-query").press("Enter");
    await page.waitForSelector("#search-results li");
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    searchBytes[query] = bytes;
    await context.close();
  }
  await browser.close();
  return { weights, searchBytes };
}

type LighthouseRow = { performance: number; accessibility: number; bestPractices: number; seo: number; lcp: number; tbt: number; cls: number };

function lighthouseOnce(url: string): LighthouseRow {
  const result = spawnSync(
    "node_modules/.bin/lighthouse",
    [url, "--output=json", "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking", "--only-categories=performance,accessibility,best-practices,seo"],
    { env: { ...env, CHROME_PATH: CHROME }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result.stderr.slice(0, 500)}`);
  const report = JSON.parse(result.stdout);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

/** Every run of every page, the pages taken in turn so that a noisy moment spreads over all of them. */
function lighthouseRuns(): Record<string, LighthouseRow[]> {
  const rows: Record<string, LighthouseRow[]> = {};
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    for (const name of LIGHTHOUSE_PAGES) {
      const row = lighthouseOnce(`${BASE}${PAGE_TYPES[name]}`);
      (rows[name] ??= []).push(row);
      console.log(`lighthouse ${name} run ${run + 1}: TBT ${row.tbt.toFixed(0)} ms, LCP ${(row.lcp / 1000).toFixed(2)} s, performance ${row.performance}`);
    }
  }
  return rows;
}

/** Sum of resident memory of a process and all its descendants, from /proc. */
function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

type BuildRun = { seconds: number; peakMiB: number; steps: Record<string, number> };

/** Runs a build to its end, sampling the memory of all its processes every 250 ms. */
function timedRun(command: string, commandArgs: string[], options: { cwd?: string; env: NodeJS.ProcessEnv; what: string }): Promise<BuildRun> {
  const started = Date.now();
  const build = spawn(command, commandArgs, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  build.stdout?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  let peak = 0;
  const timer = setInterval(() => {
    if (build.pid) peak = Math.max(peak, treeRssBytes(build.pid));
  }, 250);
  return new Promise((resolve, reject) => {
    build.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${options.what} failed (${code}):\n${output.slice(-2000)}`));
      // src/build/build.ts prints its step times on one line.
      const steps = /^BUILD_STEP_SECONDS (.*)$/m.exec(output);
      // A bare Next.js build prints only Next's own phases.
      resolve({ seconds: (Date.now() - started) / 1000, peakMiB: peak / 1024 / 1024, steps: steps ? JSON.parse(steps[1]) : nextPhaseSeconds(output) });
    });
  });
}

/** The site's own build (`npm run build`) of a content folder, from a clean .next. */
function timedBuild(contentDir: string): Promise<BuildRun> {
  rmSync(".next", { recursive: true, force: true });
  return timedRun("node_modules/.bin/tsx", ["src/build/build.ts"], {
    env: { ...env, SITE_URL: process.env.SITE_URL || localSiteUrl(PORT), CONTENT_DIR: contentDir },
    what: `build of ${contentDir}`,
  });
}

/**
 * The yardstick: a bare Next.js 16 static export of the same Markdown files, each page the
 * article's title and its body through remark-html, with no search, no glossary, no link
 * previews and no fonts. Written inside this project (in the ignored .cache/ folder) so that it
 * finds the same node_modules, and built with the same Next.js from a clean start.
 */
const BARE_DIR = path.resolve(".cache", "bench-bare-next");
const BARE_FILES: Record<string, string> = {
  "next.config.mjs": `export default { output: "export", images: { unoptimized: true }, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  "app/layout.jsx": `export const metadata = { title: "Bare Next.js export" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  "app/articles.mjs": `import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
const DIR = process.env.BARE_CONTENT_DIR;
export function articles() {
  return readdirSync(DIR).filter((section) => statSync(path.join(DIR, section)).isDirectory()).flatMap((section) =>
    readdirSync(path.join(DIR, section)).filter((file) => file.endsWith(".md") && file !== "index.md").map((file) => ({ section, slug: file.slice(0, -3) })));
}
export function article(section, slug) {
  return matter(readFileSync(path.join(DIR, section, slug + ".md"), "utf8"));
}
`,
  "app/page.jsx": `import { articles } from "./articles.mjs";
export default function Home() {
  return <ul>{articles().map(({ section, slug }) => <li key={section + slug}><a href={"/" + section + "/" + slug}>{slug}</a></li>)}</ul>;
}
`,
  "app/[section]/[slug]/page.jsx": `import { remark } from "remark";
import html from "remark-html";
import { article, articles } from "../../articles.mjs";
export const dynamicParams = false;
export function generateStaticParams() {
  return articles();
}
export default async function Page({ params }) {
  const { section, slug } = await params;
  const { data, content } = article(section, slug);
  const body = String(await remark().use(html).process(content));
  return <main><h1>{data.title}</h1><div dangerouslySetInnerHTML={{ __html: body }} /></main>;
}
`,
};

function timedBareBuild(contentDir: string): Promise<BuildRun> {
  rmSync(BARE_DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(BARE_FILES)) {
    mkdirSync(path.dirname(path.join(BARE_DIR, file)), { recursive: true });
    writeFileSync(path.join(BARE_DIR, file), text);
  }
  return timedRun(path.resolve("node_modules/.bin/next"), ["build"], { cwd: BARE_DIR, env: { ...env, BARE_CONTENT_DIR: contentDir }, what: `bare Next.js export of ${contentDir}` });
}

const SENTENCES = [
  "Lupus can affect the skin, the joints and the kidneys.",
  "Your care team checks your blood and urine at each visit.",
  "Hydroxychloroquine is a medicine most people with lupus take every day.",
  "A flare is a time when symptoms get worse for a while.",
  "Sun protection helps many people with lupus avoid rashes.",
  "Tell your doctor about any new symptom, even a small one.",
  "Fatigue is common and can make daily life hard.",
  "Steroids work fast but are kept to the lowest dose for the shortest time.",
];

/** A content folder with `count` plausible ~600-word articles spread over the sections. */
export function generatedContent(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `lupus-guide-bench-${count}-`));
  // Plain articles only: medicine and lab-test pages have front matter of their own.
  const topics = SECTION_SLUGS.filter((section) => !["medicines", "tests"].includes(section)).slice(0, 7);
  // The site-wide files every build reads (not the published addresses or moves, which name real pages).
  for (const file of ["glossary.yml", "source-rules.yml"]) cpSync(path.join("content", file), path.join(dir, file));
  // The search's patient words: the checks want every page listed, in words that occur on it.
  const patientWords = Array.from({ length: count }, (_, index) => `- says: [generated question ${index}]\n  means: [topic ${index}]\n  pages: [/${topics[index % topics.length]}/generated-article-${index}]`);
  writeFileSync(path.join(dir, "patient-words.yml"), `${patientWords.join("\n")}\n`);
  SECTION_SLUGS.forEach((section, order) => {
    mkdirSync(path.join(dir, section));
    writeFileSync(path.join(dir, section, "index.md"), `---\ntitle: Section ${section}\ndescription: Generated section for the build benchmark.\norder: ${order}\nlastReviewed: 2026-11-22\n---\nA generated section.\n`);
  });
  for (let index = 0; index < count; index += 1) {
    const section = topics[index % topics.length];
    const paragraphs = Array.from({ length: 8 }, (_, p) => `## Question ${p + 1} about topic ${index}?\n\n${Array.from({ length: 9 }, (_, s) => SENTENCES[(index + p + s) % SENTENCES.length]).join(" ")}\n`);
    writeFileSync(
      path.join(dir, section, `generated-article-${index}.md`),
      `---\ntitle: Generated article ${index}\ndescription: A generated article for the build benchmark.\nsection: ${section}\norder: ${index}\nkeyPoints: [One point., Two points., Three points.]\naskYourDoctor: [One question?, Two questions?, Three questions?]\nsources:\n  - {title: Lupus, publisher: NIAMS, year: n.d., url: "https://www.niams.nih.gov/health-topics/lupus"}\n  - {title: Lupus, publisher: MedlinePlus, year: n.d., url: "https://medlineplus.gov/lupus.html"}\nlastReviewed: 2026-11-22\n---\n${paragraphs.join("\n")}`,
    );
  }
  return dir;
}

async function loadTest(): Promise<{ requestsPerSecond: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({ url: `${BASE}/symptoms/kidneys`, connections: 64, duration: 20, headers: { "accept-encoding": "gzip" } });
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const RESULTS = path.join("bench", "results.md");
const NOTES_MARKER = "<!-- Notes: written by hand, kept by npm run bench. -->";
const seconds = (value: number) => `${value.toFixed(0)} s`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;
const STEP_ORDER = ["fonts", "next build", "next compile", "next typecheck", "next static pages + Open Graph images", "strip runtime", "minify scripts", "search index", "moved pages", "hosting files"];

/** One table row of a build's runs: time, peak memory and each step, as median (range). */
function buildRow(label: string, runs: BuildRun[]): string {
  const steps = STEP_ORDER.map((name) => (runs.every((run) => name in run.steps) ? spread(runs.map((run) => run.steps[name]), (value) => value.toFixed(1)) : "–"));
  return `| ${label} | ${spread(runs.map((run) => run.seconds), seconds)} | ${spread(runs.map((run) => run.peakMiB), mib)} | ${steps.join(" | ")} |`;
}

async function main() {
  const lines: string[] = [
    `# Lupus Guide benchmarks`,
    "",
    `Measured ${new Date().toISOString()} on ${process.platform}, Node ${process.version}, by \`npm run bench${args.length > 0 ? ` -- ${args.join(" ")}` : ""}\`.`,
    "Each figure is the median of the runs with the range (lowest to highest) in brackets.",
    "",
  ];
  const budgets: string[] = [];
  const budget = (name: string, holds: boolean, measured: string) => budgets.push(`| ${name} | ${measured} | **${passFail(holds)}** |`);

  const buildRows: string[] = [];
  const scale: Record<number, { site: BuildRun[]; bare: BuildRun[] }> = {};
  if (!args.includes("--skip-build-scale")) {
    for (const count of sizes) {
      const dir = generatedContent(count);
      scale[count] = { site: [], bare: [] };
      for (let run = 0; run < BUILD_RUNS; run += 1) {
        const site = await timedBuild(dir);
        scale[count].site.push(site);
        console.log(`build ${count}: ${site.seconds.toFixed(1)} s, ${site.peakMiB.toFixed(0)} MiB, steps ${JSON.stringify(site.steps)}`);
        if (!args.includes("--skip-bare")) {
          const bare = await timedBareBuild(dir);
          scale[count].bare.push(bare);
          console.log(`bare Next.js export ${count}: ${bare.seconds.toFixed(1)} s, ${bare.peakMiB.toFixed(0)} MiB`);
        }
      }
      buildRows.push(buildRow(`${count.toLocaleString("en-US")} generated`, scale[count].site));
      if (scale[count].bare.length > 0) buildRows.push(buildRow(`${count.toLocaleString("en-US")} generated, bare Next.js export`, scale[count].bare));
      rmSync(dir, { recursive: true, force: true });
    }
    rmSync(BARE_DIR, { recursive: true, force: true });
  }
  // The real content last, so out/ is the real site again for the measurements below.
  if (!args.includes("--skip-real-build")) {
    const real = await timedBuild(path.resolve("content"));
    const files = readdirSync("content", { recursive: true }).filter((file) => String(file).endsWith(".md")).length;
    buildRows.unshift(buildRow(`real content (${files} files)`, [real]));
  }

  const served = !(args.includes("--skip-weight") && args.includes("--skip-lighthouse") && args.includes("--skip-load"));
  const server = served ? await startServer() : undefined;
  try {
    if (!args.includes("--skip-weight")) {
      const { weights, searchBytes } = await pageWeights();
      lines.push(
        "## Page weight (transferred, gzip, mobile viewport)",
        "",
        "Each kind counts its responses' bodies and headers; the headers column says how much of the total is",
        "HTTP/1.1 response headers as `npm start` sends them (security headers on every response; a host",
        "speaking HTTP/2 or 3 compresses repeated headers to a few bytes).",
        "",
        "| page | HTML | CSS | JS | fonts | other | total | of which headers | requests |",
        "|---|---|---|---|---|---|---|---|---|",
      );
      const kbSpread = (runs: Weight[], key: keyof Weight) => spread(runs.map((w) => w[key]), (bytes) => `${kb(bytes)} KB`);
      for (const [name, runs] of Object.entries(weights)) {
        lines.push(
          `| ${name} (${PAGE_TYPES[name as keyof typeof PAGE_TYPES]}) | ${kbSpread(runs, "html")} | ${kbSpread(runs, "css")} | ${kbSpread(runs, "js")} | ${kbSpread(runs, "fonts")} | ${kbSpread(runs, "other")} | **${kbSpread(runs, "total")}** | ${kbSpread(runs, "headers")} | ${spread(runs.map((w) => w.requests), String)} |`,
        );
      }
      const article = median(weights.article.map((w) => w.total));
      budget(`article (${PAGE_TYPES.article}) at most ${BUDGET.articleKB} KB transferred`, article / 1024 <= BUDGET.articleKB, `${kb(article)} KB`);
      lines.push(
        "",
        ...Object.entries(searchBytes).map(
          ([query, bytes]) =>
            `One search for "${query}" on an open search page downloads ${kb(bytes)} KB (Pagefind script, WebAssembly, index pieces, the patient words, the warning signs and the site's words${query === "plaquanil" ? ", and for this typo the real-word list" : ""}).`,
        ),
        "",
      );
    }
    if (!args.includes("--skip-lighthouse")) {
      const runs = lighthouseRuns();
      lines.push(`## Lighthouse (mobile, simulated throttling, ${LIGHTHOUSE_RUNS} runs)`, "", "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |", "|---|---|---|---|---|---|---|---|");
      for (const [name, rows] of Object.entries(runs)) {
        const of = (key: keyof LighthouseRow, format: (value: number) => string) => spread(rows.map((row) => row[key]), format);
        lines.push(
          `| ${name} | ${of("performance", String)} | ${of("accessibility", String)} | ${of("bestPractices", String)} | ${of("seo", String)} | ${of("lcp", (ms) => `${(ms / 1000).toFixed(2)} s`)} | ${of("tbt", (ms) => `${ms.toFixed(0)} ms`)} | ${of("cls", (value) => value.toFixed(3))} |`,
        );
        const tbt = median(rows.map((row) => row.tbt));
        const lcp = median(rows.map((row) => row.lcp)) / 1000;
        budget(`${name}: total blocking time ${BUDGET.tbtMs} ms (median)`, Math.round(tbt) <= BUDGET.tbtMs, `${tbt.toFixed(0)} ms`);
        budget(`${name}: LCP at most ${BUDGET.lcpSeconds.toFixed(1)} s (median)`, lcp <= BUDGET.lcpSeconds, `${lcp.toFixed(2)} s`);
      }
      lines.push("");
    }
    if (!args.includes("--skip-load")) {
      const load = await loadTest();
      lines.push(
        "## Load (`npm start`, one article, 64 connections, 20 s, loopback, gzip)",
        "",
        `| requests/s | p99 latency | errors + timeouts | non-2xx |`,
        "|---|---|---|---|",
        `| ${load.requestsPerSecond.toFixed(0)} | ${load.p99} ms | ${load.errors} | ${load.non2xx} |`,
        "",
      );
    }
  } finally {
    server?.kill("SIGTERM");
  }

  // Build budgets, from the generated sizes that were built.
  const counts = Object.keys(scale).map(Number).sort((a, b) => a - b);
  for (const count of counts) {
    const { site, bare } = scale[count];
    const peak = median(site.map((run) => run.peakMiB));
    budget(`build of ${count.toLocaleString("en-US")} articles: peak memory at most ${BUDGET.peakGiB} GiB`, peak <= BUDGET.peakGiB * 1024, mib(peak));
    if (bare.length > 0) {
      const ours = median(site.map((run) => run.seconds));
      const theirs = median(bare.map((run) => run.seconds));
      budget(`build of ${count.toLocaleString("en-US")} articles no slower than a bare Next.js export`, ours <= theirs, `${seconds(ours)} against ${seconds(theirs)}`);
    }
  }
  if (scale[1000] && scale[5000]) {
    const ratio = median(scale[5000].site.map((run) => run.seconds)) / median(scale[1000].site.map((run) => run.seconds));
    budget(`build time grows linearly: t(5,000) / t(1,000) at most ${BUDGET.scaling}`, ratio <= BUDGET.scaling, ratio.toFixed(2));
  } else budgets.push(`| build time grows linearly: t(5,000) / t(1,000) at most ${BUDGET.scaling} | not measured (needs --sizes=1000,5000) | – |`);

  lines.push(
    `## Build (${BUILD_RUNS} run${BUILD_RUNS === 1 ? "" : "s"} each; seconds per step from src/build/build.ts)`,
    "",
    "Peak memory is the sum over all build processes. The bare export has only Next.js's own steps.",
    "",
    `| content | time | peak memory | ${STEP_ORDER.join(" | ")} |`,
    `|---|---|---|${STEP_ORDER.map(() => "---").join("|")}|`,
    ...buildRows,
    "",
  );
  lines.splice(5, 0, "## Budgets (issue 18)", "", "| budget | measured | |", "|---|---|---|", ...budgets, "");
  // Hand-written notes below the marker survive a new run.
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "";
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  lines.push(notes);
  const markdown = lines.join("\n");
  if (!existsSync("bench")) mkdirSync("bench");
  writeFileSync(RESULTS, markdown);
  console.log(`\n${markdown}`);
}

runIfMain(import.meta.url, main);
