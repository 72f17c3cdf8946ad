import Link from "@/components/SiteLink";
import type { PrepareCatalog } from "@/lib/prepare/types";
import { absoluteUrl, GET_HELP_URL } from "@/lib/site";
import { Breadcrumbs } from "../Breadcrumbs";
import { Callout } from "../Callout";
import { TalkToDoctor } from "../TalkToDoctor";
import { BlankChecklist } from "./BlankChecklist";
import { PrepareTool } from "./PrepareTool";
import { dictionaryFor } from "@/lib/i18n";

/**
 * /prepare: the appointment checklist. The interactive checklist is a client component; the
 * HTML it replaces is a printable blank checklist, which is what readers without JavaScript get.
 */
export function PreparePage({ catalog }: { catalog: PrepareCatalog }) {
  const t = dictionaryFor();
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: t.prepare.title }]} />
      <div className="prepare-page max-w-[48rem]">
        <div className="no-print">
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t.prepare.title}</h1>
          <p className="mt-3 text-xl text-[var(--color-muted)]">{t.prepare.lead}</p>
          <p className="mt-4">{t.prepare.howItWorks}</p>
          <p className="mt-3">
            <strong>This checklist is not a diagnosis.</strong> It cannot tell what is causing your symptoms. Only your
            care team can do that.
          </p>
          <Callout variant="emergency" title="Do you have a warning sign right now?" headingLevel={2}>
            <p>
              Do not wait for your appointment. Call 911 or your local emergency number for chest pain, sudden trouble
              breathing, a seizure, or signs of a stroke. If you are thinking about harming yourself, call or text 988
              (US).
            </p>
            <p>
              <Link href={GET_HELP_URL} className="font-bold">
                See all warning signs
              </Link>
            </p>
          </Callout>
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
