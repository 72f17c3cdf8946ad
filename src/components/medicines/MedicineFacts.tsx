import type { ReactNode } from "react";
import Link from "@/components/SiteLink";
import type { MedicineFacts as Facts } from "@/lib/content/schema";
import { MEDICINE_HEADINGS, type MedicineHeadingId } from "@/lib/content/medicine-headings";
import { PREGNANCY_URL, VACCINES_URL } from "@/lib/site";
import { EMERGENCY_CALL } from "@/lib/emergency";
import { Callout } from "../Callout";
import { FixedPart } from "../FixedPart";
import { approvalLabel, breastfeedingLabel, liveVaccineLabel, medicineClassLabel, pregnancyLabel } from "./labels";
import { dictionaryFor, format, formatPlural } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

const strong = (words: string) => <strong>{words}</strong>;

/**
 * The fixed parts of a medicine page, always in the same order and never left out: each one
 * is required front matter, so a missing safety section fails the build instead.
 */
export function MedicineFacts({ facts, headingAliases }: { facts: Facts; headingAliases?: Record<string, string> }) {
  const emergencySigns = facts.seriousSideEffects.filter((effect) => effect.care === "emergency");
  const urgentSigns = facts.seriousSideEffects.filter((effect) => effect.care === "urgent");
  const t = dictionaryFor();
  const words = t.medicines;
  // Column headings of the two tables; each body cell repeats its heading as data-label (the narrow-screen card view shows it).
  const monitoring = words.monitoringColumns;
  const interaction = words.interactionColumns;
  return (
    <div className="medicine-facts">
      <section aria-labelledby="key-facts" className="medicine-key-facts mt-8 rounded border border-[var(--color-border)] p-4">
        <h2 id="key-facts" className="text-xl font-bold">
          {words.keyFacts}
        </h2>
        <dl className="medicine-list mt-3">
          <Fact term={formatPlural(t.locale, words.genericName, facts.genericNames.length)}>{facts.genericNames.join(t.listSeparator)}</Fact>
          <Fact term={words.brandNames}>{facts.brandNames.join(t.listSeparator)}</Fact>
          <Fact term={words.typeOfMedicine}>{medicineClassLabel(facts.medicineClass)}</Fact>
          <Fact term={words.approval}>{approvalLabel(facts.approval.status)}</Fact>
          <Fact term={words.howOften}>{facts.howOften}</Fact>
          <Fact term={words.pregnancy}>{pregnancyLabel(facts.pregnancy)}</Fact>
        </dl>
      </section>

      <Part aliases={headingAliases} id="what-is-it-for">
        <p>{facts.usedFor}</p>
        <p>
          {rich(words.statusAndDetails, { strong }, { status: approvalLabel(facts.approval.status), details: facts.approval.details })}
        </p>
      </Part>

      <Part aliases={headingAliases} id="how-do-i-take-it">
        <dl className="medicine-list">
          <Fact term={words.howTaken}>{facts.howTaken}</Fact>
          <Fact term={words.howOften}>{facts.howOften}</Fact>
          <Fact term={words.timeToWork}>{facts.timeToWork}</Fact>
        </dl>
        <p>{words.takeAsTold}</p>
      </Part>

      <Part aliases={headingAliases} id="before-you-start">
        <p>{words.beforeYouStart}</p>
        <ul>
          {facts.testsBeforeStarting.map((test) => (
            <li key={test}>{test}</li>
          ))}
        </ul>
        <p>
          {rich(words.boxedWarning, { strong }, { warning: facts.boxedWarning })}
        </p>
      </Part>

      <Part aliases={headingAliases} id="checks-while-you-take-it">
        <table>
          <thead>
            <tr>
              <th scope="col">{monitoring.check}</th>
              <th scope="col">{monitoring.howOften}</th>
            </tr>
          </thead>
          <tbody>
            {facts.monitoring.map((check) => (
              <tr key={check.test}>
                <td data-label={monitoring.check}>{check.test}</td>
                <td data-label={monitoring.howOften}>{check.howOften}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part aliases={headingAliases} id="common-side-effects">
        <ul>
          {facts.commonSideEffects.map((effect) => (
            <li key={effect}>{effect}</li>
          ))}
        </ul>
        <p>{words.tellIfBothers}</p>
      </Part>

      <Part aliases={headingAliases} id="serious-side-effects">
        {emergencySigns.length > 0 && (
          <Callout variant="emergency" title={format(words.emergencySigns, { emergency: EMERGENCY_CALL })} headingLevel={3}>
            <ul>
              {emergencySigns.map((effect) => (
                <li key={effect.sign}>{effect.sign}</li>
              ))}
            </ul>
          </Callout>
        )}
        {urgentSigns.length > 0 && (
          <Callout variant="urgent" title={words.urgentSigns} headingLevel={3}>
            <ul>
              {urgentSigns.map((effect) => (
                <li key={effect.sign}>{effect.sign}</li>
              ))}
            </ul>
          </Callout>
        )}
      </Part>

      <Part aliases={headingAliases} id="pregnancy-breastfeeding-and-fertility">
        <dl className="medicine-list">
          <Fact term={words.pregnancy}>
            {rich(words.statusAndDetails, { strong }, { status: pregnancyLabel(facts.pregnancy), details: facts.pregnancy.details })}
          </Fact>
          <Fact term={words.birthControl}>{facts.contraception}</Fact>
          <Fact term={words.breastfeeding}>
            {rich(words.statusAndDetails, { strong }, { status: breastfeedingLabel(facts.breastfeeding.status), details: facts.breastfeeding.details })}
          </Fact>
          <Fact term={words.fertility}>{facts.fertility}</Fact>
        </dl>
        <p>
          {rich(words.planningPregnancy, { link: (text) => <Link href={PREGNANCY_URL}>{text}</Link> })}
        </p>
      </Part>

      <Part aliases={headingAliases} id="vaccines">
        <p>
          {rich(words.liveVaccines, { strong }, { status: liveVaccineLabel(facts.liveVaccines.status).toLocaleLowerCase(t.locale), details: facts.liveVaccines.details })}
        </p>
        <p>
          {rich(words.liveVaccinesExplained, { link: (text) => <Link href={VACCINES_URL}>{text}</Link> })}
        </p>
      </Part>

      <Part aliases={headingAliases} id="other-medicines">
        <table>
          <thead>
            <tr>
              <th scope="col">{interaction.with}</th>
              <th scope="col">{interaction.effect}</th>
            </tr>
          </thead>
          <tbody>
            {facts.interactions.map((row) => (
              <tr key={row.with}>
                <td data-label={interaction.with}>{row.with}</td>
                <td data-label={interaction.effect}>{row.effect}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {words.tellEveryone}
        </p>
      </Part>
    </div>
  );
}

function Part({ id, aliases, children }: { id: MedicineHeadingId; aliases?: Record<string, string>; children: ReactNode }) {
  const heading = MEDICINE_HEADINGS.find((candidate) => candidate.id === id) ?? { id, text: id };
  return (
    <FixedPart heading={heading} aliases={aliases}>
      {children}
    </FixedPart>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
