import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSite } from "@/lib/content/load";
import { contentPageMetadata } from "@/lib/metadata";
import { SectionHub } from "@/components/SectionHub";

type Params = Promise<{ section: string }>;

export const dynamicParams = false;

export async function generateStaticParams() {
  const { sections } = await getSite();
  return sections.map((section) => ({ section: section.slug }));
}

async function findSection(params: Params) {
  const { section } = await params;
  const page = (await getSite()).pagesByUrl.get(`/${section}`);
  return page?.kind === "section" ? page : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const section = await findSection(params);
  if (!section) return {};
  return contentPageMetadata(section);
}

export default async function Page({ params }: { params: Params }) {
  const section = await findSection(params);
  if (!section) notFound();
  return <SectionHub section={section} medicines={(await getSite()).medicines} />;
}
