import { wcagViolations } from "./axe";
import { expect, test, type Page, type Request } from "@playwright/test";
import { loadSiteFrom } from "../../src/lib/content/load";
import { contentDir } from "../../src/lib/content/paths";
import { prepareCatalog } from "../../src/lib/content/checklist";
import { pdfText } from "./pdf-text";

const URL = "/prepare";
const STORAGE_KEY = "lupus-guide:prepare";

const catalog = prepareCatalog(await loadSiteFrom(contentDir()));
const allSymptoms = catalog.symptomGroups.flatMap((group) => group.items);

/** Made-up words typed into the form: if any request carries them, entered data left the browser. */
const ENTERED = {
  started: "Zorblax-started-3-weeks",
  medicine: "Quintaxomab",
  dose: "77 zogs nightly",
  ownQuestion: "Will the Vexmoor trip be safe?",
  other: "Glimmering ears",
};

const CHEST_PAIN = "New chest pain or pressure";
const BLOOD_IN_URINE = "Blood in your urine";
const JOINTS = "Painful or swollen joints";
const TIRED = "Deep tiredness (fatigue)";
const QUESTION = "Is my joint pain caused by lupus, by a medicine, or by something else?";

function symptomBox(page: Page, symptom: string) {
  return page.getByRole("checkbox", { name: symptom });
}

/** The details fieldset of a ticked symptom. */
function detailsOf(page: Page, symptom: string) {
  return page.getByRole("group", { name: `More about: ${symptom}` });
}

