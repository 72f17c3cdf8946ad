import localFont from "next/font/local";

/**
 * Atkinson Hyperlegible, designed for low-vision readers, from an npm package: no request
 * leaves the site, and next/font preloads it with a size-matched fallback (no layout shift).
 * The files are the package's, subset to the characters the site uses by
 * src/build/subset-fonts.ts, which the build runs first.
 */
export const atkinson = localFont({
  src: [
    { path: "../../node_modules/.cache/lupus-guide/fonts/atkinson-hyperlegible-400.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/.cache/lupus-guide/fonts/atkinson-hyperlegible-700.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-atkinson",
  display: "swap",
});
