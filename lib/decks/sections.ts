import sectionsFile from "@/prisma/curriculum/sections.json";

/** Section numbers and titles of the chapter (no source text), for citations in the UI. */
export const SECTIONS: { id: string; title: string }[] = sectionsFile.sections;

export function sectionTitle(id: string): string | undefined {
  return SECTIONS.find((s) => s.id === id)?.title;
}
