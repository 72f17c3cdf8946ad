import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { minifyScripts } from "../../../src/build/minify-scripts";

describe("minifyScripts", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("shrinks the site's scripts and keeps what they do, including names other code uses", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lupus-minify-"));
    dirs.push(dir);
    const script = `// A comment that explains why.\nvar shared = "kept";\n(function () {\n  "use strict";\n  // Doubles a number.\n  function double(value) {\n    return value * 2;\n  }\n  globalThis.result = double(21) + shared;\n})();\n`;
    writeFileSync(path.join(dir, "enhance.js"), script);
    writeFileSync(path.join(dir, "notes.txt"), "// not a script");
    const { files, before, after } = minifyScripts(dir);
    const minified = readFileSync(path.join(dir, "enhance.js"), "utf8");
    expect(files).toBe(1);
    expect(after).toBeLessThan(before);
    expect(minified).not.toContain("comment");
    expect(readFileSync(path.join(dir, "notes.txt"), "utf8")).toBe("// not a script");
    const scope: { result?: string } = {};
    new Function("globalThis", `${minified}; return shared;`)(scope);
    expect(scope.result).toBe("42kept");
  });
});
