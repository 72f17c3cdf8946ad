import { expect, test, type Page } from "@playwright/test";
import { allPageUrls, PAGE_TYPES } from "./site-pages";
import { pdfPages, pdfText } from "./pdf-text";
import { dictionaryFor } from "../../src/lib/i18n";

const SITE_NAME = dictionaryFor().site.name;

const ARTICLE = "/symptoms/kidneys";
const SECTION_ID = "how-is-it-checked";

test.describe("section links", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  /** The address the page is open at (the tests open 127.0.0.1; the site is built for localhost). */
  const openAddress = (page: Page) => new URL(page.url()).origin + new URL(page.url()).pathname;

  test("the link beside a heading copies the section's public address, by click and by keyboard", async ({ page, baseURL }) => {
    // Opened at the address the site was built for: the canonical address is copied.
    await page.goto(`http://localhost:${new URL(baseURL!).port}${ARTICLE}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toBe(openAddress(page));
    const control = page.getByRole("link", { name: "Link to this section: How is it checked?" });
    await control.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${SECTION_ID}`);
    await expect(page.getByRole("status")).toHaveText("Link to this section copied");
    await expect(page).toHaveURL(new RegExp(`#${SECTION_ID}$`));

    await page.evaluate(() => navigator.clipboard.writeText(""));
    await control.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${SECTION_ID}`);
  });

  test("on another host than the one the site was built for (a preview), copied links use the address that is open", async ({ page }) => {
    await page.goto(ARTICLE);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
    expect(new URL(canonical).origin).not.toBe(new URL(page.url()).origin);
    await page.getByRole("link", { name: "Link to this section: How is it checked?" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${openAddress(page)}#${SECTION_ID}`);
  });

  test("the message shows beside the link and is read out, then both go away after a few seconds", async ({ page }) => {
    await page.clock.install();
    await page.goto(ARTICLE);
    const control = page.getByRole("link", { name: "Link to this section: How is it checked?" });
    await control.click();
    await page.clock.runFor(100);
    await expect(page.getByRole("status")).toHaveText("Link to this section copied");
    const note = page.locator(".status-note");
    await expect(note).toHaveText("Link to this section copied");
    // Beside the control that was used (its next sibling), not floating over the page.
    expect(await note.evaluate((element) => element.previousElementSibling?.matches("a[data-copy-link]"))).toBe(true);
    await page.clock.runFor(6_000);
    await expect(page.getByRole("status")).toHaveText("");
    await expect(note).toHaveCount(0);
  });

  test("Share this page copies the page's address where there is no share sheet", async ({ page, baseURL }) => {
    await page.goto(`http://localhost:${new URL(baseURL!).port}${ARTICLE}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    const hasShareSheet = await page.evaluate(() => "share" in navigator);
    test.skip(hasShareSheet, "this browser has a share sheet, which a test cannot drive");
    await page.getByRole("button", { name: "Share this page" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect(page.getByRole("status")).toHaveText("Link to this page copied");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a section link is a plain anchor, and script-only buttons are not shown", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: "Link to this section: How is it checked?" }).click();
    await expect(page).toHaveURL(new RegExp(`#${SECTION_ID}$`));
    await expect(page.getByRole("button", { name: "Share this page" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
  });
});

test.describe("link previews and search engines", () => {
  const urlsPromise = allPageUrls();

  test("every article has a title, description, canonical link and a PNG preview image", async ({ request }) => {
    const articleUrls = (await urlsPromise).filter((url) => url.split("/").length === 3);
    expect(articleUrls.length).toBeGreaterThan(30);
    // Read from the served HTML (no browser needed), so the check stays quick as pages multiply.
    const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/&amp;/g, "&");
    for (const url of articleUrls) {
      const html = await (await request.get(url)).text();
      expect(attribute(html, /<meta property="og:title" content="([^"]+)"/), url).toBeTruthy();
      expect(attribute(html, /<meta property="og:description" content="([^"]+)"/), url).toBeTruthy();
      expect(attribute(html, /<link rel="canonical" href="([^"]+)"/), url).toMatch(new RegExp(`${url}$`));
      const image = new URL(attribute(html, /<meta property="og:image" content="([^"]+)"/) ?? "");
      const response = await request.get(image.pathname + image.search);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toBe("image/png");
      expect((await response.body()).subarray(1, 4).toString(), url).toBe("PNG");
    }
  });

  test("canonical links, link previews and the sitemap point at the address the site is served on", async ({ page, request, baseURL }) => {
    // Built by `npm start` without SITE_URL: for http://localhost:<the port it serves>.
    const served = `http://localhost:${new URL(baseURL!).port}`;
    await page.goto(ARTICLE);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${served}${ARTICLE}`);
    expect(await meta("og:url")).toBe(`${served}${ARTICLE}`);
    expect(await meta("og:image")).toMatch(new RegExp(`^${served}/`));
    const locations = [...(await (await request.get("/sitemap.xml")).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    expect(locations.length).toBeGreaterThan(30);
    for (const location of locations) expect(location.startsWith(`${served}/`), location).toBe(true);
    expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${served}/sitemap.xml`);
  });

  test("articles carry MedicalWebPage data with the review date and the cited sources", async ({ page }) => {
    await page.goto(ARTICLE);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(data["@type"]).toBe("MedicalWebPage");
    expect(data.about["@type"]).toBe("MedicalCondition");
    expect(data.audience.audienceType).toBe("Patient");
    expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const sourceLinks = page.getByRole("heading", { name: "Sources" }).locator("xpath=..").locator("ol > li > a");
    expect(data.citation.map((citation: { url: string }) => citation.url)).toEqual(await sourceLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href"))));
    expect(JSON.stringify(data)).not.toMatch(/reviewedBy|author/);
  });

  test("sitemap.xml lists every page, and robots.txt points to it", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname.replace(/(.)\/$/, "$1"));
    // Every page except the search and lab-code pages, which ask search engines not to index them.
    expect(listed.sort()).toEqual((await urlsPromise).filter((url) => url !== "/search" && url !== "/tests/code").sort());
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap: ");
  });
});

