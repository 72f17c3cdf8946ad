import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.2 A and AA, as axe tags them. */
const WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** The page's WCAG 2.2 AA violations, each with a few of the offending nodes, for a readable failure. */
export async function wcagViolations(page: Page) {
  // Only violations are reported back (less work). options() replaces what withTags() set, so the
  // WCAG tags are given here too.
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: "tag", values: WCAG_22_AA_TAGS }, resultTypes: ["violations"] })
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}
