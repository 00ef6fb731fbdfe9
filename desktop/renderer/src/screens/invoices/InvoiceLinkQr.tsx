// The invoice's payment link as a QR code (drawn locally, as the register's is) and as text
// to copy into a message for the student.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { fieldClass, panel, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';

const QR_SIZE_PX = 280;

export function InvoiceLinkQr({ link }: { link: string }) {
  const t = useT();
  const [drawn, setDrawn] = useState<{ link: string; dataUrl: string } | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: QR_SIZE_PX }).then(
      (dataUrl) => current && setDrawn({ link, dataUrl }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [link]);
  const copy = () =>
    void navigator.clipboard.writeText(link).then(() => setCopied(true), () => undefined);
  return (
    <div className="flex flex-col items-center gap-2">
      <div data-testid="invoice-qr"
        className={`${panel} flex size-72 items-center justify-center overflow-hidden`}>
        {/* Never an image drawn for another invoice's link. */}
        {drawn?.link === link && (
          <img src={drawn.dataUrl} width={QR_SIZE_PX} height={QR_SIZE_PX}
            alt={t.invoices.linkQrAlt} className="[image-rendering:pixelated]" />
        )}
      </div>
      <div className="flex w-full items-center gap-2">
        <input readOnly aria-label={t.invoices.linkLabel} data-testid="invoice-link" value={link}
          onFocus={(event) => event.currentTarget.select()}
          className={`${fieldClass} min-w-0 flex-1 truncate font-mono text-sm`} />
        <button type="button" onClick={copy} className={`${secondaryButton} h-11 px-4`}>
          {copied ? t.invoices.copied : t.invoices.copyLink}
        </button>
      </div>
    </div>
  );
}
