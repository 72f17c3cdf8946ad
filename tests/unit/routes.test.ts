import { describe, expect, it } from "vitest";
import { loadSiteFrom } from "@/lib/content/load";
import { FIXED_PAGES, fixedPagePaths, isFixedPage, needsClientReact, routeFor, SITE_ROUTES, type Route, type RouteRegistry } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { sitemapEntries } from "@/lib/sitemap";
import { fallbackPageFor, headersFor, netlifyHeadersFile, nginxSnippet, redirectsFile } from "../../src/build/hosting";
import { pageUrls, toolPages } from "../e2e/site-pages";
import { FIXTURE_SITE } from "./content/fixture";

const withLanguages: RouteRegistry = {
  ...SITE_ROUTES,
  locales: [...SITE_ROUTES.locales, { code: "es", prefix: "es" }, { code: "zh-Hans", prefix: "zh-hans" }],
};

describe("routeFor", () => {
  it.each([
    ["/", "home", {}],
    ["/glossary/", "glossary", {}],
    ["/tests/find", "tool", {}],
    ["/tests/code/1234-5", "lab-code", { loinc: "1234-5" }],
    ["/symptoms", "section", { section: "symptoms" }],
    ["/symptoms/kidneys", "article", { section: "symptoms", slug: "kidneys" }],
  ])("recognises %s as a %s page", (sitePath, type, params) => {
    const match = routeFor(sitePath);
    expect(match?.route.type).toBe(type);
    expect(match?.params).toEqual(params);
    expect(match?.locale.prefix).toBe("");
  });

  it.each(["/no-such-section", "/no-such-section/page", "/symptoms/kidneys/more", "/tests/code/1234-5/more", "/404"])("knows no route for %s", (sitePath) => {
    expect(routeFor(sitePath)).toBeUndefined();
  });

  it("recognises a page in another language by its prefix, with the same slugs", () => {
    expect(routeFor("/es/tests/code/1234-5", withLanguages)).toMatchObject({ route: { type: "lab-code" }, locale: { code: "es" }, params: { loinc: "1234-5" } });
    expect(routeFor("/zh-hans", withLanguages)).toMatchObject({ route: { type: "home" }, locale: { code: "zh-Hans" } });
    expect(routeFor("/es/symptoms/kidneys", withLanguages)?.params).toEqual({ section: "symptoms", slug: "kidneys" });
    expect(needsClientReact("/es/prepare", withLanguages)).toBe(true);
    expect(isFixedPage("/es/glossary", withLanguages)).toBe(true);
  });

  it("takes a prefix only as a whole segment, and only for a language the registry has", () => {
    expect(routeFor("/estonia", withLanguages)).toBeUndefined();
    expect(routeFor("/es/search")).toBeUndefined();
    expect(isFixedPage("/es/glossary")).toBe(false);
  });

  it("keeps React only where a tool needs it", () => {
    expect(needsClientReact(FIXED_PAGES.prepare.pattern)).toBe(true);
    for (const sitePath of ["/", "/search", "/symptoms/kidneys", "/404"]) expect(needsClientReact(sitePath)).toBe(false);
  });
});

describe("a fixed page added only to the registry", () => {
  const newPage: Route = { pattern: "/tools/new", type: "tool", inSitemap: true, clientReact: false, wasm: true };
  const withNewPage: RouteRegistry = { ...SITE_ROUTES, routes: [newPage, ...SITE_ROUTES.routes] };
  const site = { sections: [], articles: [] };
  const policy = (registry?: RouteRegistry) => headersFor(newPage.pattern, registry)["Content-Security-Policy"];

  it("is in the sitemap", () => {
    expect(sitemapEntries(site).map((entry) => entry.url)).not.toContain(absoluteUrl(newPage.pattern));
    expect(sitemapEntries(site, withNewPage).map((entry) => entry.url)).toContain(absoluteUrl(newPage.pattern));
  });

  it("is in the e2e page list, and among the tools checked in their variants", () => {
    expect(pageUrls(site)).not.toContain(newPage.pattern);
    expect(pageUrls(site, withNewPage)).toContain(newPage.pattern);
    expect(toolPages(withNewPage)).toContain(newPage.pattern);
  });

  it("gets its security policy from every host's headers", () => {
    expect(policy()).not.toContain("'wasm-unsafe-eval'");
    expect(policy(withNewPage)).toContain("'wasm-unsafe-eval'");
    expect(netlifyHeadersFile([newPage.pattern], withNewPage)).toContain(`/tools/new\n  Content-Security-Policy: ${policy(withNewPage)}`);
    expect(nginxSnippet([])).not.toContain("location = /tools/new");
    expect(nginxSnippet([], withNewPage)).toContain("location = /tools/new {");
  });
});

describe("the registry read by the hosts", () => {
  it("gives pages in another language the policy and fallback of their English page", () => {
    expect(headersFor("/es/search", withLanguages)).toEqual(headersFor("/search"));
    expect(fallbackPageFor("/es/tests/code/1234-5", withLanguages)).toBe("/es/tests/code");
    expect(redirectsFile([], withLanguages)).toContain("/es/tests/code/* /es/tests/code 200");
  });

  it("lists every fixed page in every language", () => {
    expect(fixedPagePaths(withLanguages)).toEqual(expect.arrayContaining(["/", "/glossary", "/es", "/es/glossary", "/zh-hans/tests/find"]));
  });
});

describe("the sitemap", () => {
  it("lists the fixed pages, sections and articles, but not the pages for finding other pages", async () => {
    const site = await loadSiteFrom(FIXTURE_SITE);
    const urls = sitemapEntries(site).map((entry) => entry.url);
    expect(urls).toEqual(expect.arrayContaining([absoluteUrl("/"), absoluteUrl(FIXED_PAGES.prepare.pattern), ...[...site.sections, ...site.articles].map((page) => absoluteUrl(page.url))]));
    expect(urls).not.toContain(absoluteUrl(FIXED_PAGES.search.pattern));
    expect(urls).not.toContain(absoluteUrl(FIXED_PAGES.testCodes.pattern));
  });
});
