import QRCode from "qrcode";

/** A QR code for an address, as an SVG string, made at build time (no request at view time). */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1, color: { dark: "#000000", light: "#ffffff" } });
}
