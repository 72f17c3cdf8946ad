import localFont from "next/font/local";

/**
 * Atkinson Hyperlegible Next, designed for low-vision readers, from an npm package: no request
 * leaves the site, and next/font preloads it with a size-matched fallback (no layout shift).
 * The file is the package's variable font, subset to the characters the site uses by
 * src/build/subset-fonts.ts, which the build runs first. It is declared twice, as weight 400
 * and as weight 700, so text set in between (links at 500, bold at 600 in prose) shows in
 * regular or bold as with two static faces; the browser downloads the one file once.
 */
export const atkinson = localFont({
  src: [
    // The same file twice: next/font takes only literals.
    { path: "../../node_modules/.cache/lupus-guide/fonts/atkinson-hyperlegible-next-400-700.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/.cache/lupus-guide/fonts/atkinson-hyperlegible-next-400-700.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-atkinson",
  display: "swap",
});
