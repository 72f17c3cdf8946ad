/**
 * The one registry of the site's addresses: every fixed page (a route of its own rather than a
 * content file), the patterns of the pages made from content, the languages' address prefixes,
 * and the header and footer navigation. The sitemap (src/lib/sitemap.ts), the content link
 * check, the security headers and hosting files (src/build/hosting.ts), the runtime-stripping
 * step (src/build/strip-framework.ts) and the e2e page list (tests/e2e/site-pages.ts) all read
 * it, so a new fixed page is one entry here plus its route file in src/app/.
 *
 * Client code reads this module (through the URL constants in site.ts): keep it free of Node
 * and of heavy imports.
 */
import { SECTION_SLUGS, type SectionSlug } from "./content/sections";
import type { Dictionary } from "./i18n";

/** A language of the site: English keeps the root addresses, another lives under its prefix ("es" -> /es/symptoms). */
export interface Locale {
  code: string;
  prefix: string;
}

/** The kind of page a route serves; the e2e checks run their costly variants once per kind. */
type PageType = "home" | "section" | "article" | "glossary" | "tool" | "lab-code";

export interface Route {
  /** A fixed path ("/glossary") or a pattern whose ":name" segments stand for one segment each. */
  pattern: string;
  type: PageType;
  /** Listed in sitemap.xml; pages for finding other pages are not. */
  inSitemap: boolean;
  /** Keeps the React runtime on the client (app-like tools); every other page ships without it. */
  clientReact: boolean;
  /** Runs WebAssembly (Pagefind's search), which the page's security policy must allow. */
  wasm: boolean;
  /** The values a parameter may take; an address with any other value is not this route. */
  params?: Readonly<Record<string, readonly string[]>>;
  /** The page hosts serve (status 200) for an address of this pattern that no file answers. */
  fallback?: string;
}

export interface RouteRegistry {
  /** The first locale with an empty prefix is the one at the root addresses. */
  locales: readonly Locale[];
  /** In matching order: fixed pages before the patterns that would also match them. */
  routes: readonly Route[];
}

const page = (pattern: string, type: PageType, needs: Partial<Pick<Route, "inSitemap" | "clientReact" | "wasm">> = {}): Route => ({
  pattern,
  type,
  inSitemap: needs.inSitemap ?? true,
  clientReact: needs.clientReact ?? false,
  wasm: needs.wasm ?? false,
});

/** The fixed pages, by name; their paths are the URL constants the rest of the code links with. */
export const FIXED_PAGES = {
  home: page("/", "home"),
  glossary: page("/glossary", "glossary"),
  handout: page("/handout", "tool"),
  search: page("/search", "tool", { inSitemap: false, wasm: true }),
  prepare: page("/prepare", "tool", { clientReact: true }),
  testFinder: page("/tests/find", "tool"),
  testCodes: page("/tests/code", "tool", { inSitemap: false }),
} as const satisfies Record<string, Route>;

/** The pages made from data: lab codes, section pages and articles (content/<section>/<slug>.md). */
const PATTERN_ROUTES: readonly Route[] = [
  // Only known codes have a file; hosts answer any other code with the lab-code page, which says so.
  { ...page("/tests/code/:loinc", "lab-code", { inSitemap: false }), fallback: FIXED_PAGES.testCodes.pattern },
  { ...page("/:section", "section"), params: { section: SECTION_SLUGS } },
  { ...page("/:section/:slug", "article"), params: { section: SECTION_SLUGS } },
];

/** The site as it is built. Functions that read the registry take another one in tests. */
export const SITE_ROUTES: RouteRegistry = {
  locales: [{ code: "en", prefix: "" }],
  routes: [...Object.values(FIXED_PAGES), ...PATTERN_ROUTES],
};

/** A section's page: "symptoms" -> "/symptoms". */
const sectionPath = (section: SectionSlug) => `/${section}`;

/** An article's address, typed by its section: ("symptoms", "kidneys") -> "/symptoms/kidneys". */
const articlePath = (section: SectionSlug, slug: string) => `/${section}/${slug}`;

export const PREPARE_URL = FIXED_PAGES.prepare.pattern;
export const GLOSSARY_URL = FIXED_PAGES.glossary.pattern;
export const TEST_FINDER_URL = FIXED_PAGES.testFinder.pattern;
export const TEST_CODE_URL = FIXED_PAGES.testCodes.pattern;
/** Where urgent warning signs live; linked from the header of every page. */
export const GET_HELP_URL = sectionPath("get-help");
/** Pages that medicine pages point to for their pregnancy and vaccine sections. */
export const PREGNANCY_URL = articlePath("living-with-lupus", "pregnancy-and-family-planning");
export const VACCINES_URL = articlePath("living-with-lupus", "infections-and-vaccines");
/** The page that says truthfully how the content is made and checked; linked from every page. */
export const HOW_WE_WORK_URL = articlePath("about", "how-we-make-this-information");

