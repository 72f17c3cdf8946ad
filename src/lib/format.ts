import { defaultLocale } from "./i18n";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-22" -> "November 22, 2026" (in the words and order of `locale`). */
export function formatDate(isoDate: string, locale: string = defaultLocale): string {
  let dateFormat = dateFormats.get(locale);
  if (!dateFormat) dateFormats.set(locale, (dateFormat = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })));
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The date `months` after an ISO date, as an ISO date: the next review of a page reviewed then. */
export function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
