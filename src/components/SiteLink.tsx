import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's links: Next's <Link> without background prefetching. Content pages ship without
 * the framework (so their links are plain), but on /prepare, where React runs, every <Link> in
 * view would otherwise fetch its page's payload in the background: about 50 requests a visit
 * for pages the reader may never open. Import this instead of next/link (ESLint says so).
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
