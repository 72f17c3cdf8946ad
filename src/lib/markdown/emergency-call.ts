import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import { EMERGENCY_CALL, emergencyCallInSentence } from "../emergency";

/** The text directive that stands for the emergency line in Markdown: `:emergency-call`. */
const EMERGENCY_CALL_DIRECTIVE = "emergency-call";

/**
 * Replaces each `:emergency-call` with the emergency line (content/site/emergency.json), so
 * prose never spells out the number itself. At the start of a sentence the line keeps its
 * capital; inside one (after a comma) it starts in lower case.
 */
export function expandEmergencyCall(tree: Root): void {
  visit(tree, "textDirective", (node, index, parent) => {
    if (node.name !== EMERGENCY_CALL_DIRECTIVE || !parent || index === undefined) return;
    const before = parent.children[index - 1];
    const startsSentence = index === 0 || (before?.type === "text" && /(^|[.!?])\s*$/.test(before.value));
    const text: Text = { type: "text", value: startsSentence ? EMERGENCY_CALL : emergencyCallInSentence() };
    parent.children.splice(index, 1, text);
  });
}

/** remark plugin form of expandEmergencyCall; it runs before the call-out plugin, which puts unknown text directives back as typed. */
export function remarkEmergencyCall() {
  return expandEmergencyCall;
}
