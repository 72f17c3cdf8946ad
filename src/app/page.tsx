import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { ProseHtml } from "@/components/ProseHtml";
import { pageMetadata } from "@/lib/metadata";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { Picture } from "@/components/Picture";
import { SITE_NAME, SITE_TAGLINE, STATIC_ROUTES } from "@/lib/site";

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_TAGLINE, url: "/" }),
  title: { absolute: SITE_NAME },
};

/** The pages most readers come for, in the order they are most needed. */
const MOST_NEEDED = [
  { href: "/about-lupus/what-is-lupus", label: "What is lupus?" },
  { href: "/symptoms", label: "Symptoms of lupus" },
  { href: "/diagnosis", label: "How lupus is diagnosed" },
  { href: "/treatment", label: "How lupus is treated" },
  { href: "/medicines", label: "Your medicines, A to Z: safety facts, pregnancy and vaccines" },
  { href: "/tests/find", label: "Understand a test result: find it by the name on your report" },
  { href: "/prepare", label: "Prepare for your appointment: a private checklist" },
  { href: "/glossary", label: "What do the medical words mean?" },
];

export default async function HomePage() {
  const { sections, pagesByUrl, prose } = await getSite();
  const [welcome, needHelpNow] = prose.home.parts;
  const mostNeeded = MOST_NEEDED.filter((link) => STATIC_ROUTES.includes(link.href) || pagesByUrl.has(link.href));
  return (
    <div className="space-y-10">
      <section aria-labelledby="welcome" className="max-w-[40rem]">
        <h1 id="welcome" className="text-3xl font-bold leading-tight sm:text-4xl">
          {SITE_NAME}
        </h1>
        <p className="mt-3 text-xl">{SITE_TAGLINE}</p>
        <ProseHtml html={welcome} className="mt-3" />
      </section>

      {/* The "Need help now?" emergency call-out (content/site/home.md). */}
      <ProseHtml html={needHelpNow} />

      <section aria-labelledby="start-here">
        <h2 id="start-here" className="mb-3 text-2xl font-bold">
          Start here
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
          Where can lupus affect the body?
        </h2>
        <Picture name="body-map" idPrefix="home" size="small" />
      </section>

      <section aria-labelledby="all-sections">
        <h2 id="all-sections" className="mb-4 text-2xl font-bold">
          All topics
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
