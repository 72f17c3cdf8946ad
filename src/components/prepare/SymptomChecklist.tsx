import Link from "@/components/SiteLink";
import type { SymptomGroup, SymptomOption, UpdateState } from "@/lib/prepare/types";
import {
  CHANGE_OPTIONS,
  HOW_OFTEN_OPTIONS,
  setSymptomTicked,
  updateSymptomEntry,
  type PrepareState,
  type SymptomEntry,
} from "@/lib/prepare/state";
import { WARNING_ADVICE } from "@/lib/prepare/summary";
import { GET_HELP_URL } from "@/lib/site";
import { WarningTag } from "./WarningTag";
import { announce } from "./announce";

/** Step 1: the symptoms of every symptom page, one group (fieldset) per page. */
export function SymptomChecklist({ groups, state, update }: { groups: SymptomGroup[]; state: PrepareState; update: UpdateState }) {
  return (
    <section aria-labelledby="step-symptoms" className="mt-8">
      <h2 id="step-symptoms" className="text-2xl font-bold">
        1. Symptoms you have noticed
      </h2>
      <p className="mt-2">
        Tick each symptom you have noticed or want to talk about. For each one, you can add when it started, how often
        it happens, and whether it is new or getting worse. Many of these symptoms can have other causes.
      </p>
      {groups.map((group) => (
        <fieldset key={group.id} className="symptom-group">
          <legend>
            <h3 className="text-xl font-bold">{group.label}</h3>
          </legend>
          <ul className="mt-2 space-y-3">
            {group.items.map((item) => (
              <SymptomItem key={item.id} item={item} entry={state.symptoms[item.id]} update={update} />
            ))}
          </ul>
          <p className="mt-3">
            <Link href={group.url}>Read: {group.title}</Link>
          </p>
        </fieldset>
      ))}
      <div className="mt-6">
        <label htmlFor="other-symptoms" className="block font-bold">
          Anything else you have noticed
        </label>
        <p id="other-symptoms-hint" className="text-[var(--color-muted)]">
          Other symptoms or changes, in your own words.
        </p>
        <textarea
          id="other-symptoms"
          aria-describedby="other-symptoms-hint"
          rows={3}
          className="prepare-field mt-1 w-full"
          autoComplete="off"
          spellCheck={false}
          value={state.otherSymptoms}
          onChange={(event) => {
            const otherSymptoms = event.target.value;
            update((current) => ({ ...current, otherSymptoms }));
          }}
        />
      </div>
    </section>
  );
}

function domIdFor(id: string) {
  return `symptom-${id.replace(/[^a-z0-9]+/gi, "-")}`;
}

function SymptomItem({ item, entry, update }: { item: SymptomOption; entry: SymptomEntry | undefined; update: UpdateState }) {
  const id = domIdFor(item.id);
  const ticked = entry !== undefined;
  const patch = (change: Partial<SymptomEntry>) => update((current) => updateSymptomEntry(current, item.id, change));
  return (
    <li className="symptom-item">
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          className="prepare-checkbox"
          checked={ticked}
          onChange={(event) => {
            const checked = event.target.checked;
            update((current) => setSymptomTicked(current, item.id, checked));
            // A warning sign is said out loud at once, not only shown below the box.
            if (checked && item.warning) announce(`${WARNING_ADVICE[item.warning].sign}: ${WARNING_ADVICE[item.warning].action.toLowerCase()}.`);
          }}
        />
        <label htmlFor={id}>
          {item.symptom} {item.warning && <WarningTag warning={item.warning} />}
        </label>
      </div>
      {ticked && item.warning && (
        <p className={`item-warning item-warning-${item.warning}`}>
          <strong>{WARNING_ADVICE[item.warning].action}.</strong> Do not wait for your appointment.{" "}
          <Link href={GET_HELP_URL}>See the warning signs</Link>
        </p>
      )}
      {ticked && entry && (
        <fieldset className="symptom-details">
          <legend className="sr-only">More about: {item.symptom}</legend>
          <div>
            <label htmlFor={`${id}-started`} className="block">
              When did it start?
            </label>
            <input
              type="text"
              id={`${id}-started`}
              aria-describedby={`${id}-started-hint`}
              className="prepare-field w-full"
              autoComplete="off"
              spellCheck={false}
              value={entry.started}
              onChange={(event) => patch({ started: event.target.value })}
            />
            <span id={`${id}-started-hint`} className="block text-base text-[var(--color-muted)]">
              For example: 2 weeks ago
            </span>
          </div>
          <div>
            <label htmlFor={`${id}-often`} className="block">
              How often?
            </label>
            <select
              id={`${id}-often`}
              className="prepare-field w-full"
              value={entry.howOften}
              onChange={(event) => patch({ howOften: HOW_OFTEN_OPTIONS.find((option) => option.value === event.target.value)?.value ?? "" })}
            >
              <option value="">Choose</option>
              {HOW_OFTEN_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-change`} className="block">
              Since your last visit
            </label>
            <select
              id={`${id}-change`}
              className="prepare-field w-full"
              value={entry.change}
              onChange={(event) => patch({ change: CHANGE_OPTIONS.find((option) => option.value === event.target.value)?.value ?? "" })}
            >
              <option value="">Choose</option>
              {CHANGE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}
    </li>
  );
}
