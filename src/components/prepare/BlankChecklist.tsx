import type { PrepareCatalog } from "@/lib/prepare/types";
import { WARNING_ADVICE } from "@/lib/prepare/summary";
import { WarningTag } from "./WarningTag";

const MEDICINE_LINES = 6;
const QUESTION_LINES = 5;

/** A line to write on, on paper. */
function WriteLine({ label }: { label: string }) {
  return (
    <span className="write-field">
      <span>{label}</span>
      <span className="write-line" aria-hidden="true" />
    </span>
  );
}

/**
 * The checklist on paper: every symptom with an empty box and lines to write on, and blank
 * lines for medicines and questions. It is the page without JavaScript, and what prints when
 * nothing has been entered.
 */
export function BlankChecklist({ catalog }: { catalog: PrepareCatalog }) {
  return (
    <section aria-labelledby="blank-checklist" className="blank-checklist mt-8">
      <h2 id="blank-checklist" className="text-2xl font-bold">
        Appointment checklist
      </h2>
      <p className="mt-2">Print this page, fill it in by hand, and take it to your visit.</p>
      <p className="write-date mt-2">
        <WriteLine label="Date of visit:" />
      </p>
      <p className="mt-3">
        <strong>Warning signs:</strong> if you tick a symptom marked <WarningTag warning="emergency" />,{" "}
        {WARNING_ADVICE.emergency.action.toLowerCase()}. If you tick one marked <WarningTag warning="urgent" />,{" "}
        {WARNING_ADVICE.urgent.action.toLowerCase()}.
      </p>

      <h3 className="mt-6 text-xl font-bold">Symptoms you have noticed</h3>
      <p className="mt-1">
        Tick each one you have noticed. Write when it started and how often it happens, and tick &ldquo;New or
        worse&rdquo; if it is new or worse since your last visit.
      </p>
      {catalog.symptomGroups.map((group) => (
        <div key={group.id} className="blank-group">
          <h4 className="mt-4 text-lg font-bold">{group.label}</h4>
          <ul className="mt-1">
            {group.items.map((item) => (
              <li key={item.id} className="blank-item">
                <span className="paper-box" aria-hidden="true" />
                <span className="blank-symptom">
                  <span>{item.symptom}</span> {item.warning && <WarningTag warning={item.warning} />}
                </span>
                <span className="blank-details">
                  <WriteLine label="Started:" />
                  <WriteLine label="How often:" />
                  <span className="write-field">
                    <span className="paper-box" aria-hidden="true" /> New or worse
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h3 className="mt-6 text-xl font-bold">Other things you have noticed</h3>
      <div className="blank-lines" aria-hidden="true">
        <span className="write-line" />
        <span className="write-line" />
        <span className="write-line" />
      </div>

      <h3 className="mt-6 text-xl font-bold">Your medicines and doses</h3>
      <p className="mt-1">Include medicines from a store, vitamins and supplements.</p>
      <ol className="blank-medicines">
        {Array.from({ length: MEDICINE_LINES }, (_, index) => (
          <li key={index}>
            <WriteLine label="Medicine:" />
            <WriteLine label="Dose and how often:" />
          </li>
        ))}
      </ol>

      <h3 className="mt-6 text-xl font-bold">Your questions</h3>
      <ol className="blank-questions">
        {Array.from({ length: QUESTION_LINES }, (_, index) => (
          <li key={index}>
            <span className="write-line" aria-hidden="true" />
          </li>
        ))}
      </ol>
    </section>
  );
}
