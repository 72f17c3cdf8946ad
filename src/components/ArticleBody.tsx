import { Fragment } from "react";
import type { Medicine } from "@/lib/content/types";
import { MEDICINE_CLASSES, MEDICINE_TABLE_VIEWS, type MedicineClass, type MedicineTableView } from "@/lib/content/schema";
import { MEDICINE_TABLE_PLACEHOLDER_CLASS } from "@/lib/markdown/callouts";
import { MedicineTable } from "./medicines/MedicineTable";

/**
 * Markdown rendered at build time by src/lib/markdown/pipeline.ts. The HTML was sanitised
 * there (raw HTML dropped, unsafe URLs removed), which is what makes inserting it safe.
 * A `::medicine-table` placeholder is replaced by the table generated from the medicine pages.
 */
export function ArticleBody({ html, medicines = [] }: { html: string; medicines?: Medicine[] }) {
  const parts = html.split(PLACEHOLDER);
  if (parts.length === 1) return <div className="prose prose-lg max-w-none" dangerouslySetInnerHTML={{ __html: html }} />;
  // split() with two capture groups gives: html, view, class, html, view, class, html ...
  return (
    <div className="prose prose-lg max-w-none">
      {parts.map((part, index) => {
        if (index % 3 === 0) return part && <div key={index} dangerouslySetInnerHTML={{ __html: part }} />;
        if (index % 3 === 2) return <Fragment key={index} />;
        const medicineClass = parts[index + 1];
        return (
          <MedicineTable
            key={index}
            view={asView(part)}
            medicineClass={medicineClass ? asClass(medicineClass) : undefined}
            medicines={medicines}
          />
        );
      })}
    </div>
  );
}

/** The placeholder the pipeline leaves (attributes in the order rehype writes them). */
const PLACEHOLDER = new RegExp(
  `<div class="${MEDICINE_TABLE_PLACEHOLDER_CLASS}" data-medicine-table="([a-z-]+)"(?: data-medicine-class="([a-z-]+)")?></div>`,
);

function asView(value: string): MedicineTableView {
  const view = MEDICINE_TABLE_VIEWS.find((candidate) => candidate === value);
  if (!view) throw new Error(`unknown medicine table view "${value}"`);
  return view;
}

function asClass(value: string): MedicineClass {
  if (!Object.hasOwn(MEDICINE_CLASSES, value)) throw new Error(`unknown medicine class "${value}"`);
  return value as MedicineClass; // checked just above against the table of classes
}
