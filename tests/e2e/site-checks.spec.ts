import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import { visit } from "unist-util-visit";
import { exportedPages } from "../../src/build/exported-pages";
import { allPageUrls } from "./site-pages";

/** Every exported HTML page (the server runs `npm start`, which builds out/ first). */
const exportedHtmlFiles = () => exportedPages().map(([, file]) => file);

test("every built page passes the W3C Nu HTML checker with no errors", async () => {
  test.setTimeout(180_000);
  const files = exportedHtmlFiles();
  expect(files.length).toBeGreaterThan(50);
  let report = "";
  try {
    execFileSync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--errors-only", "--format", "gnu", ...files], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; stdout?: string };
    if (failure.code === "ENOENT") {
      throw new Error("The HTML check needs Java: install it (sudo apt-get install default-jre-headless) and run again.", { cause: error });
    }
    report = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  }
  expect(report.trim().split("\n").filter(Boolean).slice(0, 20)).toEqual([]);
});

test("no internal link or anchor on the served site is broken", async ({ request }) => {
  test.setTimeout(180_000);
  const pages = new Map<string, Set<string>>(); // path -> ids on the page
  const links: { from: string; href: string }[] = [];
  for (const url of await allPageUrls()) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const tree = unified().use(rehypeParse).parse(await response.text());
    const ids = new Set<string>();
    visit(tree, "element", (element) => {
      if (typeof element.properties.id === "string") ids.add(element.properties.id);
      const href = element.tagName === "a" ? element.properties.href : undefined;
      if (typeof href === "string" && !/^(https?:|mailto:|tel:)/.test(href)) links.push({ from: url, href });
    });
    pages.set(url, ids);
  }
  const broken: string[] = [];
  for (const { from, href } of links) {
    const target = new URL(href, `http://site${from}`);
    const targetPath = target.pathname;
    if (!pages.has(targetPath)) {
      const status = (await request.get(targetPath)).status();
      if (status !== 200) broken.push(`${from} -> ${href} (${status})`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && !pages.get(targetPath)?.has(fragment)) broken.push(`${from} -> ${href} (no #${fragment})`);
  }
  expect(links.length).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});
