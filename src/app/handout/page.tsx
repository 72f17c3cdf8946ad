import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HandoutPicker } from "@/components/HandoutPicker";
import { TalkToDoctor } from "@/components/TalkToDoctor";

export const metadata: Metadata = pageMetadata({
  title: "Printable handouts for patients",
  description: "For clinicians: tick the Lupus Guide pages your patient needs and print one pack, with a QR code for each page.",
  url: FIXED_PAGES.handout.pattern,
});

export default async function HandoutPage() {
  const { sections } = await getSite();
  return (
    <>
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "For clinicians", href: "/clinicians" }, { label: "Printable handouts" }]} />
      <div className="max-w-[40rem]">
        <h1 className="no-print text-3xl font-bold leading-tight sm:text-4xl">Printable handouts for patients</h1>
        <p className="no-print mt-3 text-xl text-[var(--color-muted)]">
          Tick the pages your patient needs, then use your browser&apos;s Print command (Ctrl+P, or ⌘+P on a Mac). Nothing
          you choose is saved or sent anywhere.
        </p>
        <div className="no-print my-4" data-needs-script hidden>
          <button type="button" className="action-button" data-print-page>
            Print the pack
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
