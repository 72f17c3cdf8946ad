import Link from "@/components/SiteLink";
import type { Medicine } from "@/lib/content/load";
import type { MedicineClass, MedicineTableView } from "@/lib/content/schema";
import { breastfeedingLabel, liveVaccineLabel, medicineClassLabel, pregnancyLabel } from "./labels";

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
  return (
    <table className="medicine-table" data-medicine-table={view}>
      <caption>{caption}</caption>
      <thead>
        {view === "a-to-z" ? (
          <tr>
            <th scope="col">Medicine</th>
            <th scope="col">Brand names</th>
            <th scope="col">What it is for</th>
            <th scope="col">Type</th>
          </tr>
        ) : (
          <tr>
            <th scope="col">Medicine</th>
            <th scope="col">Pregnancy</th>
            <th scope="col">Breastfeeding</th>
            <th scope="col">Live vaccines</th>
          </tr>
        )}
      </thead>
      <tbody>
        {rows.map(({ url, title, medicine }) =>
          view === "a-to-z" ? (
            <tr key={url}>
              <th scope="row">
                <Link href={url}>{title}</Link>
              </th>
              <td>{medicine.brandNames.join(", ")}</td>
              <td>{medicine.usedFor}</td>
              <td>{medicineClassLabel(medicine.medicineClass)}</td>
            </tr>
          ) : (
            <tr key={url}>
              <th scope="row">
                <Link href={`${url}#pregnancy-breastfeeding-and-fertility`}>{title}</Link>
              </th>
              <td>{pregnancyLabel(medicine.pregnancy)}</td>
              <td>{breastfeedingLabel(medicine.breastfeeding.status)}</td>
              <td>{liveVaccineLabel(medicine.liveVaccines.status)}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
