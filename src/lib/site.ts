/** Site-wide facts, in one place. */

export const SITE_NAME = "Lupus Guide";
export const SITE_TAGLINE = "Plain-language information about lupus, for patients and the people who care for them.";

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

/** The test finder (find a test by the name on your report) and the address for LOINC codes. */
export const TEST_FINDER_URL = "/tests/find";
export const TEST_CODE_URL = "/tests/code";

/** Pages that exist as routes of their own rather than as content files. */
export const STATIC_ROUTES: readonly string[] = ["/", "/glossary", "/handout", "/search", "/prepare", TEST_FINDER_URL, TEST_CODE_URL];

/** The appointment checklist: linked from the home page and every symptom page. */
export const PREPARE_URL = "/prepare";

/** Where urgent warning signs live; linked from the header of every page. */
export const GET_HELP_URL = "/get-help";

/** Pages that medicine pages point to for their pregnancy and vaccine sections. */
export const PREGNANCY_URL = "/living-with-lupus/pregnancy-and-family-planning";
export const VACCINES_URL = "/living-with-lupus/infections-and-vaccines";

/** The page that says truthfully how the content is made and checked; linked from every page. */
export const HOW_WE_WORK_URL = "/about/how-we-make-this-information";

/** The Medicines A to Z page. */
export const MEDICINES_URL = "/medicines";

/** The public, absolute address of a site path ("/symptoms" -> "https://.../symptoms"). */
export function absoluteUrl(sitePath: string): string {
  return `${SITE_URL}${sitePath === "/" ? "/" : sitePath}`;
}

/**
 * Pages that use React on the client (app-like tools). Every other page ships without the
 * framework runtime (src/build/strip-framework.ts).
 */
export const PAGES_WITH_CLIENT_COMPONENTS: readonly string[] = ["/prepare"];

/** Pages that run WebAssembly (Pagefind's search), which their security policy must allow. */
export const PAGES_NEEDING_WASM: readonly string[] = ["/search"];
