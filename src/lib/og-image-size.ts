/** Link-preview images: the 1.91:1 size that Open Graph and X cards show best. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
