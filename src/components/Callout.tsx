import type { ReactNode } from "react";
import { CALLOUT_VARIANTS, type CalloutVariant } from "@/lib/markdown/callouts";

type CalloutProps = {
  variant: CalloutVariant;
  title?: ReactNode;
  /** A call-out that heads a part of the page gets a real heading for screen-reader navigation. */
  headingLevel?: 2 | 3;
  headingId?: string;
  children: ReactNode;
};

/**
 * The same call-out the Markdown directives produce, for use in page templates: one table of
 * variants (CALLOUT_VARIANTS) serves both.
 */
export function Callout({ variant, title, headingLevel, headingId, children }: CalloutProps) {
  const { defaultTitle, srPrefix, icon } = CALLOUT_VARIANTS[variant];
  const TitleTag = headingLevel ? (`h${headingLevel}` as const) : "p";
  return (
    <div className={`callout callout-${variant}`} role="note" aria-labelledby={headingId}>
      <TitleTag className="callout-title" id={headingId}>
        <span className="callout-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="sr-only">{srPrefix}</span>
        <span>{title ?? defaultTitle}</span>
      </TitleTag>
      {children}
    </div>
  );
}
