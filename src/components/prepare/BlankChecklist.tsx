import type { PrepareCatalog } from "@/lib/prepare/types";
import { warningAdvice } from "@/lib/prepare/summary";
import { dictionaryFor } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";
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
  const t = dictionaryFor();
  const words = t.prepare;
  const paper = words.blank;
  const advice = warningAdvice(words);
  return (
    <section aria-labelledby="blank-checklist" className="blank-checklist mt-8">
      <h2 id="blank-checklist" className="text-2xl font-bold">
        {paper.heading}
      </h2>
      <p className="mt-2">{paper.intro}</p>
      <p className="write-date mt-2">
        <WriteLine label={paper.dateOfVisit} />
      </p>
      <p className="mt-3">
        {rich(
          paper.warningSigns,
          {
            strong: (text) => <strong>{text}</strong>,
            emergency: () => <WarningTag warning="emergency" words={words} />,
            urgent: () => <WarningTag warning="urgent" words={words} />,
          },
          {
            emergencySign: advice.emergency.sign,
            emergencyAction: advice.emergency.action.toLocaleLowerCase(t.locale),
            urgentSign: advice.urgent.sign,
            urgentAction: advice.urgent.action.toLocaleLowerCase(t.locale),
          },
        )}
      </p>

      <h3 className="mt-6 text-xl font-bold">{paper.symptoms}</h3>
      <p className="mt-1">
        {paper.symptomsIntro}
      </p>
      {catalog.symptomGroups.map((group) => (
        <div key={group.id} className="blank-group">
          <h4 className="mt-4 text-lg font-bold">{group.label}</h4>
          <ul className="mt-1">
            {group.items.map((item) => (
              <li key={item.id} className="blank-item">
                <span className="paper-box" aria-hidden="true" />
                <span className="blank-symptom">
                  <span>{item.symptom}</span> {item.warning && <WarningTag warning={item.warning} words={words} />}
                </span>
                <span className="blank-details">
                  <WriteLine label={paper.started} />
                  <WriteLine label={paper.howOften} />
                  <span className="write-field">
                    <span className="paper-box" aria-hidden="true" />
                    {paper.newOrWorse}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h3 className="mt-6 text-xl font-bold">{paper.otherSymptoms}</h3>
      <div className="blank-lines" aria-hidden="true">
        <span className="write-line" />
        <span className="write-line" />
        <span className="write-line" />
      </div>

      <h3 className="mt-6 text-xl font-bold">{paper.medicines}</h3>
      <p className="mt-1">{paper.medicinesIntro}</p>
      <ol className="blank-medicines">
        {Array.from({ length: MEDICINE_LINES }, (_, index) => (
          <li key={index}>
            <WriteLine label={paper.medicine} />
            <WriteLine label={paper.dose} />
          </li>
        ))}
      </ol>

      <h3 className="mt-6 text-xl font-bold">{paper.questions}</h3>
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
