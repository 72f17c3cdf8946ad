/**
 * The two helpers every dictionary string goes through: `format` fills in {placeholders},
 * `plural` picks the form of a word for a number with the language's own plural rules.
 * Dictionaries hold plain strings (no code), so the same words can be handed to a client
 * component or a standalone script in public/ as data.
 */

/** The forms of a phrase that depends on a number; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Marks a dictionary entry as plural forms (so a translation may give the forms its language needs). */
export const plural = (forms: PluralForms): PluralForms => forms;

export type Values = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** "Showing the best {count}." + { count: 10 } -> "Showing the best 10.". A placeholder without a value is a bug: it throws. */
export function format(template: string, values: Values = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`no value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}

/** The placeholder names a template uses, in order ("{count} pages in {section}" -> count, section). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count` in `locale`, with {count} (and any other values) filled in. */
export function formatPlural(locale: string, forms: PluralForms, count: number, values: Values = {}): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return format(forms[rules.select(count)] ?? forms.other, { count, ...values });
}
