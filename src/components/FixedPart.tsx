import type { ReactNode } from "react";
import { HeadingAliases } from "./HeadingAliases";

/** One of the fixed, always-present parts of a medicine or test page, under its stable heading. */
export function FixedPart({ heading, aliases, children }: { heading: { id: string; text: string }; aliases?: Record<string, string>; children: ReactNode }) {
  return (
    <section aria-labelledby={heading.id} className="prose prose-lg mt-8 max-w-none">
      <HeadingAliases aliases={aliases} target={heading.id} />
      <h2 id={heading.id}>{heading.text}</h2>
      {children}
    </section>
  );
}
