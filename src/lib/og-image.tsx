import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { dictionaryFor } from "./i18n";

import { OG_IMAGE_SIZE } from "./og-image-size";

export { OG_IMAGE_SIZE };

// next/og cannot read woff2, so it gets the .woff file of the same font, read at build time.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "atkinson-hyperlegible", "files");
const fonts = [
  { name: "Atkinson Hyperlegible", data: readFileSync(path.join(FONT_DIR, "atkinson-hyperlegible-latin-400-normal.woff")), weight: 400 as const },
  { name: "Atkinson Hyperlegible", data: readFileSync(path.join(FONT_DIR, "atkinson-hyperlegible-latin-700-normal.woff")), weight: 700 as const },
];

/**
 * The font covers Latin letters only; for any other glyph next/og would fetch a font from the
 * internet at build time. Greek letters common in medicine are spelled out, other marks removed.
 */
const SPELLED_OUT: Record<string, string> = { α: "alpha", β: "beta", γ: "gamma", κ: "kappa", λ: "lambda", µ: "micro", μ: "micro" };
export function latinOnly(text: string): string {
  return text
    .replace(/[αβγκλµμ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[^ -\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]/g, "");
}

/** The link-preview card: page title, its section, and the site name. Built once per page at build time. */
export function linkPreviewImage({ title: rawTitle, section: rawSection }: { title: string; section?: string }) {
  const title = latinOnly(rawTitle);
  const section = rawSection === undefined ? undefined : latinOnly(rawSection);
  const t = dictionaryFor();
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px",
          background: "#ffffff",
          borderTop: "24px solid #5b2a86",
          fontFamily: "Atkinson Hyperlegible",
          color: "#1a1a1a",
        }}
      >
        <div style={{ display: "flex", fontSize: 36, color: "#4a4a4a" }}>{section ?? t.linkPreview.defaultKicker}</div>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700, color: "#5b2a86" }}>{t.site.name}</div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts },
  );
}
