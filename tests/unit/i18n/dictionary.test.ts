import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { dictionaryFor, format, formatPlural, locales, placeholdersOf, type Dictionary } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

/** Every text of a dictionary, by its path ("article.previous"). */
function texts(words: unknown, prefix: string[] = []): [string[], string][] {
  if (typeof words === "string") return [[prefix, words]];
  if (words && typeof words === "object") return Object.entries(words).flatMap(([key, value]) => texts(value, [...prefix, key]));
  return [];
}

const CODE = ["src", "public"]
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
  .filter((file) => /\.(tsx?|js)$/.test(file) && !file.startsWith(path.join("src", "lib", "i18n")))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

describe("the dictionary", () => {
  it("has a dictionary for every locale, English first", () => {
    expect(locales[0]).toBe("en-US");
    for (const locale of locales) expect(dictionaryFor(locale).locale).toBe(locale);
  });

  it("has no unused words: each key is read by name, or its table is read by key", () => {
    const used = (keys: string[]) =>
      keys.some((key, index) => {
        const name = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const last = index === keys.length - 1;
        // words.keyPoints, { keyPoints }, or a table read by key: howOftenOptions[option], Object.entries(words.script)
        return last
          ? new RegExp(`[.{,]\\s*${name}\\b|\\b${name}\\s*[,}]|"${name}"`).test(CODE)
          : new RegExp(`\\b${name}\\[|Object\\.(entries|values|keys)\\([\\w.]*\\b${name}\\)|\\.\\.\\.[\\w.]*\\b${name}\\b`).test(CODE);
      });
    const unused = texts(en)
      .map(([keys]) => keys.filter((key) => !/^\d+$/.test(key)))
      .filter((keys, index, all) => all.findIndex((other) => other.join(".") === keys.join(".")) === index)
      .filter((keys) => !used(keys))
      .map((keys) => keys.join("."));
    expect(unused).toEqual([]);
  });

  it("fills in every placeholder, and says which one is missing", () => {
    expect(format("All {count} pages in {section}", { count: 3, section: "Symptoms" })).toBe("All 3 pages in Symptoms");
    expect(() => format("Lab code {code}", {})).toThrow("no value for {code}");
    expect(placeholdersOf("{count} pages in {section}")).toEqual(["count", "section"]);
  });

  it("draws <tags> as the component's elements, and never reads a value as a tag", () => {
    const html = (node: unknown) => renderToStaticMarkup(createElement(Fragment, null, node as never));
    const link = (words: string) => createElement("a", { href: "/prepare" }, words);
    expect(html(rich("Use the <link>checklist</link> for {title}.", { link }, { title: "<b>Kidneys</b>" }))).toBe(
      'Use the <a href="/prepare">checklist</a> for &lt;b&gt;Kidneys&lt;/b&gt;.',
    );
    expect(() => rich("<strong>Warning</strong>", {})).toThrow("no element for <strong>");
  });

  it("picks plural forms with the language's own rules", () => {
    const forms = { one: "{count} page", other: "{count} pages" };
    expect([0, 1, 2].map((count) => formatPlural("en-US", forms, count))).toEqual(["0 pages", "1 page", "2 pages"]);
    // A language with one form (Chinese) needs only `other`.
    expect(formatPlural("zh-CN", { other: "{count} 页" }, 1)).toBe("1 页");
  });

  it("keeps English's {placeholders} and <tags> in every translation", () => {
    const marks = (text: string) => [...placeholdersOf(text), ...(text.match(/<\/?\w+>/g) ?? [])].sort();
    const english = new Map(texts(en).map(([keys, text]) => [keys.join("."), marks(text)]));
    for (const locale of locales) {
      for (const [keys, text] of texts(dictionaryFor(locale))) {
        const key = keys.join(".");
        // Lines of a picture label and plural forms may differ in number; the rest match one to one.
        if (english.has(key)) expect(marks(text), `${locale} ${key}`).toEqual(english.get(key));
      }
    }
  });

  it("is the type other languages satisfy", () => {
    // A translation must have every key: this compiles only because it is English itself.
    const copy: Dictionary = en;
    expect(texts(copy).length).toBeGreaterThan(300);
  });
});
