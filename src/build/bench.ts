/**
 * `npm run bench`: measures the site and prints a table; writes bench/results.md.
 * Never a pass/fail on time: these are numbers to watch, not tests.
 *
 *   page weight   bytes each page type transfers (compressed), by kind, in Chromium
 *   search        bytes one search query downloads
 *   lighthouse    mobile scores, LCP, TBT, CLS (median of 3 runs)
 *   build         time and peak memory (all build processes) for the real content and for
 *                 100, 1,000 and 5,000 generated articles (in a temporary folder)
 *   load          requests per second and p99 latency of `npm start` on one article,
 *                 64 connections for 20 s on loopback (autocannon)
 *
 * Options: --skip-build-scale, --skip-lighthouse, --sizes=100,1000 (generated article counts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import autocannon from "autocannon";
import { SECTION_SLUGS } from "../lib/content/schema";
import { runIfMain } from "./run-if-main";
import { localSiteUrl } from "./site-url";

const PORT = 3500;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const args = process.argv.slice(2);
const sizes = (args.find((arg) => arg.startsWith("--sizes="))?.slice("--sizes=".length) ?? "100,1000,5000").split(",").map(Number);
const PAGE_TYPES = { home: "/", hub: "/symptoms", article: "/symptoms/kidneys", glossary: "/glossary", search: "/search?q=kidney" };
const ARTICLE_BUDGET_KB = 60;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function startServer(): Promise<ChildProcess> {
  const server = spawn("node_modules/.bin/tsx", ["src/build/serve.ts"], { env: { ...env, PORT: String(PORT) }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(`localhost:${PORT}`)) resolve(server);
    });
    server.on("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
}

type Weight = { html: number; css: number; js: number; fonts: number; other: number; total: number; requests: number };

const SEARCH_QUERIES = ["foamy pee", "plaquanil"];

async function pageWeights(): Promise<{ weights: Record<string, Weight>; searchBytes: Record<string, number> }> {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const weights: Record<string, Weight> = {};
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const weight: Weight = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0, requests: 0 };
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          const kind = request.resourceType();
          const key = kind === "document" ? "html" : kind === "stylesheet" ? "css" : kind === "script" ? "js" : kind === "font" ? "fonts" : "other";
          weight[key] += bytes;
          weight.total += bytes;
          weight.requests += 1;
        }),
      );
    });
    await page.goto(`${BASE}${url}`, { waitUntil: "networkidle" });
    if (name === "search") await page.waitForSelector("#search-results li");
    await Promise.all(pending);
    weights[name] = weight;
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

function lighthouseMedians(): Record<string, LighthouseRow> {
  const rows: Record<string, LighthouseRow> = {};
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const runs = [1, 2, 3].map(() => lighthouseOnce(`${BASE}${url}`));
    const pick = (key: keyof LighthouseRow) => median(runs.map((run) => run[key]));
    rows[name] = { performance: pick("performance"), accessibility: pick("accessibility"), bestPractices: pick("bestPractices"), seo: pick("seo"), lcp: pick("lcp"), tbt: pick("tbt"), cls: pick("cls") };
    console.log(`lighthouse ${name}: ${JSON.stringify(rows[name])}`);
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

function timedBuild(contentDir: string): Promise<{ seconds: number; peakMiB: number }> {
  rmSync(".next", { recursive: true, force: true });
  const started = Date.now();
  const build = spawn("node_modules/.bin/tsx", ["src/build/build.ts"], { env: { ...env, SITE_URL: process.env.SITE_URL || localSiteUrl(PORT), CONTENT_DIR: contentDir }, stdio: ["ignore", "ignore", "inherit"] });
  let peak = 0;
  const timer = setInterval(() => {
    if (build.pid) peak = Math.max(peak, treeRssBytes(build.pid));
  }, 250);
  return new Promise((resolve, reject) => {
    build.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`build of ${contentDir} failed (${code})`));
      else resolve({ seconds: (Date.now() - started) / 1000, peakMiB: peak / 1024 / 1024 });
    });
  });
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
function generatedContent(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `lupus-guide-bench-${count}-`));
  cpSync(path.join("content", "glossary.yml"), path.join(dir, "glossary.yml"));
  SECTION_SLUGS.forEach((section, order) => {
    mkdirSync(path.join(dir, section));
    writeFileSync(path.join(dir, section, "index.md"), `---\ntitle: Section ${section}\ndescription: Generated section for the build benchmark.\norder: ${order}\nlastReviewed: 2026-11-22\n---\nA generated section.\n`);
  });
  const topics = SECTION_SLUGS.slice(0, 7);
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

async function main() {
  const lines: string[] = [`# Lupus Guide benchmarks`, "", `Measured ${new Date().toISOString()} on ${process.platform}, Node ${process.version}, by \`npm run bench\`.`, ""];
  const buildRows: string[] = [];
  if (!args.includes("--skip-build-scale")) {
    for (const count of sizes) {
      const dir = generatedContent(count);
      const { seconds, peakMiB } = await timedBuild(dir);
      buildRows.push(`| ${count.toLocaleString("en-US")} generated | ${seconds.toFixed(0)} s | ${peakMiB.toFixed(0)} MiB |`);
      console.log(`build ${count}: ${seconds.toFixed(1)} s, ${peakMiB.toFixed(0)} MiB`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // The real content last, so out/ is the real site again for the measurements below.
  const real = await timedBuild(path.resolve("content"));
  buildRows.unshift(`| real content (${readdirSync("content", { recursive: true }).filter((file) => String(file).endsWith(".md")).length} files) | ${real.seconds.toFixed(0)} s | ${real.peakMiB.toFixed(0)} MiB |`);

  const server = await startServer();
  try {
    const { weights, searchBytes } = await pageWeights();
    lines.push("## Page weight (transferred, gzip, mobile viewport)", "", "| page | HTML | CSS | JS | fonts | other | total | requests |", "|---|---|---|---|---|---|---|---|");
    for (const [name, w] of Object.entries(weights)) {
      lines.push(`| ${name} (${PAGE_TYPES[name as keyof typeof PAGE_TYPES]}) | ${kb(w.html)} KB | ${kb(w.css)} KB | ${kb(w.js)} KB | ${kb(w.fonts)} KB | ${kb(w.other)} KB | **${kb(w.total)} KB** | ${w.requests} |`);
    }
    const article = weights.article;
    lines.push(
      "",
      `Article budget ${ARTICLE_BUDGET_KB} KB: ${article.total / 1024 <= ARTICLE_BUDGET_KB ? "met" : "NOT met"} (${kb(article.total)} KB, of which fonts ${kb(article.fonts)} KB, HTML ${kb(article.html)} KB, CSS ${kb(article.css)} KB, JS ${kb(article.js)} KB; no framework JavaScript).`,
      "",
      ...Object.entries(searchBytes).map(
        ([query, bytes]) =>
          `One search for "${query}" on an open search page downloads ${kb(bytes)} KB (Pagefind script, WebAssembly, index pieces, the patient words, the warning signs and the site's words${query === "plaquanil" ? ", and for this typo the real-word list" : ""}).`,
      ),
      "",
    );
    if (!args.includes("--skip-lighthouse")) {
      const scores = lighthouseMedians();
      lines.push("## Lighthouse (mobile, median of 3)", "", "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |", "|---|---|---|---|---|---|---|---|");
      for (const [name, row] of Object.entries(scores)) {
        lines.push(`| ${name} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${(row.lcp / 1000).toFixed(2)} s | ${row.tbt.toFixed(0)} ms | ${row.cls.toFixed(3)} |`);
      }
      lines.push("");
    }
    const load = await loadTest();
    lines.push(
      "## Load (`npm start`, one article, 64 connections, 20 s, loopback, gzip)",
      "",
      `| requests/s | p99 latency | errors + timeouts | non-2xx |`,
      "|---|---|---|---|",
      `| ${load.requestsPerSecond.toFixed(0)} | ${load.p99} ms | ${load.errors} | ${load.non2xx} |`,
      "",
    );
  } finally {
    server.kill("SIGTERM");
  }
  lines.push("## Build (static export, search index, framework stripping; one run each)", "", "| content | time | peak memory (all build processes) |", "|---|---|---|", ...buildRows, "");
  const markdown = lines.join("\n");
  if (!existsSync("bench")) mkdirSync("bench");
  writeFileSync(path.join("bench", "results.md"), markdown);
  console.log(`\n${markdown}`);
}

runIfMain(import.meta.url, main);
