import Link from "@/components/SiteLink";
import type { LabTestFacts as Facts } from "@/lib/content/schema";
import { LAB_TEST_HEADINGS, type LabTestHeadingId } from "@/lib/content/medicine-headings";
import { TEST_FINDER_URL } from "@/lib/site";
import { EMERGENCY_CALL } from "@/lib/emergency";
import { Callout } from "../Callout";
import { FixedPart } from "../FixedPart";
import { dictionaryFor, format } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

/** The call-out for each level of "which results need a call", most urgent first. */
const CARE_CALLOUTS = [
  { care: "emergency", title: format(dictionaryFor().labTests.careTitles.emergency, { emergency: EMERGENCY_CALL }) },
  { care: "urgent", title: dictionaryFor().labTests.careTitles.urgent },
  { care: "talk-to-doctor", title: dictionaryFor().labTests.careTitles["talk-to-doctor"] },
] as const;

const code = (text: string) => <code>{text}</code>;

/**
 * The fixed parts of a test page, always in the same order and never left out: each one is
 * required front matter, so a missing part fails the build instead.
 */
export function LabTestFacts({ facts, headingAliases }: { facts: Facts; headingAliases?: Record<string, string> }) {
  const part = (id: LabTestHeadingId) => LAB_TEST_HEADINGS.find((heading) => heading.id === id) ?? { id, text: id };
  const t = dictionaryFor();
  const words = t.labTests;
  return (
    <div className="lab-test-facts">
      <FixedPart heading={part("names-on-your-report")} aliases={headingAliases}>
        <p>{words.reportMayCallIt}</p>
        <ul className="report-names">
          {facts.reportNames.map((name) => (
            <li key={name}>
              <code>{name}</code>
            </li>
          ))}
        </ul>
        {facts.loinc.length > 0 && (
          <p>
            {rich(words.loincCodes, {
              codes: () =>
                facts.loinc.map((loinc, index) => (
                  <span key={loinc.code}>
                    {index > 0 && t.listSeparator}
                    {rich(words.loincCode, { code }, { code: loinc.code, name: loinc.name })}
                  </span>
                )),
            })}
          </p>
        )}
        <p>
          {rich(words.anotherName, { link: (text) => <Link href={TEST_FINDER_URL}>{text}</Link> })}
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
          <strong>{words.ownRangeApplies}</strong>
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
        <p>{words.notADiagnosis}</p>
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
