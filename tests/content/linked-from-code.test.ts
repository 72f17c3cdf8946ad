import { describe, expect, it } from "vitest";
import { getSite } from "@/lib/content/load";
import { CONTENT_PAGES_LINKED_FROM_CODE, FOOTER_NAV, HEADER_NAV, isFixedPage } from "@/lib/routes";

const site = await getSite();

describe("addresses the code links to", () => {
  it.each(CONTENT_PAGES_LINKED_FROM_CODE)("%s is a content page", (url) => {
    expect(site.pagesByUrl.has(url)).toBe(true);
  });

  it.each([...HEADER_NAV.links, ...FOOTER_NAV].map((link) => [link.label, link.href]))("the navigation link %s leads to a page (%s)", (_label, href) => {
    expect(isFixedPage(href) || site.pagesByUrl.has(href)).toBe(true);
  });
});