async function fillChecklist(page: Page) {
  await symptomBox(page, JOINTS).check();
  await detailsOf(page, JOINTS).getByLabel("When did it start?").fill(ENTERED.started);
  await detailsOf(page, JOINTS).getByLabel("How often?").selectOption({ label: "Every day" });
  await detailsOf(page, JOINTS).getByLabel("Since your last visit").selectOption({ label: "Getting worse" });
  await symptomBox(page, TIRED).check();
  await symptomBox(page, CHEST_PAIN).check();
  await symptomBox(page, BLOOD_IN_URINE).check();
  await page.getByLabel("Anything else you have noticed").fill(ENTERED.other);
  await page.getByRole("button", { name: "Add a medicine" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await page.getByLabel("Name", { exact: true }).fill(ENTERED.medicine);
  await page.getByLabel("Dose and how often").fill(ENTERED.dose);
  // The joints page's questions are offered for the ticked joint symptom.
  await page.getByRole("group", { name: "Lupus and your joints and muscles" }).getByRole("checkbox", { name: QUESTION }).first().check();
  await page.getByLabel("Your own questions").fill(ENTERED.ownQuestion);
}

test.describe("the appointment checklist", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("keeps what was entered across a reload, summarises it, prints it, copies it, clears it, and sends none of it", async ({ page }) => {
    const requests: Request[] = [];
    page.on("request", (request) => requests.push(request));

    await page.goto(URL);
    await expect(page.getByRole("heading", { name: "Nothing leaves your device" })).toBeVisible();
    await fillChecklist(page);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE_KEY)).toContain(ENTERED.ownQuestion);

    await page.reload();
    await expect(symptomBox(page, JOINTS)).toBeChecked();
    await expect(symptomBox(page, CHEST_PAIN)).toBeChecked();
    await expect(symptomBox(page, BLOOD_IN_URINE)).toBeChecked();
    await expect(symptomBox(page, TIRED)).toBeChecked();
    await expect(symptomBox(page, "Muscle pain or aches")).not.toBeChecked();
    await expect(detailsOf(page, JOINTS).getByLabel("When did it start?")).toHaveValue(ENTERED.started);
    await expect(detailsOf(page, JOINTS).getByLabel("Since your last visit")).toHaveValue("worse");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(ENTERED.medicine);
    await expect(page.getByLabel("Your own questions")).toHaveValue(ENTERED.ownQuestion);
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? "{}");
    expect(stored.version).toBe(1);

    // The summary: warning signs first of all, then new or worse, then the rest.
    const summary = page.locator(".summary-sheet");
    await expect(summary.getByRole("heading", { name: "Call 911 or your local emergency number now" })).toBeVisible();
    await expect(summary.getByRole("heading", { name: "Call your care team today" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "See all warning signs" }).first()).toHaveAttribute("href", "/get-help");
    const order = await summary.locator("ol.summary-list").first().locator(":scope > li > strong").allTextContents();
    expect(order).toEqual([CHEST_PAIN, BLOOD_IN_URINE, JOINTS, TIRED]);
    // Never a diagnosis: what the page itself says (leaving out the questions quoted from other
    // pages, such as the title "Sun protection when you have lupus") never says whether the reader has lupus.
    const ownWords = await page.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".question-page, .question-topic, .summary-questions").forEach((element) => element.remove());
      return copy.textContent ?? "";
    });
    expect(ownWords).toContain("not a diagnosis");
    expect(ownWords).not.toMatch(/\b(have|has)\b[^.]{0,20}\blupus\b/i);

    // Printing gives the summary, not the form.
    const printed = await pdfText(await page.pdf({ format: "Letter" }));
    for (const expected of [
      "My appointment summary",
      "Call 911 or your local emergency number now",
      "Call your care team today",
      CHEST_PAIN,
      BLOOD_IN_URINE,
      JOINTS,
      TIRED,
      ENTERED.started,
      ENTERED.medicine,
      ENTERED.dose,
      ENTERED.other,
      QUESTION,
      ENTERED.ownQuestion,
    ]) {
      expect(printed).toContain(expected);
    }
    for (const absent of ["Symptoms you have noticed", "Add a medicine", "Clear everything", "Muscle pain or aches", "Talk to your doctor"]) {
      expect(printed).not.toContain(absent);
    }

    // Copy as text, for a message in a patient portal.
    await page.getByRole("button", { name: "Copy as text" }).click();
    await expect(page.getByRole("status")).toHaveText(/Summary copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.indexOf("CALL 911 OR YOUR LOCAL EMERGENCY NUMBER NOW.")).toBeGreaterThan(0);
    expect(copied.indexOf(`- ${CHEST_PAIN}`)).toBeLessThan(copied.indexOf(`- ${JOINTS}`));
    expect(copied).toContain(`- ${ENTERED.medicine}: ${ENTERED.dose}`);
    expect(copied).toContain(ENTERED.ownQuestion);

    // Clear everything removes it all, from the page and from storage.
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Clear everything" }).click();
    await expect(page.getByRole("status")).toHaveText("Everything you entered has been cleared.");
    await expect(symptomBox(page, JOINTS)).not.toBeChecked();
    await expect(symptomBox(page, CHEST_PAIN)).not.toBeChecked();
    await expect(page.getByLabel("Your own questions")).toHaveValue("");
    await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await expect(symptomBox(page, JOINTS)).not.toBeChecked();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // No request during all of this carried anything the reader entered or ticked.
    const tickedIds = allSymptoms.filter((item) => [CHEST_PAIN, BLOOD_IN_URINE, JOINTS, TIRED].includes(item.symptom)).map((item) => item.id);
    expect(tickedIds).toHaveLength(4);
    const secrets = [...Object.values(ENTERED), CHEST_PAIN, BLOOD_IN_URINE, JOINTS, TIRED, QUESTION, ...tickedIds.map((id) => id.split("/")[1])];
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      const carried = decodeURIComponent(`${request.url()} ${request.postData() ?? ""}`.replace(/\+/g, " ")).toLowerCase();
      for (const secret of secrets) expect(carried, request.url()).not.toContain(secret.toLowerCase());
      // Only reads (the page, its scripts, link prefetches): nothing is posted anywhere.
      expect(["GET", "HEAD"], `${request.method()} ${request.url()}`).toContain(request.method());
    }
  });

  test("after adding a medicine the cursor is in its name, and after removing one on \"Add a medicine\"", async ({ page }) => {
    await page.goto(URL);
    const add = page.getByRole("button", { name: "Add a medicine" });
    await add.click();
    await add.click();
    await expect(page.locator("#medicine-1-name")).toBeFocused();
    await page.getByRole("button", { name: "Remove medicine 1" }).click();
    await expect(add).toBeFocused();
    await expect(page.locator("#medicine-1-name")).toHaveCount(0);
  });

  test("declining the confirmation keeps everything", async ({ page }) => {
    await page.goto(URL);
    await symptomBox(page, TIRED).check();
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "Clear everything" }).click();
    await expect(symptomBox(page, TIRED)).toBeChecked();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", STORAGE_KEY)).toContain("whole-body/deep-tiredness-fatigue");
  });

  test("a ticked emergency sign says at once to call 911, and a same-day sign to call the care team", async ({ page }) => {
    await page.goto(URL);
    await symptomBox(page, CHEST_PAIN).check();
    const item = page.locator("li.symptom-item").filter({ has: symptomBox(page, CHEST_PAIN) });
    await expect(item).toContainText("Call 911 or your local emergency number now.");
    await expect(item.getByRole("link", { name: "See the warning signs" })).toHaveAttribute("href", "/get-help");
    await expect(page.getByRole("status")).toHaveText("Emergency sign: call 911 or your local emergency number now.");
    await symptomBox(page, BLOOD_IN_URINE).check();
    await expect(page.locator("li.symptom-item").filter({ has: symptomBox(page, BLOOD_IN_URINE) })).toContainText("Call your care team today.");
  });

  test("fetches no other page's data in the background, also when scrolled through and hovered", async ({ page }) => {
    const payloads: string[] = [];
    page.on("request", (request) => {
      const address = new globalThis.URL(request.url());
      const isPagePayload = address.pathname.endsWith(".txt") || address.searchParams.has("_rsc") || "rsc" in request.headers();
      if (isPagePayload) payloads.push(address.pathname);
    });
    await page.goto(URL, { waitUntil: "networkidle" });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 500) await page.mouse.wheel(0, 500);
    for (const link of (await page.locator("main a[href^='/']").filter({ visible: true }).all()).slice(0, 10)) await link.hover();
    await page.waitForLoadState("networkidle");
    expect(await page.locator("a[href^='/']").count()).toBeGreaterThan(20);
    expect(payloads).toEqual([]);
  });

  test.describe("on a 375 px phone", () => {
    test.use({ viewport: { width: 375, height: 667 } });
    test("a status message is shown beside its button and covers no control", async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("not allowed")) } });
      });
      await page.goto(URL);
      await symptomBox(page, TIRED).check();
      await page.getByRole("button", { name: "Copy as text" }).click();
      await expect(page.getByRole("status")).toHaveText(/did not let this page copy/);
      const note = page.locator(".status-note");
      await expect(note).toHaveText(/did not let this page copy/);
      // Whatever is drawn under points across the message: no control (hit testing, so clipped content does not count).
      await note.scrollIntoViewIfNeeded();
      const covered = await note.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const found = new Set<string>();
        for (let x = box.left + 1; x < box.right; x += Math.max(1, (box.width - 2) / 8)) {
          for (let y = box.top + 1; y < box.bottom; y += Math.max(1, (box.height - 2) / 4)) {
            for (const under of document.elementsFromPoint(x, y)) {
              const control = under.closest("a, button, input, select, textarea, summary, label");
              if (control && !control.contains(element)) found.add(control.outerHTML.slice(0, 80));
            }
          }
        }
        return [...found];
      });
      expect(covered).toEqual([]);
      await expect(note).toBeInViewport();
    });
  });

  test("where the browser will not copy, shows the text to copy by hand, and clearing removes it", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("not allowed")) } });
    });
    await page.goto(URL);
    await symptomBox(page, TIRED).check();
    await page.getByRole("button", { name: "Copy as text" }).click();
    await expect(page.getByRole("status")).toHaveText(/did not let this page copy/);
    const text = page.getByRole("textbox", { name: "Your summary as text" });
    await expect(text).toHaveValue(/- Deep tiredness \(fatigue\)/);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Clear everything" }).click();
    await expect(text).toHaveCount(0);
  });

  test("another tab of the same browser shows the same checklist, and a clear there clears it here", async ({ page, context }) => {
    await page.goto(URL);
    const other = await context.newPage();
    await other.goto(URL);
    await symptomBox(page, TIRED).check();
    await expect(symptomBox(other, TIRED)).toBeChecked();
    other.once("dialog", (dialog) => dialog.accept());
    await other.getByRole("button", { name: "Clear everything" }).click();
    await expect(symptomBox(page, TIRED)).not.toBeChecked();
  });

  test("works by keyboard: Space ticks, Tab reaches the details", async ({ page }) => {
    await page.goto(URL);
    await symptomBox(page, JOINTS).focus();
    await page.keyboard.press("Space");
    await expect(symptomBox(page, JOINTS)).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(detailsOf(page, JOINTS).getByLabel("When did it start?")).toBeFocused();
    await page.keyboard.type("yesterday");
    await page.keyboard.press("Tab");
    await expect(detailsOf(page, JOINTS).getByLabel("How often?")).toBeFocused();
    await expect(page.locator(".summary-sheet")).toContainText("Started: yesterday.");
  });

  test("offers every symptom of every symptom page, grouped by page, with the same warning flags", async ({ page }) => {
    await page.goto(URL);
    for (const group of catalog.symptomGroups) {
      const fieldset = page.getByRole("group", { name: group.label, exact: true });
      await expect(fieldset).toBeVisible();
      await expect(fieldset.getByRole("link", { name: `Read: ${group.title}` })).toHaveAttribute("href", group.url);
      for (const item of group.items) {
        const box = fieldset.getByRole("checkbox", { name: item.symptom });
        await expect(box).toBeVisible();
        const label = page.locator(`label[for="${await box.getAttribute("id")}"]`);
        if (item.warning === "emergency") await expect(label).toContainText("Emergency sign");
        else if (item.warning === "urgent") await expect(label).toContainText("Same-day sign");
        else await expect(label).not.toContainText(/Emergency sign|Same-day sign/);
      }
    }
  });
});

