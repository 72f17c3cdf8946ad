import { getSite } from "@/lib/content/load";
import { Callout } from "./Callout";
import { ProseHtml } from "./ProseHtml";

/**
 * The "Talk to your doctor" call-out that ends every page (its words: content/site/talk-to-doctor.md).
 * On an article it lists that article's questions; elsewhere it gives the general advice.
 */
export async function TalkToDoctor({ questions }: { questions?: readonly string[] }) {
  const { title, parts, questionsLead, noQuestions } = (await getSite()).prose.talkToDoctor;
  const [beforeQuestions, afterQuestions] = parts;
  return (
    <Callout variant="talk-to-doctor" title={title} headingLevel={2} headingId="talk-to-your-doctor">
      <ProseHtml html={beforeQuestions} />
      {questions && questions.length > 0 ? (
        <>
          <p>{questionsLead}</p>
          <ul className="list-disc space-y-1 pl-6">
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{noQuestions}</p>
      )}
      <ProseHtml html={afterQuestions} />
    </Callout>
  );
}
