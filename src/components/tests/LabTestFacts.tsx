import Link from "@/components/SiteLink";
import type { LabTestFacts as Facts } from "@/lib/content/schema";
import { LAB_TEST_HEADINGS, type LabTestHeadingId } from "@/lib/content/medicine-headings";
import { TEST_FINDER_URL } from "@/lib/site";
import { EMERGENCY_CALL } from "@/lib/emergency";
import { Callout } from "../Callout";
import { FixedPart } from "../FixedPart";

/** Said on every test page, in one place: the reader's own report decides what is in range. */
const OWN_RANGE_APPLIES =
  "Labs use different methods, so their normal ranges differ. The reference range printed on your own report is the one that applies to your result.";

/** The call-out for each level of "which results need a call", most urgent first. */
const CARE_CALLOUTS = [
  { care: "emergency", title: `${EMERGENCY_CALL} if:` },
  { care: "urgent", title: "Call your care team today if:" },
  { care: "talk-to-doctor", title: "Talk to your doctor at your next visit about:" },
] as const;

/**
 * The fixed parts of a test page, always in the same order and never left out: each one is
 * required front matter, so a missing part fails the build instead.
 */
export function LabTestFacts({ facts, headingAliases }: { facts: Facts; headingAliases?: Record<string, string> }) {
  const part = (id: LabTestHeadingId) => LAB_TEST_HEADINGS.find((heading) => heading.id === id) ?? { id, text: id };
  return (
    <div className="lab-test-facts">
      <FixedPart heading={part("names-on-your-report")} aliases={headingAliases}>
        <p>Your report or patient portal may call this test:</p>
        <ul className="report-names">
          {facts.reportNames.map((name) => (
            <li key={name}>
              <code>{name}</code>
            </li>
          ))}
        </ul>
        {facts.loinc.length > 0 && (
          <p>
            Lab codes (LOINC), which some portals show:{" "}
            {facts.loinc.map((code, index) => (
              <span key={code.code}>
                {index > 0 && ", "}
                <code>{code.code}</code> ({code.name})
              </span>
            ))}
            .
          </p>
        )}
        <p>
          Another name on your report? Look it up in the <Link href={TEST_FINDER_URL}>test finder</Link>.
        </p>
      </FixedPart>
      <FixedPart heading={part("what-it-measures")} aliases={headingAliases}>
        <p>{facts.measures}</p>
      </FixedPart>
      <FixedPart heading={part("why-it-is-done")} aliases={headingAliases}>
        <p>{facts.whyInLupus}</p>
      </FixedPart>
      <FixedPart heading={part("how-results-are-reported")} aliases={headingAliases}>
        <p>{facts.howReported}</p>
        <p>
          <strong>{OWN_RANGE_APPLIES}</strong>
        </p>
      </FixedPart>
      <FixedPart heading={part("high-or-positive")} aliases={headingAliases}>
        <p>{facts.highOrPositive}</p>
      </FixedPart>
      <FixedPart heading={part("low-or-negative")} aliases={headingAliases}>
        <p>{facts.lowOrNegative}</p>
      </FixedPart>
      <FixedPart heading={part("what-it-does-not-mean")} aliases={headingAliases}>
        <p>{facts.doesNotMean}</p>
        <p>A single result is never a diagnosis. Your care team reads it together with your symptoms, an examination and your other results.</p>
      </FixedPart>
      <FixedPart heading={part("how-often")} aliases={headingAliases}>
        <p>{facts.howOften}</p>
      </FixedPart>
      <FixedPart heading={part("when-to-call")} aliases={headingAliases}>
        {CARE_CALLOUTS.map(({ care, title }) => {
          const rows = facts.promptContact.filter((row) => row.care === care);
          return (
            rows.length > 0 && (
              <Callout key={care} variant={care} title={title} headingLevel={3}>
                <ul>
                  {rows.map((row) => (
                    <li key={row.result}>{row.result}</li>
                  ))}
                </ul>
              </Callout>
            )
          );
        })}
      </FixedPart>
    </div>
  );
}
