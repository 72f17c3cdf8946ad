import { useEffect, useRef } from "react";
import type { Medicine } from "@/lib/prepare/state";
import type { PrepareWords, UpdateState } from "@/lib/prepare/types";
import { format } from "@/lib/i18n/format";
import { rich } from "@/lib/i18n/rich";

const MEDICINE_NAMES_ID = "medicine-names";

/** Step 2: the reader's medicines and doses, a row each; rows are added and removed with buttons. */
export function MedicineList({
  medicines,
  suggestions,
  update,
  words,
}: {
  medicines: Medicine[];
  suggestions: string[];
  update: UpdateState;
  words: PrepareWords;
}) {
  const t = words.medicines;
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // After adding a row, the cursor goes to its name; after removing one, back to "Add a medicine".
  // A ref, not state: the move waits for the render the change causes and needs none of its own.
  const focusAfterRender = useRef<"new-row" | "add-button" | null>(null);

  useEffect(() => {
    if (focusAfterRender.current === "new-row") list.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus();
    if (focusAfterRender.current === "add-button") addButton.current?.focus();
    focusAfterRender.current = null;
  });

  const change = (index: number, field: keyof Medicine, value: string) =>
    update((current) => ({
      ...current,
      medicines: current.medicines.map((medicine, position) => (position === index ? { ...medicine, [field]: value } : medicine)),
    }));

  return (
    <section aria-labelledby="step-medicines" className="mt-10">
      <h2 id="step-medicines" className="text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-2">{t.intro}</p>
      {/* The browser's own suggestions as the reader types (from the medicine pages); nothing is sent anywhere. */}
      <datalist id={MEDICINE_NAMES_ID}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {medicines.length === 0 && <p className="mt-2 text-[var(--color-muted)]">{t.none}</p>}
      <ol ref={list} className="mt-3 space-y-3">
        {medicines.map((medicine, index) => (
          <li key={index}>
            <fieldset className="medicine-row">
              <legend className="font-bold">{format(t.row, { number: index + 1 })}</legend>
              <div>
                <label htmlFor={`medicine-${index}-name`} className="block">
                  {t.name}
                </label>
                <input
                  type="text"
                  id={`medicine-${index}-name`}
                  className="prepare-field w-full"
                  autoComplete="off"
                  spellCheck={false}
                  list={MEDICINE_NAMES_ID}
                  value={medicine.name}
                  onChange={(event) => change(index, "name", event.target.value)}
                />
              </div>
              <div>
                <label htmlFor={`medicine-${index}-dose`} className="block">
                  {t.dose}
                </label>
                <input
                  type="text"
                  id={`medicine-${index}-dose`}
                  aria-describedby={`medicine-${index}-dose-hint`}
                  className="prepare-field w-full"
                  autoComplete="off"
                  spellCheck={false}
                  value={medicine.dose}
                  onChange={(event) => change(index, "dose", event.target.value)}
                />
                <span id={`medicine-${index}-dose-hint`} className="block text-base text-[var(--color-muted)]">
                  {t.doseHint}
                </span>
              </div>
              <div className="medicine-remove">
                <button
                  type="button"
                  className="action-button"
                  onClick={() => {
                    update((current) => ({ ...current, medicines: current.medicines.filter((_, position) => position !== index) }));
                    focusAfterRender.current = "add-button";
                  }}
                >
                  {rich(t.remove, { hidden: (text) => <span className="sr-only">{text}</span> }, { number: index + 1 })}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="action-button mt-3"
        onClick={() => {
          update((current) => ({ ...current, medicines: [...current.medicines, { name: "", dose: "" }] }));
          focusAfterRender.current = "new-row";
        }}
      >
        {t.add}
      </button>
    </section>
  );
}
