import Link from "@/components/SiteLink";
import type { PrepareWords, SymptomGroup, SymptomOption, UpdateState } from "@/lib/prepare/types";
import {
  CHANGE_OPTIONS,
  HOW_OFTEN_OPTIONS,
  oneOf,
  setSymptomTicked,
  updateSymptomEntry,
  type PrepareState,
  type SymptomEntry,
} from "@/lib/prepare/state";
import { warningAdvice } from "@/lib/prepare/summary";
import { format } from "@/lib/i18n/format";
import { rich } from "@/lib/i18n/rich";
import { GET_HELP_URL } from "@/lib/site";
import { WarningTag } from "./WarningTag";
import { announce } from "./announce";

/** Step 1: the symptoms of every symptom page, one group (fieldset) per page. */
export function SymptomChecklist({
  groups,
  state,
  update,
  words,
  locale,
}: {
  groups: SymptomGroup[];
  state: PrepareState;
  update: UpdateState;
  words: PrepareWords;
  locale: string;
}) {
  const t = words.symptoms;
  return (
    <section aria-labelledby="step-symptoms" className="mt-8">
      <h2 id="step-symptoms" className="text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-2">{t.intro}</p>
      {groups.map((group) => (
        <fieldset key={group.id} className="symptom-group">
          <legend>
            <h3 className="text-xl font-bold">{group.label}</h3>
          </legend>
          <ul className="mt-2 space-y-3">
            {group.items.map((item) => (
              <SymptomItem key={item.id} item={item} entry={state.symptoms[item.id]} update={update} words={words} locale={locale} />
            ))}
          </ul>
          <p className="mt-3">
            <Link href={group.url}>{format(t.readMore, { title: group.title })}</Link>
          </p>
        </fieldset>
      ))}
      <div className="mt-6">
        <label htmlFor="other-symptoms" className="block font-bold">
          {t.otherLabel}
        </label>
        <p id="other-symptoms-hint" className="text-[var(--color-muted)]">
          {t.otherHint}
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

function SymptomItem({
  item,
  entry,
  update,
  words,
  locale,
}: {
  item: SymptomOption;
  entry: SymptomEntry | undefined;
  update: UpdateState;
  words: PrepareWords;
  locale: string;
}) {
  const t = words.symptoms;
  const advice = warningAdvice(words);
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
            if (checked && item.warning) {
              const { sign, action } = advice[item.warning];
              announce(format(words.warningAnnouncement, { sign, action: action.toLocaleLowerCase(locale) }));
            }
          }}
        />
        <label htmlFor={id}>
          {item.symptom} {item.warning && <WarningTag warning={item.warning} words={words} />}
        </label>
      </div>
      {ticked && item.warning && (
        <p className={`item-warning item-warning-${item.warning}`}>
          {rich(
            words.warningAdvice,
            { strong: (text) => <strong>{text}</strong>, link: (text) => <Link href={GET_HELP_URL}>{text}</Link> },
            { action: advice[item.warning].action },
          )}
        </p>
      )}
      {ticked && entry && (
        <fieldset className="symptom-details">
          <legend className="sr-only">{format(t.moreAbout, { symptom: item.symptom })}</legend>
          <div>
            <label htmlFor={`${id}-started`} className="block">
              {t.started}
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
              {t.startedHint}
            </span>
          </div>
          <div>
            <label htmlFor={`${id}-often`} className="block">
              {t.howOften}
            </label>
            <select
              id={`${id}-often`}
              className="prepare-field w-full"
              value={entry.howOften}
              onChange={(event) => patch({ howOften: oneOf(event.target.value, HOW_OFTEN_OPTIONS) })}
            >
              <option value="">{t.choose}</option>
              {HOW_OFTEN_OPTIONS.map((option) => (
                <option key={option} value={option}>
                  {t.howOftenOptions[option]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-change`} className="block">
              {t.change}
            </label>
            <select
              id={`${id}-change`}
              className="prepare-field w-full"
              value={entry.change}
              onChange={(event) => patch({ change: oneOf(event.target.value, CHANGE_OPTIONS) })}
            >
              <option value="">{t.choose}</option>
              {CHANGE_OPTIONS.map((option) => (
                <option key={option} value={option}>
                  {t.changeOptions[option]}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}
    </li>
  );
}
