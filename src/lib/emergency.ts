import emergency from "../../content/site/emergency.json" with { type: "json" };

/**
 * The emergency line, written once in content/site/emergency.json (the loader checks that file
 * like any content file). It is imported rather than loaded so that every part of the site can
 * read it, the browser's /prepare code and the Markdown call-outs included.
 */
export const EMERGENCY_CALL: string = emergency.call;

/** The line inside a sentence ("In an emergency, call ..."): its first letter in lower case. */
export function emergencyCallInSentence(call: string = EMERGENCY_CALL): string {
  return call.charAt(0).toLowerCase() + call.slice(1);
}
