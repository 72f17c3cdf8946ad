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
 * A call-out for page templates, drawn from the table of variants (CALLOUT_VARIANTS) that the
 * Markdown directives use too: the same classes, symbol, level word and hidden prefix. Unlike
 * the Markdown one, it can head a part of the page with a real heading (`headingLevel`).
 */
export function Callout({ variant, title, headingLevel, headingId, children }: CalloutProps) {
  const { defaultTitle, srPrefix, icon, level } = CALLOUT_VARIANTS[variant];
  const iconElement = (
    <>
      <span className="callout-icon" aria-hidden="true">
        {icon}
      </span>
      {level && (
        <span className="callout-level" aria-hidden="true">
          {level}
        </span>
      )}
    </>
  );
  return (
    <div className={`callout callout-${variant}`} role="note" aria-labelledby={headingId}>
      {headingLevel ? (
        <>
          {/* The prefix stays outside the heading and the symbol and level word are hidden, so the heading's name is the title alone. */}
          <span className="sr-only">{srPrefix}</span>
          <HeadingTag level={headingLevel} id={headingId}>
            {iconElement}
            <span>{title ?? defaultTitle}</span>
          </HeadingTag>
        </>
      ) : (
        <p className="callout-title">
          {iconElement}
          <span className="sr-only">{srPrefix}</span>
          <span>{title ?? defaultTitle}</span>
        </p>
      )}
      {children}
    </div>
  );
}

function HeadingTag({ level, id, children }: { level: 2 | 3; id?: string; children: ReactNode }) {
  return level === 2 ? (
    <h2 className="callout-title" id={id}>
      {children}
    </h2>
  ) : (
    <h3 className="callout-title" id={id}>
      {children}
    </h3>
  );
}
