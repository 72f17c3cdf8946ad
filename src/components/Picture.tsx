import { pictureHtml, type PictureName, type PictureOptions } from "@/lib/pictures";

/**
 * A picture from src/lib/pictures in a page built from components (the home page). It is the
 * same markup the `::picture` directive puts in an article: static SVG and HTML, no script.
 * The markup is built from the project's own picture table, never from reader or author input.
 */
export function Picture({ name, ...options }: { name: PictureName } & PictureOptions) {
  return <div dangerouslySetInnerHTML={{ __html: pictureHtml(name, options) }} />;
}
