/**
 * What a reader enters on /prepare, and how it is kept: in this browser's localStorage only,
 * under one key, as versioned JSON. Pure functions; the component does the reading and writing.
 */

/** The one localStorage key the checklist uses. */
export const STORAGE_KEY = "lupus-guide:prepare";
/** Bump when the stored shape changes, and teach parseStoredState to read the old one. */
export const STORAGE_VERSION = 1;

/** The answers to "How often?", in the order offered; their words are in the dictionary (prepare.symptoms.howOftenOptions). */
export const HOW_OFTEN_OPTIONS = ["constant", "daily", "weekly", "sometimes", "once"] as const;
export type HowOften = (typeof HOW_OFTEN_OPTIONS)[number];

/** The answers to "Since your last visit" (words: prepare.symptoms.changeOptions). */
export const CHANGE_OPTIONS = ["new", "worse", "same", "better"] as const;
export type Change = (typeof CHANGE_OPTIONS)[number];

/** What the reader says about one ticked symptom. Empty strings mean "not answered". */
export type SymptomEntry = { started: string; howOften: HowOften | ""; change: Change | "" };

export type Medicine = { name: string; dose: string };

export type PrepareState = {
  /** Ticked symptoms, by SymptomOption id. */
  symptoms: Record<string, SymptomEntry>;
  /** Anything else the reader has noticed, in their own words. */
  otherSymptoms: string;
  medicines: Medicine[];
  /** Questions picked from the pages' lists, as their text. */
  questions: string[];
  /** The reader's own questions, one a line. */
  ownQuestions: string;
};

export function emptyState(): PrepareState {
  return { symptoms: {}, otherSymptoms: "", medicines: [], questions: [], ownQuestions: "" };
}

export function emptyEntry(): SymptomEntry {
  return { started: "", howOften: "", change: "" };
}

/** Nothing worth keeping: no ticks, no text, no medicine with a name or dose. */
export function isEmptyState(state: PrepareState): boolean {
  return (
    Object.keys(state.symptoms).length === 0 &&
    state.otherSymptoms.trim() === "" &&
    state.medicines.every((medicine) => medicine.name.trim() === "" && medicine.dose.trim() === "") &&
    state.questions.length === 0 &&
    state.ownQuestions.trim() === ""
  );
}

export function serializeState(state: PrepareState): string {
  return JSON.stringify({ version: STORAGE_VERSION, ...state });
}

const MAX_TEXT = 2000;

function text(value: unknown): string {
  return typeof value === "string" ? value.slice(0, MAX_TEXT) : "";
}

/** The option that equals `value`, or "" for anything else. */
export function oneOf<T extends string>(value: unknown, options: readonly T[]): T | "" {
  return options.find((option) => option === value) ?? "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads what localStorage holds. Anything missing, damaged, from another version, or naming a
 * symptom the checklist no longer has (when `knownSymptomIds` is given) is dropped rather than
 * trusted: the result is always a well-formed state.
 */
export function parseStoredState(raw: string | null, knownSymptomIds?: ReadonlySet<string>): PrepareState {
  const state = emptyState();
  if (!raw) return state;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return state;
  }
  if (!isRecord(data) || data.version !== STORAGE_VERSION) return state;

  if (isRecord(data.symptoms)) {
    for (const [id, entry] of Object.entries(data.symptoms)) {
      if (knownSymptomIds && !knownSymptomIds.has(id)) continue;
      const fields = isRecord(entry) ? entry : {};
      state.symptoms[id] = { started: text(fields.started), howOften: oneOf(fields.howOften, HOW_OFTEN_OPTIONS), change: oneOf(fields.change, CHANGE_OPTIONS) };
    }
  }
  state.otherSymptoms = text(data.otherSymptoms);
  if (Array.isArray(data.medicines)) {
    state.medicines = data.medicines.filter(isRecord).map((medicine) => ({ name: text(medicine.name), dose: text(medicine.dose) }));
  }
  if (Array.isArray(data.questions)) {
    state.questions = [...new Set(data.questions.filter((question): question is string => typeof question === "string" && question.trim() !== ""))];
  }
  state.ownQuestions = text(data.ownQuestions);
  return state;
}

/** Ticks or unticks a symptom; unticking forgets what was said about it. */
export function setSymptomTicked(state: PrepareState, id: string, ticked: boolean): PrepareState {
  const symptoms = { ...state.symptoms };
  if (ticked) symptoms[id] = symptoms[id] ?? emptyEntry();
  else delete symptoms[id];
  return { ...state, symptoms };
}

/** Changes what is said about a ticked symptom (a symptom that is not ticked is left alone). */
export function updateSymptomEntry(state: PrepareState, id: string, patch: Partial<SymptomEntry>): PrepareState {
  const entry = state.symptoms[id];
  if (!entry) return state;
  return { ...state, symptoms: { ...state.symptoms, [id]: { ...entry, ...patch } } };
}

/** Picks or unpicks a question from the pages' lists. */
export function setQuestionPicked(state: PrepareState, question: string, picked: boolean): PrepareState {
  const others = state.questions.filter((candidate) => candidate !== question);
  return { ...state, questions: picked ? [...others, question] : others };
}
