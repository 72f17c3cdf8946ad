import type { ReactNode } from "react";
import { CALLOUT_CLASS, CALLOUT_ROLE, CALLOUT_VARIANTS, calloutClassNames, calloutMarkers, type CalloutHeadingLevel, type CalloutVariant } from "@/lib/callouts/variants";

type CalloutProps = {
  variant: CalloutVariant;
  title?: ReactNode;
  /** The title's heading level: one below the section the call-out sits in, as Markdown call-outs get (calloutHeadingLevel). */
  headingLevel: CalloutHeadingLevel;
  /** Names the box by its title, and is the address of a call-out that heads a part of the page. */
  headingId?: string;
  children: ReactNode;
};

/**
 * The call-out the Markdown directives produce (src/lib/markdown/callouts.ts), for page
 * templates: both build it from the one table in src/lib/callouts/variants.ts, and
 * tests/unit/callouts/structure.test.tsx checks they render the same markup.
 */
export function Callout({ variant, title, headingLevel, headingId, children }: CalloutProps) {
  const Title = `h${headingLevel}` as const;
  return (
    <div className={calloutClassNames(variant).join(" ")} role={CALLOUT_ROLE} aria-labelledby={headingId}>
      <Title className={CALLOUT_CLASS.title} id={headingId}>
        {calloutMarkers(variant).map(({ className, ariaHidden, text }) => (
          <span key={className} className={className} aria-hidden={ariaHidden || undefined}>
            {text}
          </span>
        ))}
        <span>{title ?? CALLOUT_VARIANTS[variant].defaultTitle}</span>
      </Title>
      {children}
    </div>
  );
}
