import type { Medicine, SectionPage } from "@/lib/content/types";
import { ArticleBody } from "./ArticleBody";
import { Breadcrumbs } from "./Breadcrumbs";
import { KeyPoints } from "./KeyPoints";
import { SectionArticleList } from "./SectionArticleList";
import { Sources } from "./Sources";
import { ReviewTrail } from "./ReviewTrail";
import { TalkToDoctor } from "./TalkToDoctor";
import { PageActions } from "./PageActions";
import { PrintAddress } from "./PrintAddress";
import { PrepareLink } from "./PrepareLink";
import { CHECKLIST_SECTION, MEDICINE_SECTION } from "@/lib/content/schema";
import { splitLeadingCallout } from "@/lib/markdown/lead-callout";
import { dictionaryFor } from "@/lib/i18n";

/**
 * A section's page: its introduction (or, for one-page sections, the whole page) and its articles.
 * A page whose text opens with an emergency call-out (Get help now) shows that call-out first,
 * right under its title (above the summary, actions and key points), so a phone shows the
 * emergency list without scrolling.
 */
export function SectionHub({ section, medicines }: { section: SectionPage; medicines: Medicine[] }) {
  const { lead, rest } = splitLeadingCallout(section.html, "emergency");
  const t = dictionaryFor();
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: section.navLabel }]} />
      <div className="max-w-[40rem]" data-pagefind-body>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{section.title}</h1>
        {lead && <ArticleBody html={lead} />}
        <p className="mt-3 text-xl text-[var(--color-muted)]">{section.description}</p>
        <PrintAddress path={section.url} title={section.title} />
        <PageActions />
        {section.keyPoints && <KeyPoints points={section.keyPoints} />}
        <ArticleBody html={rest} medicines={medicines} />
        {/* The medicines hub lists its pages in the generated A to Z table instead. */}
        {section.articles.length > 0 && section.slug !== MEDICINE_SECTION && (
          <section aria-labelledby="articles" className="mt-10">
            <h2 id="articles" className="mb-4 text-2xl font-bold">
              {t.sectionHub.pagesInSection}
            </h2>
            <SectionArticleList articles={section.articles} />
          </section>
        )}
        {section.slug === CHECKLIST_SECTION && <PrepareLink />}
        <TalkToDoctor questions={section.askYourDoctor} />
        <Sources sources={section.sources}>
          <ReviewTrail page={section} sectionName={section.navLabel} />
        </Sources>
      </div>
    </>
  );
}
