import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isMain, runIfMain } from "../../../src/build/run-if-main";

const BUILD = path.resolve(__dirname, "../../../src/build");
const STEPS = readdirSync(BUILD).filter((name) => name.endsWith(".ts"));

describe("build steps", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(STEPS)("%s can be imported without doing its work", async (name) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    await import(path.join(BUILD, name));
    // A step that ran on import would print its summary (or fail and exit).
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
  });

  it("run only as the script node was started with", async () => {
    expect(isMain(pathToFileURL(path.join(BUILD, "build.ts")).href)).toBe(false);
    expect(isMain(pathToFileURL(path.resolve(process.argv[1])).href)).toBe(true);
    const work = vi.fn();
    runIfMain(pathToFileURL(path.join(BUILD, "build.ts")).href, work);
    runIfMain(pathToFileURL(path.resolve(process.argv[1])).href, work);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(work).toHaveBeenCalledTimes(1);
  });
});
