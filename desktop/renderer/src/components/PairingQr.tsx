// The QR the customer's phone scans. Drawn locally from the pairing URI (no network), as a
// data: PNG, which the page's Content-Security-Policy allows for images.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n-context.ts';
import { panel } from './ui.ts';

const QR_SIZE_PX = 320;

export function PairingQr({ pairingUri }: { pairingUri: string }) {
  const t = useT();
  const [image, setImage] = useState<{ uri: string; dataUrl: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(pairingUri, { errorCorrectionLevel: 'M', margin: 2, width: QR_SIZE_PX }).then(
      (dataUrl) => current && setImage({ uri: pairingUri, dataUrl }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [pairingUri]);

  // Never show an image drawn for a previous charge's URI.
  const dataUrl = image?.uri === pairingUri ? image.dataUrl : null;
  return (
    <div
      data-testid="pairing-qr"
      data-pairing-uri={pairingUri}
      className={`${panel} flex size-80 shrink-0 items-center justify-center overflow-hidden`}
    >
      {dataUrl !== null ? (
        <img
          src={dataUrl}
          width={QR_SIZE_PX}
          height={QR_SIZE_PX}
          alt={t.paymentQrAlt}
          className="[image-rendering:pixelated]"
        />
      ) : (
        <span className="text-lg text-slate-500">
          {failed ? t.qrFailed : t.drawing}
        </span>
      )}
    </div>
  );
}
