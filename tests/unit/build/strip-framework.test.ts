import { describe, expect, it } from "vitest";
import { stripFramework } from "@/build/strip-framework";

/** A page as `next build` exports it, shortened: the site's own parts and the framework's. */
const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<link rel="stylesheet" href="/_next/static/css/site.css">',
  '<link rel="preload" as="script" href="/_next/static/chunks/webpack.js">',
  '<link rel="modulepreload" href="/_next/static/chunks/main.js">',
  '<link rel="preload" as="font" href="/_next/static/media/font.woff2">',
  '<script src="/_next/static/chunks/main-app.js" async></script>',
  "</head><body><main><h1>Lupus</h1></main>",
  '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
  '<script id="known-pages" type="application/json">[["/","Lupus Guide"]]</script>',
  '<script src="/enhance.js" defer></script>',
  "<script>self.__next_f.push([1,\"payload\"])</script>",
  '<script type="module">import("/_next/x.js")</script>',
  "</body></html>",
].join("");

describe("removing the framework runtime from a page", () => {
  const stripped = stripFramework(PAGE);

  it("drops the framework's scripts, script preloads and inline payloads", () => {
    expect(stripped).not.toContain("/_next/static/chunks/");
    expect(stripped).not.toContain("__next_f");
    expect(stripped).not.toContain('type="module"');
  });

  it("keeps the page, its styles and fonts, its data blocks and the site's own scripts", () => {
    expect(stripped).toContain("<h1>Lupus</h1>");
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/css/site.css">');
    expect(stripped).toContain('<link rel="preload" as="font" href="/_next/static/media/font.woff2">');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>');
    expect(stripped).toContain('<script id="known-pages" type="application/json">');
    expect(stripped).toContain('<script src="/enhance.js" defer></script>');
  });

  it("leaves a page without the framework as it was", () => {
    const plain = '<!doctype html><html><head></head><body><p>Text</p><script src="/search.js"></script></body></html>';
    expect(stripFramework(plain)).toBe(plain);
  });
});