test.describe("printing", () => {
  test("an article prints as a handout with its address and no navigation or controls", async ({ page }) => {
    await page.goto(ARTICLE);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
    const text = await pdfText(await page.pdf({ format: "Letter" }));
    expect(text).toContain("Lupus and your kidneys");
    expect(text).toContain("Key points");
    expect(text).toContain("Talk to your doctor");
    expect(text).toContain("Last reviewed");
    expect(text).toContain(canonical);
    for (const absent of ["Skip to main content", "Types of lupus", "Share this page", "Print this page", "More in Symptoms"]) {
      expect(text).not.toContain(absent);
    }
  });

  /** Letter paper less the 1.5 cm margins, in CSS pixels: what one printed sheet holds. */
  const SHEET = { width: 816 - 2 * 57, height: 1056 - 2 * 57 };
  const withoutSpaces = (text: string) => text.replace(/\s+/g, "");

  // Once per kind of printable page: an article, a medicine page (the example), a section page.
  for (const url of [ARTICLE, "/medicines/hydroxychloroquine", "/get-help", PAGE_TYPES.hub]) {
    test(`${url} prints its address and QR code on the first sheet, the site name on every sheet, and no sheet without its text`, async ({ page }) => {
      await page.goto(url);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize(SHEET);
      const footer = withoutSpaces(await page.locator("footer").innerText());
      const qr = await page.locator(".print-address .qr-code svg").boundingBox();
      expect(qr && qr.y + qr.height).toBeLessThan(SHEET.height);
      const sheets = await pdfPages(await page.pdf({ format: "Letter" }));
      expect(sheets[0]).toContain(canonical);
      sheets.forEach((sheet, index) => {
        expect(sheet, `sheet ${index + 1}`).toContain(SITE_NAME);
        // What is left without the running header, page number and footer is the page's own text.
        const own = withoutSpaces(sheet).replace(footer, "").replace(withoutSpaces(SITE_NAME), "").replace(/\d+\/\d+/, "");
        expect(own.length, `sheet ${index + 1} of ${url} has only the footer: ${sheet}`).toBeGreaterThan(40);
      });
    });
  }

  test("call-outs differ in printed words, not only colour or symbol", async ({ page }) => {
    await page.goto("/get-help");
    const text = await pdfText(await page.pdf({ format: "Letter" }));
    expect(text).toMatch(/Emergency Call 911/);
    expect(text).toMatch(/Same day Call your care team/);
    await page.emulateMedia({ media: "print" });
    const borders = await page.evaluate(() =>
      ["emergency", "urgent", "talk-to-doctor"].map((kind) => {
        const style = getComputedStyle(document.querySelector(`.callout-${kind}`) as Element);
        return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), colour: style.borderTopColor };
      }),
    );
    expect(borders[0]).toEqual({ style: "solid", width: expect.any(Number), colour: "rgb(0, 0, 0)" });
    expect(borders[1].style).toBe("dashed");
    expect(borders[0].width).toBeGreaterThan(borders[2].width);
    expect(borders[1].width).toBeGreaterThan(borders[2].width);
  });

  test("the clinician pack prints exactly one sheet per ticked page, each with the site name and a written-out date, and counts the ticks", async ({ page }) => {
    await page.goto("/handout");
    const count = page.locator(".handout-count");
    const shownCount = async () => {
      // The number is CSS-generated (a counter), so it is read from the browser's accessibility tree.
      const client = await page.context().newCDPSession(page);
      const { nodes } = await client.send("Accessibility.getFullAXTree");
      const texts = nodes.filter((node) => node.role?.value === "StaticText").map((node) => String(node.name?.value ?? ""));
      const at = texts.findIndex((text) => text.startsWith("Pages ticked"));
      return texts.slice(at, at + 2).join("").replace(/\s+/g, " ");
    };
    await expect(count).toBeVisible();
    expect(await shownCount()).toBe("Pages ticked: 0");
    const ticked = ["Lupus and your kidneys", "Hydroxychloroquine", "What is lupus?"];
    for (const name of ticked) await page.getByRole("checkbox", { name, exact: true }).check();
    expect(await shownCount()).toBe("Pages ticked: 3");
    const sheets = await pdfPages(await page.pdf({ format: "Letter" }));
    expect(sheets).toHaveLength(3);
    const addresses = ["/symptoms/kidneys", "/medicines/hydroxychloroquine", "/about-lupus/what-is-lupus"];
    expect(sheets.map((sheet) => addresses.filter((address) => sheet.includes(address)))).toEqual(
      expect.arrayContaining(addresses.map((address) => [address])),
    );
    for (const sheet of sheets) {
      expect(sheet).toContain(SITE_NAME);
      expect(sheet).toMatch(/Last reviewed [A-Z][a-z]+ \d{1,2}, \d{4}\./);
      expect(sheet).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  test("every handout sheet fits on one page", async ({ page }) => {
    await page.goto("/handout");
    const boxes = page.getByRole("checkbox");
    for (const box of await boxes.all()) await box.check();
    expect(await pdfPages(await page.pdf({ format: "Letter" }))).toHaveLength(await boxes.count());
  });

  test("the clinician pack prints one sheet for each ticked article and nothing else", async ({ page }) => {
    await page.goto("/handout");
    await page.getByRole("checkbox", { name: "Lupus and your kidneys" }).check();
    await page.getByRole("checkbox", { name: "Hydroxychloroquine", exact: true }).check();
    const text = await pdfText(await page.pdf({ format: "Letter" }));
    expect(text).toContain("/symptoms/kidneys");
    expect(text).toContain("/medicines/hydroxychloroquine");
    expect(text).toContain("Questions to ask your care team");
    expect(text).not.toContain("/medicines/glucocorticoids");
    expect(text).not.toContain("Choose the pages");
  });
});
