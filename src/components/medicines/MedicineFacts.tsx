import type { ReactNode } from "react";
import Link from "@/components/SiteLink";
import type { MedicineFacts as Facts } from "@/lib/content/schema";
import { MEDICINE_HEADINGS, type MedicineHeadingId } from "@/lib/content/medicine-headings";
import { PREGNANCY_URL, VACCINES_URL } from "@/lib/site";
import { EMERGENCY_CALL } from "@/lib/emergency";
import { Callout } from "../Callout";
import { FixedPart } from "../FixedPart";
import { approvalLabel, breastfeedingLabel, liveVaccineLabel, medicineClassLabel, pregnancyLabel } from "./labels";

/** Column headings of the two tables; each body cell repeats its heading as data-label (the narrow-screen card view shows it). */
const MONITORING_COLUMNS = ["Check", "How often"] as const;
const INTERACTION_COLUMNS = ["Taken with", "What can happen"] as const;

/**
 * The fixed parts of a medicine page, always in the same order and never left out: each one
 * is required front matter, so a missing safety section fails the build instead.
 */
export function MedicineFacts({ facts, headingAliases }: { facts: Facts; headingAliases?: Record<string, string> }) {
  const emergencySigns = facts.seriousSideEffects.filter((effect) => effect.care === "emergency");
  const urgentSigns = facts.seriousSideEffects.filter((effect) => effect.care === "urgent");
  return (
    <div className="medicine-facts">
      <section aria-labelledby="key-facts" className="medicine-key-facts mt-8 rounded border border-[var(--color-border)] p-4">
        <h2 id="key-facts" className="text-xl font-bold">
          Key facts
        </h2>
        <dl className="medicine-list mt-3">
          <Fact term={facts.genericNames.length > 1 ? "Generic names" : "Generic name"}>{facts.genericNames.join(", ")}</Fact>
          <Fact term="Brand names">{facts.brandNames.join(", ")}</Fact>
          <Fact term="Type of medicine">{medicineClassLabel(facts.medicineClass)}</Fact>
          <Fact term="Approval">{approvalLabel(facts.approval.status)}</Fact>
          <Fact term="How often">{facts.howOften}</Fact>
          <Fact term="Pregnancy">{pregnancyLabel(facts.pregnancy)}</Fact>
        </dl>
      </section>

      <Part aliases={headingAliases} id="what-is-it-for">
        <p>{facts.usedFor}</p>
        <p>
          <strong>{approvalLabel(facts.approval.status)}.</strong> {facts.approval.details}
        </p>
      </Part>

      <Part aliases={headingAliases} id="how-do-i-take-it">
        <dl className="medicine-list">
          <Fact term="How you take it">{facts.howTaken}</Fact>
          <Fact term="How often">{facts.howOften}</Fact>
          <Fact term="How long it takes to work">{facts.timeToWork}</Fact>
        </dl>
        <p>Take it exactly as your care team tells you. Do not stop or change the dose on your own.</p>
      </Part>

      <Part aliases={headingAliases} id="before-you-start">
        <p>Before you start, your care team may arrange:</p>
        <ul>
          {facts.testsBeforeStarting.map((test) => (
            <li key={test}>{test}</li>
          ))}
        </ul>
        <p>
          <strong>US boxed warning</strong> (the strongest warning the FDA puts on a medicine&apos;s label): {facts.boxedWarning}
        </p>
      </Part>

      <Part aliases={headingAliases} id="checks-while-you-take-it">
        <table>
          <thead>
            <tr>
              <th scope="col">{MONITORING_COLUMNS[0]}</th>
              <th scope="col">{MONITORING_COLUMNS[1]}</th>
            </tr>
          </thead>
          <tbody>
            {facts.monitoring.map((check) => (
              <tr key={check.test}>
                <td data-label={MONITORING_COLUMNS[0]}>{check.test}</td>
                <td data-label={MONITORING_COLUMNS[1]}>{check.howOften}</td>
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
        <p>Tell your care team if a side effect bothers you or does not go away.</p>
      </Part>

      <Part aliases={headingAliases} id="serious-side-effects">
        {emergencySigns.length > 0 && (
          <Callout variant="emergency" title={`${EMERGENCY_CALL} if you have:`} headingLevel={3}>
            <ul>
              {emergencySigns.map((effect) => (
                <li key={effect.sign}>{effect.sign}</li>
              ))}
            </ul>
          </Callout>
        )}
        {urgentSigns.length > 0 && (
          <Callout variant="urgent" title="Call your care team today if you have:" headingLevel={3}>
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
          <Fact term="Pregnancy">
            <strong>{pregnancyLabel(facts.pregnancy)}.</strong> {facts.pregnancy.details}
          </Fact>
          <Fact term="Birth control">{facts.contraception}</Fact>
          <Fact term="Breastfeeding">
            <strong>{breastfeedingLabel(facts.breastfeeding.status)}.</strong> {facts.breastfeeding.details}
          </Fact>
          <Fact term="Fertility">{facts.fertility}</Fact>
        </dl>
        <p>
          If you could get pregnant, or you are planning a family, talk to your care team before you stop or start any medicine. See{" "}
          <Link href={PREGNANCY_URL}>planning a pregnancy with lupus</Link>.
        </p>
      </Part>

      <Part aliases={headingAliases} id="vaccines">
        <p>
          <strong>Live vaccines: {liveVaccineLabel(facts.liveVaccines.status).toLowerCase()}.</strong> {facts.liveVaccines.details}
        </p>
        <p>
          Live vaccines contain a weakened germ (for example MMR, chickenpox, yellow fever and the nasal flu spray). Most other vaccines are not live. See{" "}
          <Link href={VACCINES_URL}>infections and vaccines</Link>.
        </p>
      </Part>

      <Part aliases={headingAliases} id="other-medicines">
        <table>
          <thead>
            <tr>
              <th scope="col">{INTERACTION_COLUMNS[0]}</th>
              <th scope="col">{INTERACTION_COLUMNS[1]}</th>
            </tr>
          </thead>
          <tbody>
            {facts.interactions.map((interaction) => (
              <tr key={interaction.with}>
                <td data-label={INTERACTION_COLUMNS[0]}>{interaction.with}</td>
                <td data-label={INTERACTION_COLUMNS[1]}>{interaction.effect}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Tell every doctor, dentist and pharmacist about all the medicines you take, including ones you buy without a prescription, herbal remedies and supplements.
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
