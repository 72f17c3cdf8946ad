import { linkPreviewImage, OG_IMAGE_SIZE } from "@/lib/og-image";
import { dictionaryFor } from "@/lib/i18n";

const t = dictionaryFor();

export const dynamic = "force-static";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = t.site.name;

/** The site's own link-preview card, used by every page that has none of its own. */
export default function Image() {
  return linkPreviewImage({ title: t.linkPreview.siteTitle });
}
