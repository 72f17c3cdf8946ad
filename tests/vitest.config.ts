import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"],
    // Rendering every article is real work; one file's tests may take a few seconds.
    testTimeout: 30_000,
  },
});
