/** One problem in one content file, named by file and field so an author can fix it. */
export type ContentProblem = { file: string; field: string; message: string };

export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file}: ${field}: ${message}`;
}

/** Thrown when any content file is invalid: the build stops and lists every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
