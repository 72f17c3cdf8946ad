import localFont from "next/font/local";

/**
 * Atkinson Hyperlegible, designed for low-vision readers, from an npm package: no request
 * leaves the site, and next/font preloads it with a size-matched fallback (no layout shift).
 */
export const atkinson = localFont({
  src: [
    { path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-atkinson",
  display: "swap",
});
