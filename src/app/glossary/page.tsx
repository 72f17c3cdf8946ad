import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { GlossaryList } from "@/components/GlossaryList";

export const metadata: Metadata = pageMetadata({
  title: "Glossary: lupus words explained",
  description: "Plain-language meanings of the medical words you may meet when you have lupus, from ANA to vasculitis.",
  url: FIXED_PAGES.glossary.pattern,
});

export default async function GlossaryPage() {
  const { glossary, pagesUsingTerm } = await getSite();
  return (
    <>
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "Glossary" }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Glossary: lupus words explained</h1>
        <p className="mt-3 text-xl text-[var(--color-muted)]">
          What the medical words mean, in plain language. Words in capital letters show which part to stress.
        </p>
        <GlossaryList terms={glossary} pagesUsingTerm={pagesUsingTerm} />
        <TalkToDoctor />
      </div>
    </>
  );
}
