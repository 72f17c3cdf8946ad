import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");

/**
 * The import graph of `src/` under `root`, type-only imports included (a type beside the code
 * that uses it is a cycle all the same), with the tsconfig's `@/` alias resolved.
 */
async function importGraph(root: string) {
  const tree = await parseDependencyTree("src/**/*.{ts,tsx,js,mjs}", { cwd: root, context: root, tsconfig: path.join(root, "tsconfig.json"), transform: false });
  const unresolved = Object.values(tree)
    .flatMap((imports) => imports ?? [])
    .filter((entry) => entry.id === null && /^(\.|@\/)/.test(entry.request))
    .map((entry) => `${entry.issuer} -> ${entry.request}`);
  return { files: Object.keys(tree), cycles: parseCircular(tree), unresolved };
}

describe("the modules of src/", () => {
  it("import one another without a cycle (types live in their own modules, e.g. content/types.ts)", async () => {
    const { files, cycles, unresolved } = await importGraph(ROOT);
    // Every local import is followed, so a cycle through an alias cannot hide.
    expect(unresolved).toEqual([]);
    expect(files).toContain("src/lib/content/load.ts");
    expect(files).toContain("src/components/prepare/PrepareTool.tsx");
    expect(cycles.map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  it("a cycle through a type-only import and the @/ alias is found (the check above can fail)", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "lupus-cycles-"));
    try {
      mkdirSync(path.join(root, "src", "lib"), { recursive: true });
      writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { paths: { "@/*": ["./src/*"] } } }));
      writeFileSync(path.join(root, "src", "lib", "load.ts"), 'import { checkLinks } from "./links";\nexport type Page = { url: string };\nexport const check = checkLinks;\n');
      writeFileSync(path.join(root, "src", "lib", "links.ts"), 'import type { Page } from "@/lib/load";\nexport const checkLinks = (page: Page) => page.url;\n');
      const { cycles, unresolved } = await importGraph(root);
      expect(unresolved).toEqual([]);
      expect(cycles).toEqual([["src/lib/load.ts", "src/lib/links.ts"]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
