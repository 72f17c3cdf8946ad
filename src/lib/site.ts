/**
 * Site-wide facts, in one place. The site's name and tagline are words, so they are in the
 * dictionary (src/lib/i18n); this module imports only the route registry, so client code can read it.
 */
import { fixedPagePaths } from "./routes";

/**
 * The public base URL of the site, used for every absolute URL (canonical links, link
 * previews, the sitemap, printed addresses, QR codes). `npm run build` refuses to run without
 * SITE_URL (src/build/site-url.ts); `npm start` sets it to the address it serves
 * (http://localhost:$PORT). The fallback here is only for `npm run dev` and the unit tests.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/**
 * Where a reader reports a problem with a page: a mailto: address or an issue tracker's
 * "new issue" address. Set SITE_FEEDBACK when building; without it the build says so and the
 * pages carry no report link.
 */
export const FEEDBACK_DESTINATION = (process.env.SITE_FEEDBACK ?? "").trim();

/**
 * A page's change history in the public repository: an address with {file} where the content
 * file's path goes, such as https://github.com/OWNER/REPO/commits/main/{file}. Set
 * SITE_HISTORY_URL when building; without it the build says so and pages show no history link.
 */
export const HISTORY_URL_TEMPLATE = (process.env.SITE_HISTORY_URL ?? "").trim();

/** How often every page is checked again against its sources (the "next review due" date). */
export const REVIEW_CYCLE_MONTHS = 12;

/**
 * The addresses the code links to, defined in the route registry (routes.ts) and listed here
 * for the code that imports them with the other site-wide facts.
 */
export { GET_HELP_URL, HOW_WE_WORK_URL, PREGNANCY_URL, PREPARE_URL, TEST_CODE_URL, TEST_FINDER_URL, VACCINES_URL } from "./routes";

/** Pages that exist as routes of their own rather than as content files. */
export const STATIC_ROUTES: readonly string[] = fixedPagePaths();

/** The public, absolute address of a site path ("/symptoms" -> "https://.../symptoms"). */
export function absoluteUrl(sitePath: string): string {
  return `${SITE_URL}${sitePath === "/" ? "/" : sitePath}`;
}