test.describe("accessibility of the checklist", () => {
  test("axe finds no WCAG 2.2 AA violations with items ticked, a medicine and questions", async ({ page }) => {
    await page.goto(URL);
    await fillChecklist(page);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test("axe finds no violations in dark mode at 320 px with items ticked, and nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(URL);
    await fillChecklist(page);
    expect(await wcagViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows a printable blank checklist of every symptom, with lines for medicines and questions", async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator("h1")).toHaveText("Prepare for your appointment");
    const blank = page.getByRole("region", { name: "Appointment checklist" });
    await expect(blank).toBeVisible();
    for (const group of catalog.symptomGroups) await expect(blank.getByRole("heading", { name: group.label, exact: true })).toBeVisible();
    for (const item of allSymptoms) await expect(blank.getByText(item.symptom, { exact: true })).toBeVisible();
    await expect(blank.getByRole("heading", { name: "Your medicines and doses" })).toBeVisible();
    await expect(blank.getByRole("heading", { name: "Your questions" })).toBeVisible();
    // A paper form: nothing to type into, so nothing can be submitted.
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.locator("main form, main input, main textarea")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Non-urgent advice: Talk to your doctor$/ })).toBeVisible();

    const printed = await pdfText(await page.pdf({ format: "Letter" }));
    expect(printed).toContain("Appointment checklist");
    expect(printed).toContain(CHEST_PAIN);
    expect(printed).toContain(allSymptoms.at(-1)?.symptom ?? "");
    expect(printed).toContain("Dose and how often");
  });
});

test.describe("links to the checklist", () => {
  test("from the home page and from every symptom page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Prepare for your appointment/ }).click();
    await expect(page).toHaveURL(/\/prepare$/);
    for (const url of ["/symptoms", ...catalog.symptomGroups.map((group) => group.url)]) {
      await page.goto(url);
      await expect(page.getByRole("link", { name: "appointment checklist" }), url).toHaveAttribute("href", "/prepare");
    }
  });
});
