/**
 * How the static site is served: the one definition of its security headers and caching.
 * `npm start` applies it (serve.ts); the build writes the same rules for other hosts:
 * out/_headers (Netlify, Cloudflare Pages) and out/_hosting/nginx.conf.
 */
import { isFixedRoute, localizedPath, SITE_ROUTES, type RouteRegistry } from "../lib/routes";
import type { Move } from "../lib/content/moves";

type Headers = Record<string, string>;
type PathRule = { path: string; headers: Headers };

/** Content Security Policy, as strict as each kind of page allows. */
export function contentSecurityPolicy({ inlineScripts = false, wasm = false } = {}): string {
  const scripts = ["'self'", ...(inlineScripts ? ["'unsafe-inline'"] : []), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // The framework runtime (kept only on app-like pages) injects style changes at run time.
    `style-src 'self'${inlineScripts ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response gets. */
export const COMMON_HEADERS: Headers = {
  "Content-Security-Policy": contentSecurityPolicy(),
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/**
 * Rules by path, applied in order after COMMON_HEADERS (a later rule's header replaces an
 * earlier one). `path` is an exact site path, or a prefix ending in "/*". The pages' own
 * policies come from the route registry: WebAssembly and the framework's inline scripts are
 * allowed only on the pages that need them, in every language.
 */
function pathRules(registry: RouteRegistry): PathRule[] {
  const pagesWithOwnPolicy = registry.routes.filter((route) => isFixedRoute(route) && (route.wasm || route.clientReact));
  return [
    { path: "/_next/static/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
    // Pagefind runs its WebAssembly in a worker, whose policy comes from the worker's own response.
    { path: "/pagefind/*", headers: { "Cache-Control": "public, max-age=3600", "Content-Security-Policy": contentSecurityPolicy({ wasm: true }) } },
    ...registry.locales.flatMap((locale) =>
      pagesWithOwnPolicy.map((route) => ({
        path: localizedPath(route.pattern, locale),
        headers: { "Content-Security-Policy": contentSecurityPolicy({ inlineScripts: route.clientReact, wasm: route.wasm }) },
      })),
    ),
    // Open Graph images are written without a file extension.
    { path: "/opengraph-image", headers: { "Content-Type": "image/png" } },
    { path: "/*/opengraph-image", headers: { "Content-Type": "image/png" } },
  ];
}

/** Headers for one request path, as `npm start` sends them. */
export function headersFor(sitePath: string, registry: RouteRegistry = SITE_ROUTES): Headers {
  const headers = { ...COMMON_HEADERS };
  for (const rule of pathRules(registry)) if (matches(rule.path, sitePath)) Object.assign(headers, rule.headers);
  return headers;
}

function matches(pattern: string, sitePath: string): boolean {
  if (pattern === sitePath) return true;
  if (pattern.startsWith("/*/")) return sitePath.endsWith(pattern.slice(2));
  return pattern.endsWith("/*") && sitePath.startsWith(pattern.slice(0, -1));
}

/**
 * out/_headers for Netlify and Cloudflare Pages. Those hosts join the values of a header set by
 * several matching rules, and a browser enforces every policy it gets, so the security policy
 * is given page by page (`pagePaths`) rather than once for "/*".
 */
export function netlifyHeadersFile(pagePaths: readonly string[], registry: RouteRegistry = SITE_ROUTES): string {
  const block = (path: string, headers: Headers) => [path, ...Object.entries(headers).map(([key, value]) => `  ${key}: ${value}`)].join("\n");
  const withoutPolicy = (headers: Headers) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== "Content-Security-Policy"));
  const policyOf = (sitePath: string) => headersFor(sitePath, registry)["Content-Security-Policy"];
  const everywhere = withoutPolicy(COMMON_HEADERS);
  // Exact page paths get their policy below; folder rules ("/pagefind/*") keep theirs.
  const rulesWithoutPolicy = pathRules(registry).map((rule) => ({ path: rule.path, headers: rule.path.endsWith("/*") ? rule.headers : withoutPolicy(rule.headers) })).filter(
    (rule) => Object.keys(rule.headers).length > 0,
  );
  return [
    "# Generated from src/build/hosting.ts by the build. Do not edit.",
    block("/*", everywhere),
    ...rulesWithoutPolicy.map((rule) => block(rule.path, rule.headers)),
    ...pagePaths.map((sitePath) => block(sitePath, { "Content-Security-Policy": policyOf(sitePath) })),
    "",
  ].join("\n\n");
}

/**
 * Addresses under a prefix that no file answers are served a page of the site instead of the
 * 404 page (status 200): an unknown lab code gets the lab-code page, which says so helpfully.
 * Read from the routes with a fallback ("/tests/code/:loinc" -> prefix "/tests/code/").
 */
function fallbackPages(registry: RouteRegistry): { prefix: string; page: string }[] {
  return registry.locales.flatMap((locale) =>
    registry.routes.flatMap((route) =>
      route.fallback ? [{ prefix: localizedPath(route.pattern.slice(0, route.pattern.indexOf(":")), locale), page: localizedPath(route.fallback, locale) }] : [],
    ),
  );
}

/** The page that answers a path no file answers, or undefined for the 404 page. */
export function fallbackPageFor(sitePath: string, registry: RouteRegistry = SITE_ROUTES): string | undefined {
  return fallbackPages(registry).find((rule) => sitePath.startsWith(rule.prefix) && sitePath.length > rule.prefix.length)?.page;
}

/**
 * out/_redirects for Netlify and Cloudflare Pages: a permanent redirect for each moved address.
 * "301!" applies it even though a stand-in page exists at the old address.
 */
export function redirectsFile(moves: readonly Move[], registry: RouteRegistry = SITE_ROUTES): string {
  return [
    "# Generated from content/moves.yml and src/build/hosting.ts by the build. Do not edit.",
    ...moves.map((move) => `${move.from} ${move.to} 301!`),
    // Without "!", an existing file (a known lab code's page) still wins over the fallback.
    ...fallbackPages(registry).map((rule) => `${rule.prefix}* ${rule.page} 200`),
    "",
  ].join("\n");
}

/** The permanent redirect `npm start` sends for a moved address (query kept), or undefined. */
export function redirectFor(moves: readonly Move[], sitePath: string, query: string): string | undefined {
  const move = moves.find((candidate) => candidate.from === sitePath.replace(/\/+$/, ""));
  return move ? `${move.to}${query}` : undefined;
}

/**
 * Addresses that differ from a page's only in capital letters ("/Symptoms/Kidneys"): the
 * permanent redirect to the page (query kept), or undefined. `knownPaths` maps each page's
 * address in lower case to the address itself (see lowerCasePaths). On static hosts the 404
 * page's script (public/not-found.js) does the same in the browser.
 */
export function caseRedirectFor(knownPaths: ReadonlyMap<string, string>, sitePath: string, query: string): string | undefined {
  const page = knownPaths.get(sitePath.replace(/(.)\/+$/, "$1").toLowerCase());
  return page !== undefined && page !== sitePath ? `${page}${query}` : undefined;
}

/** Page addresses by their lower-case spelling, for caseRedirectFor. */
export function lowerCasePaths(sitePaths: readonly string[]): Map<string, string> {
  return new Map(sitePaths.map((sitePath) => [sitePath.toLowerCase(), sitePath]));
}

/** An nginx server-block snippet with the same headers, clean URLs, redirects and 404 page. */
export function nginxSnippet(moves: readonly Move[] = [], registry: RouteRegistry = SITE_ROUTES): string {
  const addHeaders = (headers: Headers, indent: string) =>
    Object.entries(headers)
      .map(([key, value]) => `${indent}add_header ${key} "${value}" always;`)
      .join("\n");
  const location = (rule: PathRule) => {
    // add_header in a location replaces the server's list, so each location repeats the common ones.
    const headers = { ...COMMON_HEADERS, ...rule.headers };
    const { "Content-Type": contentType, ...rest } = headers;
    const matcher = rule.path.startsWith("/*/")
      ? `~ ${rule.path.slice(2).replace(/[.]/g, "\\.")}$`
      : rule.path.endsWith("/*")
        ? `^~ ${rule.path.slice(0, -1)}`
        : `= ${rule.path}`;
    return [
      `  location ${matcher} {`,
      ...(contentType ? [`    default_type ${contentType};`] : []),
      addHeaders(rest, "    "),
      "    try_files $uri $uri.html =404;",
      "  }",
    ].join("\n");
  };
  return [
    "# Generated from src/build/hosting.ts by the build. Do not edit.",
    "# Inside a server { } block whose root is the out/ folder.",
    "  error_page 404 /404.html;",
    "  location / {",
    addHeaders(COMMON_HEADERS, "    "),
    "    try_files $uri $uri.html $uri/index.html =404;",
    "  }",
    ...pathRules(registry).map(location),
    ...moves.map((move) => `  location = ${move.from} { return 301 ${move.to}$is_args$args; }`),
    ...fallbackPages(registry).map((rule) => `  location ^~ ${rule.prefix} {\n${addHeaders(COMMON_HEADERS, "    ")}\n    try_files $uri $uri.html ${rule.page}.html;\n  }`),
    "",
  ].join("\n");
}

const MAX_PATH_LENGTH = 1024;

/**
 * The decoded path, or undefined for one no page can have: undecodable, too long, with
 * "." or ".." segments, empty segments, backslashes or control characters.
 */
export function safeSitePath(rawPath: string): string | undefined {
  if (rawPath.length > MAX_PATH_LENGTH) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (!decoded.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  const segments = decoded.split("/").slice(1);
  if (segments.some((segment, index) => segment === "." || segment === ".." || (segment === "" && index < segments.length - 1))) {
    return undefined;
  }
  return decoded;
}
