import Link from "@/components/SiteLink";
import type { Medicine } from "@/lib/content/types";
import type { MedicineClass, MedicineTableView } from "@/lib/content/schema";
import { breastfeedingLabel, liveVaccineLabel, medicineClassLabel, pregnancyLabel } from "./labels";

const COLUMNS: Record<MedicineTableView, readonly [string, string, string, string]> = {
  "a-to-z": ["Medicine", "Brand names", "What it is for", "Type"],
  "pregnancy-and-vaccines": ["Medicine", "Pregnancy", "Breastfeeding", "Live vaccines"],
};

/**
 * A table generated from the medicine pages' own front matter (placed in Markdown with
 * `::medicine-table{view="..."}`), so it can never disagree with a medicine's page.
 */
export function MedicineTable({ view, medicineClass, medicines }: { view: MedicineTableView; medicineClass?: MedicineClass; medicines: Medicine[] }) {
  const rows = medicineClass ? medicines.filter((medicine) => medicine.medicine.medicineClass === medicineClass) : medicines;
  if (rows.length === 0) return null;
  const caption =
    view === "a-to-z"
      ? medicineClass
        ? `${medicineClassLabel(medicineClass)} medicines used in lupus`
        : "Lupus medicines A to Z"
      : `Pregnancy, breastfeeding and live vaccines${medicineClass ? `: ${medicineClassLabel(medicineClass).toLowerCase()} medicines` : ", medicine by medicine"}`;
  // Each body cell repeats its column heading as data-label, for the narrow-screen card view.
  const columns = COLUMNS[view];
  return (
    <table className="medicine-table" data-medicine-table={view}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ url, title, medicine }) =>
          view === "a-to-z" ? (
            <tr key={url}>
              <th scope="row">
                <Link href={url}>{title}</Link>
              </th>
              <td data-label={columns[1]}>{medicine.brandNames.join(", ")}</td>
              <td data-label={columns[2]}>{medicine.usedFor}</td>
              <td data-label={columns[3]}>{medicineClassLabel(medicine.medicineClass)}</td>
            </tr>
          ) : (
            <tr key={url}>
              <th scope="row">
                <Link href={`${url}#pregnancy-breastfeeding-and-fertility`}>{title}</Link>
              </th>
              <td data-label={columns[1]}>{pregnancyLabel(medicine.pregnancy)}</td>
              <td data-label={columns[2]}>{breastfeedingLabel(medicine.breastfeeding.status)}</td>
              <td data-label={columns[3]}>{liveVaccineLabel(medicine.liveVaccines.status)}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
