import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { prepareCatalog } from "@/lib/content/checklist";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { PreparePage } from "@/components/prepare/PreparePage";
import { dictionaryFor } from "@/lib/i18n";

const { prepare } = dictionaryFor();

export const metadata: Metadata = pageMetadata({ title: prepare.title, description: prepare.description, url: FIXED_PAGES.prepare.pattern });

export default async function Page() {
  const site = await getSite();
  return <PreparePage catalog={prepareCatalog(site)} warnings={site.prose.prepareWarnings.parts[0]} />;
}
