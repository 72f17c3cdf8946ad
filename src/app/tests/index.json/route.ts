import { getSite } from "@/lib/content/load";
import { testIndexJson } from "@/lib/content/test-index";

export const dynamic = "force-static";

/** /tests/index.json: every test page with its report names and LOINC codes (shape in README.md). */
export async function GET() {
  return Response.json(testIndexJson((await getSite()).labTests));
}
