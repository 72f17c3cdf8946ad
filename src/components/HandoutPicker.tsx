import type { SectionPage } from "@/lib/content/types";
import { qrCodeSvg } from "@/lib/qr-code";
import { absoluteUrl } from "@/lib/site";
import { formatDate } from "@/lib/format";
import { emergencyCallInSentence } from "@/lib/emergency";
import { dictionaryFor, format } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

/**
 * A clinician ticks articles and prints one pack: a sheet per ticked article with its key
 * points, questions to ask, and address with a QR code. Which sheets print is decided by CSS
 * (`:has(:checked)`), so it needs no JavaScript, no account, and nothing is sent or stored.
 * A CSS counter over the ticked boxes shows how many sheets will print, also without JavaScript.
 */
export async function HandoutPicker({ sections }: { sections: SectionPage[] }) {
  const withArticles = sections.filter((section) => section.articles.length > 0);
  const qrCodes = new Map(
    await Promise.all(
      withArticles.flatMap((section) => section.articles).map(async (article) => [article.url, await qrCodeSvg(absoluteUrl(article.url))] as const),
    ),
  );
  const t = dictionaryFor();
  const words = t.handout;
  return (
    <form className="handout" aria-labelledby="choose-pages">
      <h2 id="choose-pages" className="no-print text-2xl font-bold">
        {words.choosePages}
      </h2>
      <p className="no-print">{words.howToTick}</p>
      {withArticles.map((section) => (
        <fieldset key={section.slug} className="handout-section mt-6">
          <legend className="no-print text-xl font-bold">{section.title}</legend>
          <ul className="mt-2 space-y-2">
            {section.articles.map((article) => (
              <li key={article.url} className="handout-item">
                <label className="no-print flex items-start gap-3">
                  <input type="checkbox" name="page" value={article.url} className="mt-1.5 h-5 w-5 flex-none" />
                  <span>{article.title}</span>
                </label>
                <section className="handout-sheet" aria-label={format(words.sheet, { title: article.title })}>
                  <h2 className="text-2xl font-bold">{article.title}</h2>
                  <p className="mt-2">{article.description}</p>
                  <h3 className="mt-4 font-bold">{words.keyPoints}</h3>
                  <ul className="list-disc pl-6">
                    {article.keyPoints.map((point) => (
                      <li key={point}>{point}</li>
                    ))}
                  </ul>
                  <h3 className="mt-4 font-bold">{words.questions}</h3>
                  <ul className="list-disc pl-6">
                    {article.askYourDoctor.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ul>
                  <div className="print-address-block mt-4 flex items-center gap-4">
                    <div className="qr-code" role="img" aria-label={format(words.qrCode, { title: article.title })} dangerouslySetInnerHTML={{ __html: qrCodes.get(article.url) ?? "" }} />
                    <p>
                      {words.readOnline}
                      <br />
                      <strong>{absoluteUrl(article.url)}</strong>
                    </p>
                  </div>
                  <p className="mt-2 text-sm">
                    {rich(
                      words.lastReviewed,
                      { date: (date) => <time dateTime={article.lastReviewed}>{date}</time> },
                      { date: formatDate(article.lastReviewed, t.locale) },
                    )}{" "}
                    {format(words.sheetDisclaimer, { emergency: emergencyCallInSentence() })}
                  </p>
                </section>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {/* The number is a CSS counter of the ticked boxes (globals.css), so it follows every tick without a script. */}
      <p className="handout-count no-print">
        {words.ticked}
        <span className="handout-count-number" />
      </p>
      <p className="handout-empty print-only">{words.noneTicked}</p>
    </form>
  );
}
