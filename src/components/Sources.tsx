import type { ReactNode } from "react";
import type { Source } from "@/lib/content/schema";

/** The sources a page was checked against; the review trail after them says when. */
export function Sources({ sources, children }: { sources?: Source[]; children?: ReactNode }) {
  return (
    <section aria-labelledby="sources" data-pagefind-ignore className="mt-10 border-t border-[var(--color-border)] pt-6">
      <h2 id="sources" className="text-xl font-bold">
        Sources
      </h2>
      {sources && sources.length > 0 ? (
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {sources.map((source) => (
            <li key={source.url}>
              <a href={source.url}>{source.title}</a>. {source.publisher}, {source.year === "n.d." ? "undated" : source.year}.
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3">This page introduces a section. Each article in it lists its own sources.</p>
      )}
      {children}
    </section>
  );
}
