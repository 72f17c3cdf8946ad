import Link from "@/components/SiteLink";
import { Callout } from "./Callout";
import { GET_HELP_URL } from "@/lib/site";

/**
 * The "Talk to your doctor" call-out that ends every page. On an article it lists that
 * article's questions; elsewhere it gives the general advice.
 */
export function TalkToDoctor({ questions }: { questions?: readonly string[] }) {
  return (
    <Callout variant="talk-to-doctor" title="Talk to your doctor" headingLevel={2} headingId="talk-to-your-doctor">
      <p>
        This site explains lupus. It cannot tell you what is going on in your body. Your care team knows you and can
        answer your questions.
      </p>
      {questions && questions.length > 0 ? (
        <>
          <p>Questions you could ask your care team:</p>
          <ul className="list-disc space-y-1 pl-6">
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Write down your questions and symptoms before a visit, and bring them with you.</p>
      )}
      <p>
        Some signs need care the same day or right away. <Link href={GET_HELP_URL}>See the warning signs</Link>.
      </p>
    </Callout>
  );
}
