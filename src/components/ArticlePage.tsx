import Link from "@/components/SiteLink";
import type { Article, Medicine, SectionPage } from "@/lib/content/types";
import { LAB_TEST_HEADINGS, MEDICINE_HEADINGS } from "@/lib/content/medicine-headings";
import { LabTestFacts } from "./tests/LabTestFacts";
import { MedicineFacts } from "./medicines/MedicineFacts";
import { HeadingAliases } from "./HeadingAliases";
import { ReviewTrail } from "./ReviewTrail";
import { ArticleBody } from "./ArticleBody";
import { Breadcrumbs } from "./Breadcrumbs";
import { KeyPoints } from "./KeyPoints";
import { SectionArticleList } from "./SectionArticleList";
import { Sources } from "./Sources";
import { TalkToDoctor } from "./TalkToDoctor";
import { PageActions } from "./PageActions";
import { OnThisPage } from "./OnThisPage";
import { RelatedArticles } from "./RelatedArticles";
import { PrintAddress } from "./PrintAddress";
import { PrepareLink } from "./PrepareLink";
import { articleStructuredData } from "@/lib/metadata";
import { CHECKLIST_SECTION } from "@/lib/content/schema";
import { dictionaryFor, format, formatPlural } from "@/lib/i18n";

/** An article: title, summary, key points, body, questions, sources, review date. */
export function ArticlePage({
  article,
  section,
  related,
  medicines,
}: {
  article: Article;
  section: SectionPage;
  related: Article[];
  /** Every medicine, for the tables a page may place with ::medicine-table. */
  medicines: Medicine[];
}) {
  const position = section.articles.findIndex((candidate) => candidate.url === article.url);
  const previous = section.articles[position - 1];
  const next = section.articles[position + 1];
  const t = dictionaryFor();
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: section.navLabel, href: section.url }, { label: article.title }]} />
      {/* On a wide screen, "On this page" sits beside the article and stays in view (globals.css). */}
      <article className="article-layout max-w-[40rem]" data-pagefind-body>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-xl text-[var(--color-muted)]">{article.description}</p>
        <PrintAddress path={article.url} title={article.title} />
        <PageActions />
        <HeadingAliases aliases={article.headingAliases} target="key-points" />
        <KeyPoints points={article.keyPoints} />
        <OnThisPage headings={[...fixedHeadingsOf(article).map((heading) => ({ ...heading, depth: 2 as const })), ...article.headings]} />
        {article.medicine && <MedicineFacts facts={article.medicine} headingAliases={article.headingAliases} />}
        {article.labTest && <LabTestFacts facts={article.labTest} headingAliases={article.headingAliases} />}
        <ArticleBody html={article.html} medicines={medicines} />
        {article.section === CHECKLIST_SECTION && <PrepareLink />}
        <TalkToDoctor questions={article.askYourDoctor} />
        <HeadingAliases aliases={article.headingAliases} target="sources" />
        <Sources sources={article.sources}>
          <ReviewTrail page={article} sectionName={section.navLabel} />
        </Sources>
      </article>
      <script
        type="application/ld+json"
        // JSON, not code: "<" is escaped so the text cannot close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(articleStructuredData(article)).replace(/</g, "\\u003c") }}
      />
      <RelatedArticles articles={related} />
      <nav aria-label={t.article.previousAndNext} className="no-print mt-10 flex flex-wrap justify-between gap-4">
        {previous ? (
          <Link href={previous.url} rel="prev">
            {format(t.article.previous, { title: previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={next.url} rel="next">
            {format(t.article.next, { title: next.title })}
          </Link>
        )}
      </nav>
      <nav aria-labelledby="in-this-section" className="no-print mt-10 border-t border-[var(--color-border)] pt-6">
        <h2 id="in-this-section" className="mb-4 text-xl font-bold">
          {format(t.article.moreIn, { section: section.navLabel })}
        </h2>
        <SectionArticleList articles={nearbyArticles(section.articles, position)} currentUrl={article.url} wide />
        {section.articles.length > NEARBY_COUNT && (
          <p className="mt-4">
            <Link href={section.url}>
              {formatPlural(t.locale, t.article.allPagesIn, section.articles.length, { section: section.navLabel })}
            </Link>
          </p>
        )}
      </nav>
    </>
  );
}

/** The parts a medicine or test page draws from its front matter, before its body. */
function fixedHeadingsOf(article: Article): readonly { id: string; text: string }[] {
  if (article.medicine) return MEDICINE_HEADINGS;
  if (article.labTest) return LAB_TEST_HEADINGS;
  return [];
}

/** How many of its section's articles an article lists: a fixed number, so pages stay small however large a section grows. */
const NEARBY_COUNT = 10;

/** The articles around position `index` in its section, at most NEARBY_COUNT of them. */
function nearbyArticles(articles: Article[], index: number): Article[] {
  const start = Math.max(0, Math.min(index - Math.floor(NEARBY_COUNT / 2), articles.length - NEARBY_COUNT));
  return articles.slice(start, start + NEARBY_COUNT);
}
