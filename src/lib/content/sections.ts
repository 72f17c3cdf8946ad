/**
 * Sections of the site, in the order the navigation shows them. Folder names in content/.
 * Kept apart from schema.ts (zod) so the route registry, which client code reads, stays small.
 */
export const SECTION_SLUGS = [
  "about-lupus",
  "causes",
  "symptoms",
  "diagnosis",
  "treatment",
  "medicines",
  "tests",
  "forms",
  "conditions",
  "living-with-lupus",
  "pregnancy-and-family",
  "life-stages",
  "get-help",
  "caregivers",
  "clinicians",
  "about",
] as const;
export type SectionSlug = (typeof SECTION_SLUGS)[number];
