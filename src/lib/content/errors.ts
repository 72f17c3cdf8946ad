import type { z } from "zod";

/** One problem in one content file, named by file and field so an author can fix it. */
export type ContentProblem = { file: string; field: string; message: string };

function formatProblem({ file, field, message }: ContentProblem): string {
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

/** Turns zod's issues into problems named by file and field. */
export function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join(".") : "front matter",
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field(s) ${issue.keys.join(", ")}`
        : issue.code === "invalid_type" && issue.message.endsWith("received undefined")
          ? "is required"
          : issue.message,
  }));
}
