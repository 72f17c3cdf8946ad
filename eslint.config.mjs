import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";

const browserGlobals = {
  window: "readonly",
  document: "readonly",
  location: "readonly",
  navigator: "readonly",
  history: "readonly",
  localStorage: "readonly",
  Element: "readonly",
  URLSearchParams: "readonly",
  fetch: "readonly",
};

export default tseslint.config(
  { ignores: [".next/", "out/", "node_modules/", "next-env.d.ts", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
    },
  },
  {
    // Links go through src/components/SiteLink.tsx, which turns off background prefetching.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/components/SiteLink.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Import Link from @/components/SiteLink (no background prefetching)." }] }],
    },
  },
  {
    // Standalone scripts served as they are to the browser; search.js is a module.
    files: ["public/**/*.js"],
    ignores: ["public/search.js"],
    languageOptions: { sourceType: "script", globals: browserGlobals },
  },
  {
    files: ["public/search.js"],
    languageOptions: { sourceType: "module", globals: browserGlobals },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
