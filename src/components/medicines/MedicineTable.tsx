import Link from "@/components/SiteLink";
import type { Medicine } from "@/lib/content/types";
import type { MedicineClass, MedicineTableView } from "@/lib/content/schema";
import { dictionaryFor, format } from "@/lib/i18n";
import { breastfeedingLabel, liveVaccineLabel, medicineClassLabel, pregnancyLabel } from "./labels";

/**
 * A table generated from the medicine pages' own front matter (placed in Markdown with
 * `::medicine-table{view="..."}`), so it can never disagree with a medicine's page.
 */
export function MedicineTable({ view, medicineClass, medicines }: { view: MedicineTableView; medicineClass?: MedicineClass; medicines: Medicine[] }) {
  const rows = medicineClass ? medicines.filter((medicine) => medicine.medicine.medicineClass === medicineClass) : medicines;
  if (rows.length === 0) return null;
  const t = dictionaryFor();
  const words = t.medicines.table;
  const caption =
    view === "a-to-z"
      ? medicineClass
        ? format(words.aToZOfClass, { class: medicineClassLabel(medicineClass) })
        : words.aToZ
      : medicineClass
        ? format(words.pregnancyAndVaccinesOfClass, { class: medicineClassLabel(medicineClass).toLocaleLowerCase(t.locale) })
        : words.pregnancyAndVaccines;
  // Each body cell repeats its column heading as data-label, for the narrow-screen card view.
  const columns = words.columns[view];
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
              <td data-label={columns[1]}>{medicine.brandNames.join(t.listSeparator)}</td>
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
