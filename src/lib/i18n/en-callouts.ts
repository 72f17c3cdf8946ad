/**
 * The call-outs' words in English, a part of the dictionary (en.ts) in a module of its own: the
 * call-out table (src/lib/callouts/variants.ts) is read by client code, which should carry
 * only these few words, not the whole dictionary. The emergency title is the emergency line,
 * written once in content/site/emergency.json.
 */
export const enCallouts = {
  urgent: { defaultTitle: "Call your care team today", srPrefix: "Urgent advice: ", level: "Same day" },
  "talk-to-doctor": { defaultTitle: "Talk to your doctor", srPrefix: "Non-urgent advice: ", level: "" },
  note: { defaultTitle: "Good to know", srPrefix: "Note: ", level: "" },
  emergency: { srPrefix: "Emergency advice: ", level: "Emergency" },
};
