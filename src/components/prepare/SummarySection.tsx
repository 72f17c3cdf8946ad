import Link from "@/components/SiteLink";
import { useRef, useState, type MouseEvent } from "react";
import { medicineLine, summaryText, symptomDetails, warningAdvice, type Summary, type SummarySymptom } from "@/lib/prepare/summary";
import type { PrepareWords } from "@/lib/prepare/types";
import { format } from "@/lib/i18n/format";
import { GET_HELP_URL } from "@/lib/site";
import { Callout } from "../Callout";
import { announce } from "./announce";
import { WarningTag } from "./WarningTag";

function today(locale: string) {
  return new Date().toLocaleDateString(locale, { year: "numeric", month: "long", day: "numeric" });
}

/**
 * Step 4: the one-page summary, with Print, Copy as text and Clear everything. Printing the
 * page prints only the summary sheet (see the print rules for .prepare in globals.css).
 */
export function SummarySection({
  summary,
  getHelpUrl,
  onClear,
  words,
  locale,
}: {
  summary: Summary;
  getHelpUrl: string;
  onClear: () => void;
  words: PrepareWords;
  locale: string;
}) {
  const t = words.summary;
  // Where the browser will not copy, the text is shown instead (always the current summary).
  const [showText, setShowText] = useState(false);
  const fallback = useRef<HTMLTextAreaElement>(null);
  const preparedOn = today(locale);
  const text = summaryText(summary, { preparedOn, getHelpUrl, words, locale });

  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setShowText(false);
      announce(t.copied, button);
    } catch {
      setShowText(true);
      announce(t.copyFailed, button);
      window.setTimeout(() => fallback.current?.select(), 0);
    }
  };

  return (
    <section aria-labelledby="your-summary" className="prepare-summary mt-10">
      <h2 id="your-summary" className="no-print text-2xl font-bold">
        {t.heading}
      </h2>
      <div className="no-print">
        {summary.isEmpty ? (
          <p className="mt-2">{t.empty}</p>
        ) : (
          <p className="mt-2">{t.ready}</p>
        )}
        {summary.emergencySigns.length > 0 && (
          <p className="mt-2 font-bold">{format(t.notForEmergencies, { action: warningAdvice(words).emergency.action.toLocaleLowerCase(locale) })}</p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className="action-button" onClick={() => window.print()}>
            {summary.isEmpty ? t.printBlank : t.print}
          </button>
          <button type="button" className="action-button" onClick={copy}>
            {t.copy}
          </button>
          <button type="button" className="action-button action-button-danger" onClick={onClear}>
            {t.clear}
          </button>
        </div>
        {showText && (
          <div className="mt-4">
            <label htmlFor="summary-text" className="block font-bold">
              {t.asText}
            </label>
            <textarea id="summary-text" ref={fallback} readOnly rows={10} className="prepare-field mt-1 w-full" value={text} />
          </div>
        )}
      </div>
      {!summary.isEmpty && <SummarySheet summary={summary} preparedOn={preparedOn} getHelpUrl={getHelpUrl} words={words} />}
    </section>
  );
}

function SummarySheet({ summary, preparedOn, getHelpUrl, words }: { summary: Summary; preparedOn: string; getHelpUrl: string; words: PrepareWords }) {
  const t = words.summary;
  const advice = warningAdvice(words);
  return (
    <div className="summary-sheet">
      <p className="summary-title print-only">{t.sheetTitle}</p>
      <p className="summary-meta">
        {format(t.preparedOn, { date: preparedOn })} {t.notADiagnosis}
      </p>
      {(["emergency", "urgent"] as const).map((level) => {
        const signs = level === "emergency" ? summary.emergencySigns : summary.urgentSigns;
        if (signs.length === 0) return null;
        const { action, reason } = advice[level];
        return (
          <Callout key={level} variant={level} title={action} headingLevel={3} headingId={`summary-${level}`}>
            <p>{reason}</p>
            <ul className="list-disc pl-6">
              {signs.map((item) => (
                <li key={item.id}>{item.symptom}</li>
              ))}
            </ul>
            <p className="no-print">
              <Link href={GET_HELP_URL}>{t.allWarningSigns}</Link>
            </p>
            <p className="print-only">{format(t.allWarningSignsAt, { url: getHelpUrl })}</p>
          </Callout>
        );
      })}

      <h3 className="summary-heading">{t.symptoms}</h3>
      {summary.symptoms.length === 0 ? (
        <p>{t.noneTicked}</p>
      ) : (
        <>
          <p className="summary-note">{t.order}</p>
          <ol className="summary-list list-decimal">
            {summary.symptoms.map((item) => (
              <SummaryItem key={item.id} item={item} words={words} />
            ))}
          </ol>
        </>
      )}

      {summary.otherSymptoms && (
        <>
          <h3 className="summary-heading">{t.otherSymptoms}</h3>
          <p className="whitespace-pre-line">{summary.otherSymptoms}</p>
        </>
      )}

      <h3 className="summary-heading">{t.medicines}</h3>
      {summary.medicines.length === 0 ? (
        <p>{t.noneListed}</p>
      ) : (
        <ul className="summary-list list-disc">
          {summary.medicines.map((medicine, index) => (
            <li key={index}>{medicineLine(medicine, words)}</li>
          ))}
        </ul>
      )}

      <h3 className="summary-heading">{t.questions}</h3>
      {summary.questions.length === 0 ? (
        <p>{t.noneListed}</p>
      ) : (
        <ol className="summary-list summary-questions list-decimal">
          {summary.questions.map((question, index) => (
            <li key={index}>{question}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SummaryItem({ item, words }: { item: SummarySymptom; words: PrepareWords }) {
  const details = symptomDetails(item, words);
  return (
    <li>
      <strong>{item.symptom}</strong> <span className="text-[var(--color-muted)]">{format(words.summary.group, { group: item.group })}</span>
      {item.warning && (
        <>
          {" "}
          <WarningTag warning={item.warning} words={words} />
        </>
      )}
      {details && <span className="block">{details}</span>}
    </li>
  );
}
