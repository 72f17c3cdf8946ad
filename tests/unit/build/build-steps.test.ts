import { describe, expect, it } from "vitest";
import { nextPhaseSeconds } from "../../../src/build/build";

describe("nextPhaseSeconds", () => {
  it("reads Next's phase times from its output, in seconds, whatever unit it printed", () => {
    const output = [
      "▲ Next.js 16.4.6 (Turbopack)",
      "✓ Compiled successfully in 1.5min",
      "  Running TypeScript ...",
      "  Finished TypeScript in 850ms ...",
      "  Generating static pages using 1 worker (63/253) \r",
      "✓ Generating static pages using 1 worker (253/253) in 15.7s",
    ].join("\n");
    expect(nextPhaseSeconds(output)).toEqual({ "next compile": 90, "next typecheck": 0.85, "next static pages + Open Graph images": 15.7 });
  });

  it("leaves out a phase Next did not print (a JavaScript project has no type check)", () => {
    expect(nextPhaseSeconds("✓ Compiled successfully in 2.1s")).toEqual({ "next compile": 2.1 });
  });
});
