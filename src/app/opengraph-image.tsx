import { linkPreviewImage, OG_IMAGE_SIZE } from "@/lib/og-image";
import { SITE_NAME } from "@/lib/site";

export const dynamic = "force-static";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = SITE_NAME;

/** The site's own link-preview card, used by every page that has none of its own. */
export default function Image() {
  return linkPreviewImage({ title: "Lupus, explained in plain words" });
}
