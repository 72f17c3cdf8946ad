/** Site-wide facts, in one place. */

export const SITE_NAME = "Lupus Guide";
export const SITE_TAGLINE = "Plain-language information about lupus, for patients and the people who care for them.";

/**
 * The public base URL of the site, used for every absolute URL (canonical links, link
 * previews, sitemap). Set SITE_URL when building for a real host.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/** Pages that exist as routes of their own rather than as content files. */
export const STATIC_ROUTES: readonly string[] = ["/", "/glossary", "/handout", "/search", "/prepare"];

/** The appointment checklist: linked from the home page and every symptom page. */
export const PREPARE_URL = "/prepare";

/** Where urgent warning signs live; linked from the header of every page. */
export const GET_HELP_URL = "/get-help";

/** Pages that medicine pages point to for their pregnancy and vaccine sections. */
export const PREGNANCY_URL = "/living-with-lupus/pregnancy-and-family-planning";
export const VACCINES_URL = "/living-with-lupus/infections-and-vaccines";

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
