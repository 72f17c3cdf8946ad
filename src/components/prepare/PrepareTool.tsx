"use client";

import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { PrepareCatalog, PrepareWords, UpdateState } from "@/lib/prepare/types";
import { format } from "@/lib/i18n/format";
import { emptyState, isEmptyState, parseStoredState, serializeState, STORAGE_KEY, type PrepareState } from "@/lib/prepare/state";
import { buildSummary } from "@/lib/prepare/summary";
import { Callout } from "../Callout";
import { SymptomChecklist } from "./SymptomChecklist";
import { MedicineList } from "./MedicineList";
import { QuestionPicker } from "./QuestionPicker";
import { SummarySection } from "./SummarySection";
import { announce } from "./announce";

/** Reads the saved checklist; false when this browser will not let the page use localStorage. */
function readStorage(knownIds: ReadonlySet<string>): { state: PrepareState; ok: boolean } {
  try {
    return { state: parseStoredState(window.localStorage.getItem(STORAGE_KEY), knownIds), ok: true };
  } catch {
    return { state: emptyState(), ok: false };
  }
}

/** Keeps the checklist in localStorage, or removes the key when nothing is left. False on failure. */
function writeStorage(state: PrepareState): boolean {
  try {
    if (isEmptyState(state)) {
      window.localStorage.removeItem(STORAGE_KEY);
    } else {
      const value = serializeState(state);
      if (window.localStorage.getItem(STORAGE_KEY) !== value) window.localStorage.setItem(STORAGE_KEY, value);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The interactive checklist. Until it has read localStorage (and always without JavaScript)
 * it shows `children`, the printable blank checklist rendered on the server. Nothing the reader
 * enters is sent anywhere: there is no form submission and no request, only localStorage.
 * Its words come from the server as data (`words`, the dictionary's prepare part), so the
 * browser downloads only the words of its own language.
 */
export function PrepareTool({
  catalog,
  getHelpUrl,
  words,
  locale,
  siteName,
  children,
}: {
  catalog: PrepareCatalog;
  getHelpUrl: string;
  words: PrepareWords;
  locale: string;
  siteName: string;
  children: ReactNode;
}) {
  const [state, setState] = useState<PrepareState | null>(null);
  const [storageWorks, setStorageWorks] = useState(true);
  // Bumped by "Clear everything", so the summary forgets any text it was showing.
  const [clearedTimes, setClearedTimes] = useState(0);
  const knownIds = useMemo(() => new Set(catalog.symptomGroups.flatMap((group) => group.items.map((item) => item.id))), [catalog]);

  useEffect(() => {
    const saved = readStorage(knownIds);
    // On purpose after hydration: the server's and the first client render show the blank
    // checklist; this render swaps in the saved one. (State stays in memory, not re-read from
    // storage on each change, so a half-typed entry is never trimmed away.)
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState(saved.state);
    setStorageWorks(saved.ok);
    // Another tab changed or cleared the checklist: show the same thing here.
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) setState(readStorage(knownIds).state);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [knownIds]);

  useEffect(() => {
    // Whether the browser saved it is known only after writing; a failure shows the warning.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (state) setStorageWorks(writeStorage(state));
  }, [state]);

  const update: UpdateState = useCallback((change) => setState((previous) => (previous ? change(previous) : previous)), []);
  const summary = useMemo(() => (state ? buildSummary(catalog, state) : null), [catalog, state]);

  const clearEverything = useCallback(() => {
    if (!window.confirm(words.confirmClear)) return;
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing was stored if storage does not work.
    }
    setState(emptyState());
    setClearedTimes((times) => times + 1);
    announce(words.cleared, document.activeElement);
  }, [words]);

  return (
    <div className="prepare" data-ready={state ? "" : undefined} data-empty={summary?.isEmpty ? "" : undefined}>
      <div className="prepare-blank">{children}</div>
      {state && summary && (
        <div className="prepare-app">
          <div className="no-print">
            <Callout variant="note" title={words.privacyTitle} headingLevel={2} headingId="nothing-leaves-your-device">
              <p>{format(words.privacy, { site: siteName })}</p>
              <p>{words.sharedDevice}</p>
            </Callout>
            {!storageWorks && (
              <p className="prepare-alert" role="alert">
                {words.notSaving}
              </p>
            )}
            <p>
              <a href="#your-summary">{words.goToSummary}</a>
            </p>
            <SymptomChecklist groups={catalog.symptomGroups} state={state} update={update} words={words} locale={locale} />
            <MedicineList medicines={state.medicines} suggestions={catalog.medicineNames} update={update} words={words} />
            <QuestionPicker sections={catalog.questionSections} symptomGroups={catalog.symptomGroups} state={state} update={update} words={words} />
          </div>
          <SummarySection key={clearedTimes} summary={summary} getHelpUrl={getHelpUrl} onClear={clearEverything} words={words} locale={locale} />
        </div>
      )}
    </div>
  );
}
