import type { PrepareCatalog } from "@/lib/prepare/types";

/** A small checklist: two organ systems, a warning sign of each kind, and two pages of questions. */
export const CATALOG: PrepareCatalog = {
  symptomGroups: [
    {
      id: "joints",
      label: "Joints",
      title: "Lupus and your joints",
      url: "/symptoms/joints",
      items: [
        { id: "joints/stiff-joints", symptom: "Stiff joints" },
        { id: "joints/sore-muscles", symptom: "Sore muscles" },
        { id: "joints/much-worse-joint-pain", symptom: "Much worse joint pain", warning: "urgent" },
      ],
    },
    {
      id: "heart",
      label: "Heart",
      title: "Lupus and your heart",
      url: "/symptoms/heart",
      items: [
        { id: "heart/cold-fingers", symptom: "Cold fingers" },
        { id: "heart/chest-pain", symptom: "Chest pain", warning: "emergency" },
      ],
    },
  ],
  questionSections: [
    {
      id: "symptoms",
      title: "Symptoms",
      pages: [
        { title: "Lupus and your joints", url: "/symptoms/joints", questions: ["Is it safe to exercise?", "Which pain pills can I take?"] },
        { title: "Lupus and your heart", url: "/symptoms/heart", questions: ["How often should my blood pressure be checked?"] },
      ],
    },
  ],
  medicineNames: ["Hydroxychloroquine", "Plaquenil"],
};