/** A link in the header or footer; its label is a key of the dictionary's `navigation` words. */
export interface NavLink {
  href: string;
  label: keyof Dictionary["navigation"];
}

/** The header's main navigation: these sections (in the content's section order, with their own labels), then these links. */
export const HEADER_NAV: { sections: readonly SectionSlug[]; links: readonly NavLink[] } = {
  // The topic sections; one-page sections such as /about live in the footer.
  sections: ["about-lupus", "causes", "symptoms", "diagnosis", "tests", "treatment", "medicines", "forms", "conditions", "living-with-lupus", "pregnancy-and-family", "life-stages"],
  links: [{ href: GLOSSARY_URL, label: "glossary" }],
};

export const FOOTER_NAV: readonly NavLink[] = [
  { href: sectionPath("about"), label: "howWeWrite" },
  { href: sectionPath("caregivers"), label: "caregivers" },
  { href: sectionPath("clinicians"), label: "clinicians" },
  { href: GLOSSARY_URL, label: "glossary" },
];

/** Content pages the code links to by address; the content tests check that each exists. */
export const CONTENT_PAGES_LINKED_FROM_CODE: readonly string[] = [
  GET_HELP_URL,
  PREGNANCY_URL,
  VACCINES_URL,
  HOW_WE_WORK_URL,
  ...HEADER_NAV.sections.map(sectionPath),
  ...FOOTER_NAV.map((link) => link.href).filter((href) => !isFixedPage(href)),
];

/** A site path in a locale: ("/glossary", es) -> "/es/glossary"; the root locale keeps it as it is. */
export function localizedPath(sitePath: string, locale: Locale): string {
  if (locale.prefix === "") return sitePath;
  return sitePath === "/" ? `/${locale.prefix}` : `/${locale.prefix}${sitePath}`;
}

/** True for a fixed page's route, false for a pattern with parameters. */
export function isFixedRoute(route: Route): boolean {
  return !route.pattern.includes("/:");
}

/** The fixed pages' paths in every locale, in registry order: pages that exist without content. */
export function fixedPagePaths(registry: RouteRegistry = SITE_ROUTES): string[] {
  const fixed = registry.routes.filter(isFixedRoute);
  return registry.locales.flatMap((locale) => fixed.map((route) => localizedPath(route.pattern, locale)));
}

/** True for the path of a fixed page (in any locale). */
export function isFixedPage(sitePath: string, registry: RouteRegistry = SITE_ROUTES): boolean {
  const match = routeFor(sitePath, registry);
  return match !== undefined && isFixedRoute(match.route);
}

export interface RouteMatch {
  route: Route;
  locale: Locale;
  params: Record<string, string>;
}

/**
 * The route that serves a site path ("/es/tests/code/1234-5" -> the lab-code route, locale es,
 * loinc "1234-5"), or undefined when no route does. The path has no query or fragment; a
 * trailing slash is ignored. Whether a page exists for the parameters is the content's business.
 */
export function routeFor(sitePath: string, registry: RouteRegistry = SITE_ROUTES): RouteMatch | undefined {
  const { locale, rest } = splitLocale(sitePath.replace(/(.)\/+$/, "$1"), registry.locales);
  if (!locale) return undefined;
  const segments = rest.split("/").slice(1).filter((segment, index, all) => segment !== "" || all.length > 1);
  for (const route of registry.routes) {
    const params = matchSegments(route, segments);
    if (params) return { route, locale, params };
  }
  return undefined;
}

function splitLocale(sitePath: string, locales: readonly Locale[]): { locale: Locale | undefined; rest: string } {
  const prefixed = locales.find((locale) => locale.prefix !== "" && (sitePath === `/${locale.prefix}` || sitePath.startsWith(`/${locale.prefix}/`)));
  if (prefixed) return { locale: prefixed, rest: sitePath.slice(prefixed.prefix.length + 1) || "/" };
  return { locale: locales.find((locale) => locale.prefix === ""), rest: sitePath };
}

function matchSegments(route: Route, segments: readonly string[]): Record<string, string> | undefined {
  const expected = route.pattern.split("/").slice(1).filter(Boolean);
  if (expected.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const segment = segments[index];
    if (!part.startsWith(":")) {
      if (part !== segment) return undefined;
      continue;
    }
    const name = part.slice(1);
    const allowed = route.params?.[name];
    if (segment === "" || (allowed && !allowed.includes(segment))) return undefined;
    params[name] = segment;
  }
  return params;
}

/** True for a page that keeps the React runtime on the client (in any locale). */
export function needsClientReact(sitePath: string, registry: RouteRegistry = SITE_ROUTES): boolean {
  return routeFor(sitePath, registry)?.route.clientReact ?? false;
}
