import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { prepareCatalog } from "@/lib/content/checklist";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { PreparePage } from "@/components/prepare/PreparePage";

export const metadata: Metadata = pageMetadata({
  title: "Prepare for your appointment",
  description: "A private checklist: tick your symptoms, list your medicines, pick your questions, and print a one-page summary. Nothing leaves your device.",
  url: FIXED_PAGES.prepare.pattern,
});

export default async function Page() {
  const site = await getSite();
  return <PreparePage catalog={prepareCatalog(site)} warnings={site.prose.prepareWarnings.parts[0]} />;
}
