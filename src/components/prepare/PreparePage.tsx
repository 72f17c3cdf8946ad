import type { PrepareCatalog } from "@/lib/prepare/types";
import { absoluteUrl, GET_HELP_URL } from "@/lib/site";
import { Breadcrumbs } from "../Breadcrumbs";
import { ProseHtml } from "../ProseHtml";
import { TalkToDoctor } from "../TalkToDoctor";
import { BlankChecklist } from "./BlankChecklist";
import { PrepareTool } from "./PrepareTool";
import { dictionaryFor } from "@/lib/i18n";

/**
 * /prepare: the appointment checklist. The interactive checklist is a client component; the
 * HTML it replaces is a printable blank checklist, which is what readers without JavaScript get.
 */
export function PreparePage({ catalog, warnings }: { catalog: PrepareCatalog; warnings: string }) {
  const t = dictionaryFor();
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: t.prepare.title }]} />
      <div className="prepare-page max-w-[48rem]">
        <div className="no-print">
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t.prepare.title}</h1>
          <p className="mt-3 text-xl text-[var(--color-muted)]">{t.prepare.lead}</p>
          <p className="mt-4">{t.prepare.howItWorks}</p>
          {/* Not a diagnosis; the emergency call-out (content/site/prepare-warnings.md). */}
          <ProseHtml html={warnings} className="mt-3" />
        </div>
        <PrepareTool catalog={catalog} getHelpUrl={absoluteUrl(GET_HELP_URL)} words={t.prepare} locale={t.locale} siteName={t.site.name}>
          <BlankChecklist catalog={catalog} />
        </PrepareTool>
        <div className="no-print">
          <TalkToDoctor />
        </div>
      </div>
    </>
  );
}
