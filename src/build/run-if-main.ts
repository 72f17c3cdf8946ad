import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** True when the module at `moduleUrl` (its import.meta.url) is the script node or tsx was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Runs a build step's work only when its file is the entry point (`tsx src/build/step.ts`), so
 * tests and other steps can import its functions without doing the work. A failure is printed
 * and makes the process exit non-zero, as an uncaught error at the top level would.
 */
export function runIfMain(moduleUrl: string, main: () => unknown): void {
  if (!isMain(moduleUrl)) return;
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
