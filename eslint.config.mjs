import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";


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
  // The rules of hooks and of React (purity, refs, effects) on the components.
  { files: ["src/**/*.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
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
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    files: ["public/search.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
);
