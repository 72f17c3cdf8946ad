import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HandoutPicker } from "@/components/HandoutPicker";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { dictionaryFor, format } from "@/lib/i18n";

const t = dictionaryFor();
const words = t.handout;

export const metadata: Metadata = pageMetadata({ title: words.title, description: format(words.description, { site: t.site.name }), url: FIXED_PAGES.handout.pattern });

export default async function HandoutPage() {
  const { sections } = await getSite();
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: words.crumbClinicians, href: "/clinicians" }, { label: words.crumb }]} />
      <div className="max-w-[40rem]">
        <h1 className="no-print text-3xl font-bold leading-tight sm:text-4xl">{words.title}</h1>
        <p className="no-print mt-3 text-xl text-[var(--color-muted)]">
          {words.intro}
        </p>
        <div className="no-print my-4" data-needs-script hidden>
          <button type="button" className="action-button" data-print-page>
            {words.printPack}
          </button>
        </div>
        <HandoutPicker sections={sections} />
        <div className="no-print">
          <TalkToDoctor />
        </div>
      </div>
    </>
  );
}
