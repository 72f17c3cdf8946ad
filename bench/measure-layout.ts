/**
 * Layout numbers for issue 20 (not part of `npm test`): page heights, printed page counts,
 * where the get-help emergency list starts, and optional screenshots.
 *
 *   PORT=3201 npm start &                        # serves out/
 *   node_modules/.bin/tsx bench/measure-layout.ts http://127.0.0.1:3201 [screenshot-suffix]
 *
 * With a suffix ("before", "after") it saves viewport screenshots into docs/screenshots/issue-20/.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3201";
const suffix = process.argv[3];
const executablePath = ["/usr/bin/chromium", process.env.CHROME_PATH].find(Boolean);

async function main() {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const results: string[] = [];
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of ["/symptoms/kidneys", "/medicines/hydroxychloroquine"]) {
      await page.goto(base + path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      results.push(`${path} at ${width} px: ${height} px tall`);
      if (suffix) {
        mkdirSync("docs/screenshots/issue-20", { recursive: true });
        const name = `${path.split("/").at(-1)}-${width}-${suffix}.png`;
        await page.screenshot({ path: `docs/screenshots/issue-20/${name}` });
      }
    }
    await page.goto(`${base}/get-help`);
    const top = await page.locator(".callout-emergency").first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    results.push(`/get-help at ${width} px: first emergency call-out starts ${Math.round(top)} px down`);
    await page.close();
  }
  const page = await browser.newPage();
  for (const path of ["/medicines/hydroxychloroquine", "/symptoms/kidneys"]) {
    await page.goto(base + path);
    const pdf = await page.pdf({ format: "Letter" });
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    results.push(`${path} printed on Letter: ${document.numPages} pages`);
  }
  await page.goto(`${base}/handout`);
  for (const name of ["Lupus and your kidneys", "Hydroxychloroquine", "What is lupus?"]) {
    await page.getByRole("checkbox", { name, exact: true }).first().check();
  }
  const pack = await page.pdf({ format: "Letter" });
  const packDocument = await getDocument({ data: new Uint8Array(pack), useSystemFonts: false, isEvalSupported: false }).promise;
  results.push(`/handout with 3 ticked, printed on Letter: ${packDocument.numPages} pages`);
  await browser.close();
  console.log(results.join("\n"));
}

await main();
