import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { GlossaryList } from "@/components/GlossaryList";
import { dictionaryFor } from "@/lib/i18n";

const t = dictionaryFor();

export const metadata: Metadata = pageMetadata({ title: t.glossary.title, description: t.glossary.description, url: FIXED_PAGES.glossary.pattern });

export default async function GlossaryPage() {
  const { glossary, pagesUsingTerm } = await getSite();
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: t.navigation.glossary }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t.glossary.title}</h1>
        <p className="mt-3 text-xl text-[var(--color-muted)]">
          {t.glossary.intro}
        </p>
        <GlossaryList terms={glossary} pagesUsingTerm={pagesUsingTerm} />
        <TalkToDoctor />
      </div>
    </>
  );
}
