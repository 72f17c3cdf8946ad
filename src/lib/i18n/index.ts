/**
 * The site's languages and their dictionaries (after the Next.js i18n-routing example's
 * i18n-config and get-dictionary). English is the first language and the type every other
 * dictionary satisfies: to add a language, add its file beside en.ts and a line to DICTIONARIES.
 */
import { en } from "./en";
import type { PluralForms } from "./format";

export { format, formatPlural, placeholdersOf } from "./format";

/**
 * The type of a dictionary: English's shape with every text widened to `string` (and every list
 * of lines to a list of any length), so a translation must have every key and nothing else.
 */
type Words<T> = T extends string
  ? string
  : T extends PluralForms
    ? PluralForms
    : T extends readonly (infer Item)[]
      ? readonly Words<Item>[]
      : { readonly [Key in keyof T]: Words<T[Key]> };
export type Dictionary = Words<typeof en>;

const DICTIONARIES = {
  "en-US": en,
} as const satisfies Record<string, Dictionary>;

export type Locale = keyof typeof DICTIONARIES;
export const locales = Object.keys(DICTIONARIES) as Locale[];
export const defaultLocale: Locale = "en-US";

/** The words of one language (the site's first language when none is given). */
export function dictionaryFor(locale: Locale = defaultLocale): Dictionary {
  return DICTIONARIES[locale];
}
