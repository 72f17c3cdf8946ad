import type { PrepareWords, QuestionPage, QuestionSection, SymptomGroup, UpdateState } from "@/lib/prepare/types";
import { format } from "@/lib/i18n/format";
import { setQuestionPicked, type PrepareState } from "@/lib/prepare/state";

/**
 * Step 3: questions to ask, picked from the pages' "questions to ask" lists, and the reader's
 * own. The questions of the symptom pages where something is ticked are offered first; every
 * page's questions are in folded topics, one a section of the site.
 */
export function QuestionPicker({
  sections,
  symptomGroups,
  state,
  update,
  words,
}: {
  sections: QuestionSection[];
  symptomGroups: SymptomGroup[];
  state: PrepareState;
  update: UpdateState;
  words: PrepareWords;
}) {
  const t = words.questions;
  const picked = new Set(state.questions);
  const pages = sections.flatMap((section) => section.pages);
  const suggested = symptomGroups
    .filter((group) => group.items.some((item) => state.symptoms[item.id]))
    .flatMap((group) => pages.filter((page) => page.url === group.url));
  const toggle = (question: string, checked: boolean) => update((current) => setQuestionPicked(current, question, checked));
  return (
    <section aria-labelledby="step-questions" className="mt-10">
      <h2 id="step-questions" className="text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-2">{t.intro}</p>
      {suggested.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xl font-bold">{t.suggested}</h3>
          {suggested.map((page) => (
            <QuestionList key={page.url} idPrefix="suggested" page={page} picked={picked} onToggle={toggle} />
          ))}
        </div>
      )}
      <h3 className="mt-6 text-xl font-bold">{t.byTopic}</h3>
      <div className="mt-3 space-y-2">
        {sections.map((section, sectionIndex) => {
          const count = section.pages.reduce((total, page) => total + page.questions.filter((question) => picked.has(question)).length, 0);
          return (
            <details key={section.id} className="question-topic">
              <summary>
                {section.title}
                {count > 0 && <span className="font-normal">{format(t.picked, { count })}</span>}
              </summary>
              {section.pages.map((page, pageIndex) => (
                <QuestionList key={page.url} idPrefix={`topic-${sectionIndex}-${pageIndex}`} page={page} picked={picked} onToggle={toggle} />
              ))}
            </details>
          );
        })}
      </div>
      <div className="mt-6">
        <label htmlFor="own-questions" className="block font-bold">
          {t.ownLabel}
        </label>
        <p id="own-questions-hint" className="text-[var(--color-muted)]">
          {t.ownHint}
        </p>
        <textarea
          id="own-questions"
          aria-describedby="own-questions-hint"
          rows={4}
          className="prepare-field mt-1 w-full"
          autoComplete="off"
          spellCheck={false}
          value={state.ownQuestions}
          onChange={(event) => {
            const ownQuestions = event.target.value;
            update((current) => ({ ...current, ownQuestions }));
          }}
        />
      </div>
    </section>
  );
}

function QuestionList({
  idPrefix,
  page,
  picked,
  onToggle,
}: {
  idPrefix: string;
  page: QuestionPage;
  picked: ReadonlySet<string>;
  onToggle: (question: string, checked: boolean) => void;
}) {
  return (
    <fieldset className="question-page">
      <legend className="font-bold">{page.title}</legend>
      <ul className="mt-1 space-y-2">
        {page.questions.map((question, index) => {
          const id = `question-${idPrefix}-${index}`;
          return (
            <li key={question} className="flex items-start gap-3">
              <input
                type="checkbox"
                id={id}
                className="prepare-checkbox"
                checked={picked.has(question)}
                onChange={(event) => onToggle(question, event.target.checked)}
              />
              <label htmlFor={id}>{question}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
