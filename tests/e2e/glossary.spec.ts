import { expect, test, type Locator, type Page } from "@playwright/test";
import { wcagViolations } from "./axe";

const ARTICLE = "/symptoms/kidneys";

/** The first glossary term on the article body, and the popover it controls. */
async function firstTerm(page: Page) {
  const button = page.locator("main .prose .glossary-term-button").first();
  const popoverId = await button.getAttribute("popovertarget");
  expect(popoverId).toBeTruthy();
  return { button, popover: page.locator(`[id="${popoverId}"]`) };
}

test.describe("glossary terms in articles", () => {
  test("a term's definition opens by keyboard and closes with Escape, leaving focus on the term", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await expect(popover).toBeHidden();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(popover).toBeVisible();
    await expect(popover.getByRole("link", { name: /in the glossary$/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("with the site's script, a definition also opens on keyboard focus and on mouse hover", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.focus();
    await expect(popover).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
    await page.locator("h1").hover();
    await button.hover();
    await expect(popover).toBeVisible();
    await page.locator("h1").hover();
    await expect(popover).toBeHidden();
  });

  test("a term's definition opens by click, and Tab moves on into it without being trapped", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.click();
    await expect(popover).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(popover.getByRole("link")).toBeFocused();
    await page.keyboard.press("Tab");
    // Focus has moved on (the next control may be another term, whose popover then replaces this one).
    expect(await popover.locator("a").evaluate((link) => link === document.activeElement)).toBe(false);
  });

  test("the link in the definition leads to the term on the glossary page", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.click();
    const href = await popover.getByRole("link").getAttribute("href");
    await popover.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const slug = href!.split("#")[1];
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
  });

  test("axe reports no violations with a definition open", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.click();
    await expect(popover).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe("on a 320 px phone", () => {
    const VIEWPORT = { width: 320, height: 640 };
    test.use({ viewport: VIEWPORT, hasTouch: true });
    const EDGES = ["top", "bottom", "left", "right"] as const;

    /**
     * Of the terms given, the one nearest an edge: the left- or rightmost on its line, or one
     * from the middle of the page scrolled to the top or bottom of the screen.
     */
    async function termAtEdge(page: Page, selector: string, edge: (typeof EDGES)[number]) {
      const index = await page.locator(selector).evaluateAll((buttons, edge) => {
        const lines = buttons.map((button) => [...button.getClientRects()]);
        if (edge === "left") return lines.reduce((best, rects, i) => (rects[0].left < lines[best][0].left ? i : best), 0);
        if (edge === "right") return lines.reduce((best, rects, i) => (rects.at(-1)!.right > lines[best].at(-1)!.right ? i : best), 0);
        return Math.floor(buttons.length / 2);
      }, edge);
      const button = page.locator(selector).nth(index);
      await button.evaluate((element, edge) => {
        const rect = element.getBoundingClientRect();
        if (edge === "top") window.scrollBy(0, rect.top - 4);
        else if (edge === "bottom") window.scrollBy(0, rect.bottom - window.innerHeight + 4);
        else element.scrollIntoView({ block: "center" });
      }, edge);
      return { button, popover: page.locator(`[id="${await button.getAttribute("popovertarget")}"]`) };
    }

    /** The open definition is inside the screen, next to its word (above or below it, within 40 px). */
    async function expectBesideItsWord(button: Locator, popover: Locator, label: string) {
      await expect(popover, label).toBeVisible();
      const box = (await popover.boundingBox())!;
      const word = await button.evaluate((element) => {
        const rects = [...element.getClientRects()];
        return { top: rects[0].top, bottom: rects.at(-1)!.bottom, left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
      });
      expect(box.x, label).toBeGreaterThanOrEqual(0);
      expect(box.y, label).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, label).toBeLessThanOrEqual(VIEWPORT.width);
      expect(box.y + box.height, label).toBeLessThanOrEqual(VIEWPORT.height);
      const gap = box.y >= word.bottom - 1 ? box.y - word.bottom : word.top - (box.y + box.height);
      expect(gap, `${label}: the box sits above or below its word, not over it`).toBeGreaterThanOrEqual(-1);
      expect(gap, `${label}: the box is near its word`).toBeLessThanOrEqual(40);
      expect(box.x <= word.right && box.x + box.width >= word.left, `${label}: the box overlaps its word's column`).toBe(true);
    }

    async function tapNearEachEdge(page: Page) {
      await page.goto(ARTICLE);
      for (const edge of EDGES) {
        const { button, popover } = await termAtEdge(page, "main .glossary-term-button", edge);
        await button.tap();
        await expectBesideItsWord(button, popover, `tapped at the ${edge}`);
        await page.keyboard.press("Escape");
        await expect(popover).toBeHidden();
      }
    }

    test("a definition tapped near each edge of the screen opens beside its word, inside the screen", async ({ page }) => {
      await tapNearEachEdge(page);
    });

    test.describe("without JavaScript (the stylesheet's anchoring alone)", () => {
      test.use({ javaScriptEnabled: false });
      test("a definition tapped near each edge of the screen opens beside its word, inside the screen", async ({ page }) => {
        await tapNearEachEdge(page);
      });
    });

    test("a definition opened by keyboard near each edge of the screen opens beside its word, inside the screen", async ({ page }) => {
      await page.goto(ARTICLE);
      for (const edge of EDGES) {
        const { button, popover } = await termAtEdge(page, 'main .glossary-term-button:not([tabindex="-1"])', edge);
        await button.focus();
        if (!(await popover.isVisible())) await page.keyboard.press("Enter");
        await expectBesideItsWord(button, popover, `opened by keyboard at the ${edge}`);
        await page.keyboard.press("Escape");
        await expect(popover).toBeHidden();
      }
    });
  });

  test("each term is one Tab stop on a page, at its first use; its later uses still open by click", async ({ page }) => {
    for (const url of [ARTICLE, "/medicines/methotrexate", "/tests/ana"]) {
      await page.goto(url);
      const triggers = await page.locator("main .glossary-term-button").evaluateAll((buttons) =>
        buttons.map((button) => ({ slug: button.getAttribute("popovertarget")!.replace(/^glossary-|-\d+$/g, ""), tabStop: button.tabIndex >= 0 })),
      );
      const distinct = new Set(triggers.map((trigger) => trigger.slug));
      expect(triggers.length, url).toBeGreaterThan(distinct.size);
      expect(triggers.filter((trigger) => trigger.tabStop).map((trigger) => trigger.slug), url).toEqual([...distinct]);
    }
    const later = page.locator('main .glossary-term-button[tabindex="-1"]').first();
    await later.click();
    await expect(page.locator(`[id="${await later.getAttribute("popovertarget")}"]`)).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the definition still opens (native popover) and links to the glossary", async ({ page }) => {
      await page.goto(ARTICLE);
      const { button, popover } = await firstTerm(page);
      await button.click();
      await expect(popover).toBeVisible();
      await expect(popover).toContainText(":");
    });
  });
});

test.describe("the glossary page", () => {
  test("has a letter index and, for each used term, where it appears", async ({ page }) => {
    await page.goto("/glossary");
    await page.getByRole("navigation", { name: "Glossary letters" }).getByRole("link", { name: /L$/ }).click();
    await expect(page).toHaveURL(/#letter-L$/);
    const entry = page.locator('[id="lupus-nephritis"]');
    await expect(entry).toContainText("neh-FRY-tis");
    await entry.getByText("Where this term appears").click();
    await expect(entry.getByRole("link", { name: "Lupus and your kidneys" })).toBeVisible();
  });

  test("prints terms as plain text, without the popovers", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: "print" });
    const { popover } = await firstTerm(page);
    await expect(popover).toBeHidden();
    const decoration = await page.locator("main .prose .glossary-term-button").first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(decoration).toBe("none");
  });
});
