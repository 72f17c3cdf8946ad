import Link from "next/link";
import type { Metadata } from "next";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { GET_HELP_URL } from "@/lib/site";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** Served with status 404 for any unknown address (out/404.html). */
export default function NotFound() {
  return (
    <div className="max-w-[40rem] space-y-4">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="text-xl">The address may have a typo, or the page may have moved.</p>
      <p>You could try one of these:</p>
      <ul className="list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/symptoms">Read about the symptoms of lupus</Link>
        </li>
        <li>
          <Link href="/glossary">Look up a medical word</Link>
        </li>
        <li>
          <Link href={GET_HELP_URL}>See warning signs that need urgent care</Link>
        </li>
      </ul>
      <TalkToDoctor />
    </div>
  );
}
