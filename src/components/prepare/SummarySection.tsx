import Link from "@/components/SiteLink";
import { useRef, useState, type MouseEvent } from "react";
import { medicineLine, NOT_A_DIAGNOSIS, summaryText, symptomDetails, WARNING_ADVICE, type Summary, type SummarySymptom } from "@/lib/prepare/summary";
import { GET_HELP_URL } from "@/lib/site";
import { Callout } from "../Callout";
import { announce } from "./announce";
import { WarningTag } from "./WarningTag";

function today() {
  return new Date().toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
}

/**
 * Step 4: the one-page summary, with Print, Copy as text and Clear everything. Printing the
 * page prints only the summary sheet (see the print rules for .prepare in globals.css).
 */
export function SummarySection({ summary, getHelpUrl, onClear }: { summary: Summary; getHelpUrl: string; onClear: () => void }) {
  // Where the browser will not copy, the text is shown instead (always the current summary).
  const [showText, setShowText] = useState(false);
  const fallback = useRef<HTMLTextAreaElement>(null);
  const preparedOn = today();
  const text = summaryText(summary, { preparedOn, getHelpUrl });

  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setShowText(false);
      announce("Summary copied. You can paste it into a message to your care team.", button);
    } catch {
      setShowText(true);
      announce("Your browser did not let this page copy. The text is shown below the buttons: select it and copy it.", button);
      window.setTimeout(() => fallback.current?.select(), 0);
    }
  };

  return (
    <section aria-labelledby="your-summary" className="prepare-summary mt-10">
      <h2 id="your-summary" className="no-print text-2xl font-bold">
        4. Your summary
      </h2>
      <div className="no-print">
        {summary.isEmpty ? (
          <p className="mt-2">
            Nothing entered yet. Tick a symptom, add a medicine or pick a question, and your summary appears here. If you
            print now, you get a blank checklist to fill in by hand.
          </p>
        ) : (
          <p className="mt-2">
            Check it, then print it to take with you, or copy it into a message to your care team. When you print this
            page, only the summary prints.
          </p>
        )}
        {summary.emergencySigns.length > 0 && (
          <p className="mt-2 font-bold">A message is not for emergencies: {WARNING_ADVICE.emergency.action.toLowerCase()}.</p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className="action-button" onClick={() => window.print()}>
            {summary.isEmpty ? "Print a blank checklist" : "Print summary"}
          </button>
          <button type="button" className="action-button" onClick={copy}>
            Copy as text
          </button>
          <button type="button" className="action-button action-button-danger" onClick={onClear}>
            Clear everything
          </button>
        </div>
        {showText && (
          <div className="mt-4">
            <label htmlFor="summary-text" className="block font-bold">
              Your summary as text
            </label>
            <textarea id="summary-text" ref={fallback} readOnly rows={10} className="prepare-field mt-1 w-full" value={text} />
          </div>
        )}
      </div>
      {!summary.isEmpty && <SummarySheet summary={summary} preparedOn={preparedOn} getHelpUrl={getHelpUrl} />}
    </section>
  );
}

function SummarySheet({ summary, preparedOn, getHelpUrl }: { summary: Summary; preparedOn: string; getHelpUrl: string }) {
  return (
    <div className="summary-sheet">
      <p className="summary-title print-only">My appointment summary</p>
      <p className="summary-meta">
        Prepared on {preparedOn}. {NOT_A_DIAGNOSIS}
      </p>
      {(["emergency", "urgent"] as const).map((level) => {
        const signs = level === "emergency" ? summary.emergencySigns : summary.urgentSigns;
        if (signs.length === 0) return null;
        const advice = WARNING_ADVICE[level];
        return (
          <Callout key={level} variant={level} title={advice.action} headingLevel={3} headingId={`summary-${level}`}>
            <p>{advice.reason}</p>
            <ul className="list-disc pl-6">
              {signs.map((item) => (
                <li key={item.id}>{item.symptom}</li>
              ))}
            </ul>
            <p className="no-print">
              <Link href={GET_HELP_URL}>See all warning signs</Link>
            </p>
            <p className="print-only">All warning signs: {getHelpUrl}</p>
          </Callout>
        );
      })}

      <h3 className="summary-heading">Symptoms</h3>
      {summary.symptoms.length === 0 ? (
        <p>None ticked.</p>
      ) : (
        <>
          <p className="summary-note">Warning signs first, then new or worse, then the rest.</p>
          <ol className="summary-list list-decimal">
            {summary.symptoms.map((item) => (
              <SummaryItem key={item.id} item={item} />
            ))}
          </ol>
        </>
      )}

      {summary.otherSymptoms && (
        <>
          <h3 className="summary-heading">Other things I have noticed</h3>
          <p className="whitespace-pre-line">{summary.otherSymptoms}</p>
        </>
      )}

      <h3 className="summary-heading">Medicines and doses</h3>
      {summary.medicines.length === 0 ? (
        <p>None listed.</p>
      ) : (
        <ul className="summary-list list-disc">
          {summary.medicines.map((medicine, index) => (
            <li key={index}>{medicineLine(medicine)}</li>
          ))}
        </ul>
      )}

      <h3 className="summary-heading">Questions</h3>
      {summary.questions.length === 0 ? (
        <p>None listed.</p>
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

function SummaryItem({ item }: { item: SummarySymptom }) {
  const details = symptomDetails(item);
  return (
    <li>
      <strong>{item.symptom}</strong> <span className="text-[var(--color-muted)]">({item.group})</span>
      {item.warning && (
        <>
          {" "}
          <WarningTag warning={item.warning} />
        </>
      )}
      {details && <span className="block">{details}</span>}
    </li>
  );
}
