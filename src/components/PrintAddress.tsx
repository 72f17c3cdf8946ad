import { qrCodeSvg } from "@/lib/qr-code";
import { absoluteUrl } from "@/lib/site";
import { dictionaryFor, format } from "@/lib/i18n";

/** Printed handouts show the page's address and a QR code for it on their first sheet, under the title; hidden on screen. */
export async function PrintAddress({ path, title }: { path: string; title: string }) {
  const url = absoluteUrl(path);
  const svg = await qrCodeSvg(url);
  const t = dictionaryFor().printAddress;
  return (
    <div className="print-only print-address">
      <div className="qr-code" role="img" aria-label={format(t.qrCode, { title })} dangerouslySetInnerHTML={{ __html: svg }} />
      <p>
        {t.readOnline}
        <br />
        <strong>{url}</strong>
      </p>
    </div>
  );
}
