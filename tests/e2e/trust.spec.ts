/**
 * Trust you can check: every kind of content page shows its review trail and a way to report a
 * problem (prefilled, sent by nobody but the reader), and a renamed heading's old anchor still
 * lands on the heading it became.
 */
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./site-pages";

const CONTENT_KINDS = [PAGE_TYPES.hub, PAGE_TYPES.article, PAGE_TYPES.medicine, PAGE_TYPES.test, PAGE_TYPES.medicinesHub];

test.describe("the review trail", () => {
  for (const url of CONTENT_KINDS) {
    test(`${url} shows when it was reviewed, when it is due, and how the information is made`, async ({ page }) => {
      await page.goto(url);
      const trail = page.getByRole("region", { name: "Review dates and corrections" });
      await expect(trail).toContainText(/Last reviewed: \w+ \d{1,2}, \d{4}/);
      await expect(trail).toContainText(/Next review due: \w+ \d{1,2}, \d{4}/);
      const [reviewed, due] = await trail.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
      expect(Number(due.slice(0, 4)) - Number(reviewed.slice(0, 4))).toBe(1);
      await expect(trail.getByRole("link", { name: "How we make this information" })).toHaveAttribute("href", "/about/how-we-make-this-information");
      await expect(trail.getByRole("link", { name: "See every change to this page" })).toHaveAttribute("href", /\{?content\/.+\.md$/);
      // No invented reviewers: nothing claims a clinical review that was not recorded.
      await expect(trail).not.toContainText("Clinical review");
    });
  }

  test("the report link carries the page's title, address and section, and a privacy note", async ({ page }) => {
    await page.goto(PAGE_TYPES.article);
    const link = page.getByRole("link", { name: "Report a problem with this page" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^mailto:/);
    const body = decodeURIComponent(href.split("body=")[1] ?? "");
    const title = (await page.locator("h1").textContent()) ?? "";
    expect(decodeURIComponent(href)).toContain(title);
    expect(body).toMatch(new RegExp(`Address: https?://[^\\s]+${PAGE_TYPES.article}`));
    expect(body).toContain("Section: Symptoms");
    expect(body).toContain("do not include your own health details");
    await expect(page.getByText("please leave out your own health details")).toBeVisible();
  });
});

test.describe("renamed and moved headings", () => {
  test("an old section link of a moved page lands on the heading it became", async ({ page }) => {
    await page.goto("/treatment/steroids#can-i-stop-taking-steroids-when-i-feel-better");
    await expect(page).toHaveURL(/\/medicines\/glucocorticoids#can-i-stop-taking-steroids-when-i-feel-better$/);
    const heading = page.getByRole("heading", { name: "Why must I never stop steroids suddenly?" });
    await expect(heading).toBeInViewport();
    // The old id sits just before the heading it became.
    const next = await page.locator("#can-i-stop-taking-steroids-when-i-feel-better").evaluate((anchor) => anchor.nextElementSibling?.querySelector("h2")?.id);
    expect(next).toBe("why-must-i-never-stop-steroids-suddenly");
  });
});
