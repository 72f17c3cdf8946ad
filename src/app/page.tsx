import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { ProseHtml } from "@/components/ProseHtml";
import { pageMetadata } from "@/lib/metadata";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { Picture } from "@/components/Picture";
import { STATIC_ROUTES } from "@/lib/site";
import { dictionaryFor } from "@/lib/i18n";

const t = dictionaryFor();

export const metadata: Metadata = {
  ...pageMetadata({ title: t.site.name, description: t.site.tagline, url: "/" }),
  title: { absolute: t.site.name },
};

/** The pages most readers come for, in the order they are most needed. */
const MOST_NEEDED = [
  { href: "/about-lupus/what-is-lupus", label: t.home.mostNeeded.whatIsLupus },
  { href: "/symptoms", label: t.home.mostNeeded.symptoms },
  { href: "/diagnosis", label: t.home.mostNeeded.diagnosis },
  { href: "/treatment", label: t.home.mostNeeded.treatment },
  { href: "/medicines", label: t.home.mostNeeded.medicines },
  { href: "/tests/find", label: t.home.mostNeeded.testFinder },
  { href: "/prepare", label: t.home.mostNeeded.prepare },
  { href: "/glossary", label: t.home.mostNeeded.glossary },
];

export default async function HomePage() {
  const { sections, pagesByUrl, prose } = await getSite();
  const [welcome, needHelpNow] = prose.home.parts;
  const mostNeeded = MOST_NEEDED.filter((link) => STATIC_ROUTES.includes(link.href) || pagesByUrl.has(link.href));
  return (
    <div className="space-y-10">
      <section aria-labelledby="welcome" className="max-w-[40rem]">
        <h1 id="welcome" className="text-3xl font-bold leading-tight sm:text-4xl">
          {t.site.name}
        </h1>
        <p className="mt-3 text-xl">{t.site.tagline}</p>
        <ProseHtml html={welcome} className="mt-3" />
      </section>

      {/* The "Need help now?" emergency call-out (content/site/home.md). */}
      <ProseHtml html={needHelpNow} />

      <section aria-labelledby="start-here">
        <h2 id="start-here" className="mb-3 text-2xl font-bold">
          {t.home.startHere}
        </h2>
        <ul className="list-disc space-y-2 pl-6 text-lg">
          {mostNeeded.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="body-map">
        <h2 id="body-map" className="mb-3 text-2xl font-bold">
          {t.home.bodyMap}
        </h2>
        <Picture name="body-map" idPrefix="home" size="small" />
      </section>

      <section aria-labelledby="all-sections">
        <h2 id="all-sections" className="mb-4 text-2xl font-bold">
          {t.home.allTopics}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.slug} className="rounded border border-[var(--color-border)] p-4">
              <Link href={section.url} className="text-lg font-bold">
                {section.title}
              </Link>
              <p className="mt-1 text-[var(--color-muted)]">{section.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <TalkToDoctor />
    </div>
  );
}
