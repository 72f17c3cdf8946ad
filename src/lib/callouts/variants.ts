import { EMERGENCY_CALL } from "../emergency";
import { enCallouts as words } from "../i18n/en-callouts";

/**
 * The call-outs as data: the one table the remark plugin (src/lib/markdown/callouts.ts), the
 * React component (src/components/Callout.tsx) and, through the component, the search page's
 * templates all read. Adding a variant is an entry here plus its colour in globals.css.
 *
 * Named by meaning, never by colour. Each has a default title, the prefix a screen reader
 * announces at the start of the title (inside the heading, as nhsuk-frontend's care cards do),
 * and a symbol shown beside it (decoration: aria-hidden, the words carry the meaning). The two
 * urgent kinds also show a level word ("Emergency", "Same day"), so they differ in words and
 * border style even in greyscale print; a screen reader hears the prefix instead, so the word is
 * hidden from it.
 *
 * Its words are the dictionary's call-out part (src/lib/i18n/en-callouts.ts) and the emergency
 * line (content/site/emergency.json), modules that import nothing, so a page that shows a
 * call-out ships only these few words.
 */
export const CALLOUT_VARIANTS = {
  emergency: { defaultTitle: EMERGENCY_CALL, ...words.emergency, icon: "!" },
  urgent: { ...words.urgent, icon: "!" },
  "talk-to-doctor": { ...words["talk-to-doctor"], icon: "?" },
  note: { ...words.note, icon: "i" },
} as const satisfies Record<string, { defaultTitle: string; srPrefix: string; icon: string; level: string }>;
export type CalloutVariant = keyof typeof CALLOUT_VARIANTS;

export function isCalloutVariant(name: string): name is CalloutVariant {
  return Object.hasOwn(CALLOUT_VARIANTS, name);
}

/** The box's role: a note beside the text, not a landmark (a page may hold a dozen of them). */
export const CALLOUT_ROLE = "note";

/** The class names the markup and the CSS share. */
export const CALLOUT_CLASS = {
  box: "callout",
  title: "callout-title",
  icon: "callout-icon",
  level: "callout-level",
  /** Visually hidden, still read (the site-wide utility). */
  hidden: "sr-only",
} as const;

export function calloutClassNames(variant: CalloutVariant): string[] {
  return [CALLOUT_CLASS.box, `${CALLOUT_CLASS.box}-${variant}`];
}

/** A span at the start of a call-out's title: the symbol and level word (seen, not read), then the prefix (read, not seen). */
export type CalloutMarker = { className: string; ariaHidden: boolean; text: string };

export function calloutMarkers(variant: CalloutVariant): CalloutMarker[] {
  const { icon, level, srPrefix } = CALLOUT_VARIANTS[variant];
  return [
    { className: CALLOUT_CLASS.icon, ariaHidden: true, text: icon },
    ...(level ? [{ className: CALLOUT_CLASS.level, ariaHidden: true, text: level }] : []),
    { className: CALLOUT_CLASS.hidden, ariaHidden: false, text: srPrefix },
  ];
}

export type CalloutHeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A call-out's title is a heading one level below the section it sits in (h2 straight under
 * the page's h1, h3 inside a `##` section, h4 inside a `###` one), so the outline never skips
 * a level and the call-out reads as part of its section.
 */
export function calloutHeadingLevel(sectionDepth: number): CalloutHeadingLevel {
  return Math.min(Math.max(sectionDepth + 1, 2), 6) as CalloutHeadingLevel;
}
