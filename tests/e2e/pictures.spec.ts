import AxeBuilder from "@axe-core/playwright";
import { wcagViolations } from "./axe";
import { expect, test, type Page } from "@playwright/test";
import { PICTURES, type PictureName } from "../../src/lib/pictures";

/** Where each picture is placed. */
const PLACEMENTS: readonly { url: string; name: PictureName }[] = [
  { url: "/", name: "body-map" },
  { url: "/symptoms", name: "body-map" },
  { url: "/about-lupus/what-is-lupus", name: "how-lupus-works" },
  { url: "/about-lupus/flares-and-remission", name: "flares-and-remission" },
  { url: "/treatment/overview", name: "treatment-ladder" },
];

/** The body map's areas, head to toe: the order of the Tab key. */
const AREAS = PICTURES["body-map"].links ?? [];

function svgOf(page: Page, name: PictureName) {
  return page.locator(`.picture-${name} svg.picture-svg`);
}

async function isFocused(locator: ReturnType<Page["locator"]>) {
  return locator.evaluate((element) => element === document.activeElement);
}

test.describe("the body map", () => {
  for (const url of ["/symptoms", "/"]) {
    test(`on ${url}: Tab reaches every area head to toe, each with a visible label and a visible focus ring`, async ({ page }) => {
      await page.goto(url);
      const areas = svgOf(page, "body-map").locator("a");
      await expect(areas).toHaveCount(AREAS.length);
      // The ring is hidden until an area has keyboard focus.
      await expect(areas.first().locator(".pic-focus-inner")).toBeHidden();

      // From the top of the page, Tab until the first area has focus.
      for (let presses = 0; !(await isFocused(areas.first())); presses++) {
        if (presses > 150) throw new Error("Tab never reached the body map");
        await page.keyboard.press("Tab");
      }
      for (const [index, area] of AREAS.entries()) {
        if (index > 0) await page.keyboard.press("Tab");
        const focused = areas.nth(index);
        expect(await isFocused(focused), `Tab ${index + 1} should reach ${area.label}`).toBe(true);
        await expect(focused).toHaveAttribute("href", area.href);
        await expect(focused).toHaveAccessibleName(area.label);
        // The label is visible words inside the picture, the same words as the link's name.
        await expect(focused.locator("text")).toBeVisible();
        expect((await focused.locator("tspan").allTextContents()).join(" ")).toBe(area.label);
        await expect(focused.locator(".pic-focus-inner")).toBeVisible();
        await expect(focused.locator(".pic-focus-inner")).toBeInViewport();
        if (index > 0) await expect(areas.nth(index - 1).locator(".pic-focus-inner")).toBeHidden();
      }
      // After the picture, the same links follow as a plain list.
      const list = page.locator(".picture-body-map .picture-links a");
      expect(await list.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(AREAS.map((area) => area.href));
      await page.keyboard.press("Tab");
      expect(await isFocused(list.first())).toBe(true);
    });
  }

  for (const [index, area] of AREAS.entries()) {
    test(`the "${area.label}" area opens ${area.href} from the keyboard`, async ({ page }) => {
      await page.goto("/symptoms");
      const link = svgOf(page, "body-map").locator("a").nth(index);
      await link.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${area.href}$`));
      await expect(page.locator("h1")).toBeVisible();
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("shows the picture and its links", async ({ page }) => {
      await page.goto("/symptoms");
      await expect(svgOf(page, "body-map")).toBeVisible();
      await expect(svgOf(page, "body-map").locator("a[href^='/symptoms/']")).toHaveCount(AREAS.length);
      await expect(page.locator(".picture-body-map .picture-links a")).toHaveCount(AREAS.length);
    });
  });
});

test.describe("each picture", () => {
  for (const { url, name } of PLACEMENTS) {
    test(`${name} on ${url} has an accessible name, a description and a visible caption`, async ({ page }) => {
      const picture = PICTURES[name];
      await page.goto(url);
      const svg = svgOf(page, name);
      await expect(svg).toHaveCount(1);
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAccessibleName(picture.title);
      await expect(svg).toHaveAccessibleDescription(picture.description);
      // A drawing without links is one image; the body map is a group, so its links stay reachable.
      await expect(page.getByRole(picture.links ? "group" : "img", { name: picture.title })).toHaveCount(1);
      await expect(page.locator(`.picture-${name} figure figcaption`)).toHaveText(picture.caption);
      await expect(page.locator(`.picture-${name} figure figcaption`)).toBeVisible();
    });
  }
});

test.describe("axe finds no WCAG 2.2 AA violations on pages with pictures", () => {
  // WCAG 2.5.3 "label in name": axe's rule is experimental, so it is not among the tags and is named here.
  for (const url of ["/", "/symptoms"]) {
    test(`on ${url}, every body-map link's name contains its visible label (label-content-name-mismatch)`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).include(".picture-body-map").withRules(["label-content-name-mismatch"]).analyze();
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")))).toEqual([]);
      // The rule really looked at the links (it passes them, rather than finding nothing to check).
      expect(results.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThanOrEqual(AREAS.length);
    });
  }


  for (const colorScheme of ["light", "dark"] as const) {
    for (const { url } of PLACEMENTS) {
      test(`on ${url} in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        expect(await wcagViolations(page)).toEqual([]);
        // The pictures were part of what axe checked.
        await expect(page.locator(".picture-svg")).toHaveCount(1);
      });
    }
  }
});

/** The smallest text in a page's pictures, in device pixels (CSS size x the SVG's scale x the pixel ratio). */
async function smallestPictureText(page: Page): Promise<number> {
  return page.locator(".picture-svg text").evaluateAll((texts) =>
    Math.min(
      ...texts.map((text) => {
        const scale = (text as SVGTextElement).getScreenCTM()?.a ?? 0;
        return parseFloat(getComputedStyle(text).fontSize) * scale * window.devicePixelRatio;
      }),
    ),
  );
}

test.describe("text in pictures", () => {
  for (const { url, name } of PLACEMENTS) {
    test(`on ${url} is at least 15 px, doubles at 200% zoom, and is at least 13 px on a 320 px screen`, async ({ browser }) => {
      const normal = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await normal.goto(url);
      const atNormalSize = await smallestPictureText(normal);
      expect(atNormalSize).toBeGreaterThanOrEqual(15);
      await normal.close();

      // 200% zoom of a 1280 px screen: half as many CSS pixels, each two device pixels wide.
      const zoomed = await browser.newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
      await zoomed.goto(url);
      expect(await smallestPictureText(zoomed)).toBeGreaterThanOrEqual(atNormalSize * 1.9);
      await zoomed.close();

      const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await phone.goto(url);
      expect(await smallestPictureText(phone)).toBeGreaterThanOrEqual(13);
      // The picture, its caption and its list fit the screen: nothing in them needs sideways scrolling.
      const overflowing = await phone.locator(`.picture-${name}, .picture-${name} *`).evaluateAll((elements) =>
        elements.filter((element) => {
          const box = element.getBoundingClientRect();
          return box.left < 0 || box.right > document.documentElement.clientWidth;
        }).map((element) => element.tagName),
      );
      expect(overflowing).toEqual([]);
      await phone.close();
    });
  }
});

/** Every colour the pictures on a page are drawn in (the fills and strokes that paint, the caption's text), as computed. */
async function pictureColours(page: Page): Promise<string[]> {
  return page.locator(".picture-block").evaluateAll((blocks) => {
    const colours = new Set<string>();
    for (const block of blocks) {
      for (const element of block.querySelectorAll("path, rect, circle, ellipse, polygon, line, text, tspan, figcaption")) {
        const style = getComputedStyle(element);
        if (style.visibility === "hidden") continue;
        const tag = element.tagName.toLowerCase();
        const painted =
          tag === "figcaption" ? [style.color] : tag === "line" ? [style.stroke] : tag === "text" || tag === "tspan" ? [style.fill] : [style.fill, style.stroke];
        for (const value of painted) if (value !== "none" && !value.startsWith("url(")) colours.add(value);
      }
    }
    return [...colours];
  });
}

test.describe("pictures print in black and white", () => {
  for (const { url } of PLACEMENTS.filter((placement) => placement.url !== "/")) {
    test(`on ${url}`, async ({ page }) => {
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      await page.goto(url);
      const colours = await pictureColours(page);
      expect(colours.length).toBeGreaterThan(1);
      for (const colour of colours) {
        const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        expect(r === g && g === b, `${colour} is not a grey`).toBe(true);
      }
    });
  }
});

test.describe("in forced-colours mode", () => {
  test("pictures are drawn only in the system colours", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
    for (const { url } of PLACEMENTS.filter((placement) => placement.url !== "/")) {
      await page.goto(url);
      const systemColours = await page.evaluate(() =>
        ["Canvas", "CanvasText", "LinkText", "Highlight"].map((name) => {
          const probe = document.createElement("span");
          probe.style.cssText = `color: ${name}; forced-color-adjust: none`;
          document.body.append(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        }),
      );
      for (const colour of await pictureColours(page)) expect(systemColours, `${colour} on ${url}`).toContain(colour);
    }
  });
});
