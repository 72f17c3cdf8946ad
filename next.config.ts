import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The product is the static site in out/: every page is pre-rendered at build time.
  output: "export",
  // No image optimisation server exists in a static export; the site has no raster images.
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
