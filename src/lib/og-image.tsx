import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SITE_NAME } from "./site";

import { OG_IMAGE_SIZE } from "./og-image-size";

export { OG_IMAGE_SIZE };

// next/og cannot read woff2, so it gets the .woff file of the same font, read at build time.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "atkinson-hyperlegible", "files");
const fonts = [
  { name: "Atkinson Hyperlegible", data: readFileSync(path.join(FONT_DIR, "atkinson-hyperlegible-latin-400-normal.woff")), weight: 400 as const },
  { name: "Atkinson Hyperlegible", data: readFileSync(path.join(FONT_DIR, "atkinson-hyperlegible-latin-700-normal.woff")), weight: 700 as const },
];

/** The link-preview card: page title, its section, and the site name. Built once per page at build time. */
export function linkPreviewImage({ title, section }: { title: string; section?: string }) {
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
        <div style={{ display: "flex", fontSize: 36, color: "#4a4a4a" }}>{section ?? "Plain-language information about lupus"}</div>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700, color: "#5b2a86" }}>{SITE_NAME}</div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts },
  );
}
