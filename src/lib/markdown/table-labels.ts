import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * rehype plugin: gives each body cell of a table its column's heading as `data-label`, so a
 * narrow screen can show a table as one card per row ("Pregnancy: Can usually be continued")
 * instead of squeezing columns until words break in the middle. Runs after sanitising: the
 * labels are the table's own heading text.
 */
export function rehypeTableLabels() {
  return (tree: Root) => {
    visit(tree, "element", (table) => {
      if (table.tagName !== "table") return;
      const sections = table.children.filter((child): child is Element => child.type === "element");
      const head = sections.find((section) => section.tagName === "thead");
      const headRow = head?.children.find((child): child is Element => child.type === "element" && child.tagName === "tr");
      if (!headRow) return;
      const labels = cellsOf(headRow).map((cell) => toString(cell).trim());
      for (const body of sections.filter((section) => section.tagName === "tbody")) {
        for (const row of body.children) {
          if (row.type !== "element" || row.tagName !== "tr") continue;
          cellsOf(row).forEach((cell, index) => {
            if (labels[index]) cell.properties.dataLabel = labels[index];
          });
        }
      }
    });
  };
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => child.type === "element" && (child.tagName === "td" || child.tagName === "th"));
}
