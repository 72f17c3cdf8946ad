import type { PrepareCatalog } from "@/lib/prepare/types";
import { absoluteUrl, GET_HELP_URL } from "@/lib/site";
import { Breadcrumbs } from "../Breadcrumbs";
import { ProseHtml } from "../ProseHtml";
import { TalkToDoctor } from "../TalkToDoctor";
import { BlankChecklist } from "./BlankChecklist";
import { PrepareTool } from "./PrepareTool";

/**
 * /prepare: the appointment checklist. The interactive checklist is a client component; the
 * HTML it replaces is a printable blank checklist, which is what readers without JavaScript get.
 */
export function PreparePage({ catalog, warnings }: { catalog: PrepareCatalog; warnings: string }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "Prepare for your appointment" }]} />
      <div className="prepare-page max-w-[48rem]">
        <div className="no-print">
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Prepare for your appointment</h1>
          <p className="mt-3 text-xl text-[var(--color-muted)]">
            A short visit goes fast. Make a list before you go, so you do not forget what you meant to say.
          </p>
          <p className="mt-4">
            Tick the symptoms you have noticed, list your medicines, and pick the questions you want to ask. Then print
            your one-page summary, or copy it into a message to your care team.
          </p>
          {/* Not a diagnosis; the emergency call-out (content/site/prepare-warnings.md). */}
          <ProseHtml html={warnings} className="mt-3" />
        </div>
        <PrepareTool catalog={catalog} getHelpUrl={absoluteUrl(GET_HELP_URL)}>
          <BlankChecklist catalog={catalog} />
        </PrepareTool>
        <div className="no-print">
          <TalkToDoctor />
        </div>
      </div>
    </>
  );
}
