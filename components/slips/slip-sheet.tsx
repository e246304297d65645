'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import QRCode from 'qrcode';

export type Slip = { code: string; url: string };

/** 2 columns × 5 rows on A4: each slip 95 × 55 mm, cut along the dashed lines. */
export const SLIPS_PER_PAGE = 10;

function pagesOf<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/**
 * Printable ballot slips: per slip the title, the unit, the QR code of its url, the address to type
 * for those who cannot scan, and the code on one line. QR codes are drawn in the browser, so codes that
 * were made there (an encrypted selection's credentials) never reach the server. Printing shows the
 * sheet alone, A4 pages of `SLIPS_PER_PAGE` slips.
 */
export function SlipSheet({
  slips,
  address,
  title,
  unit,
  onReady,
}: {
  slips: Slip[];
  /** The public address printed on every slip (e.g. https://minping.example.gov.cn/vote). */
  address: string;
  title: string;
  unit?: string;
  onReady?: () => void;
}) {
  const t = useTranslations('slips');
  const [svgs, setSvgs] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all(slips.map((s) => QRCode.toString(s.url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }))).then((made) => {
      if (live) setSvgs(made);
    });
    return () => {
      live = false;
    };
  }, [slips]);
  useEffect(() => {
    if (svgs) onReady?.();
  }, [svgs, onReady]);
  if (!svgs) return <p>{t('preparing')}</p>;
  return (
    <div className="slip-sheet" data-testid="slips">
      {pagesOf(
        slips.map((s, i) => ({ ...s, svg: svgs[i]! })),
        SLIPS_PER_PAGE,
      ).map((page, p) => (
        <div key={p} className="slip-page">
          {page.map((slip) => (
            <div key={slip.code} className="slip">
              <p className="slip-title">{title}</p>
              {unit && <p className="slip-unit">{unit}</p>}
              <div className="slip-body">
                <div className="slip-qr" dangerouslySetInnerHTML={{ __html: slip.svg }} />
                <div className="slip-how">
                  <p>{t('scan')}</p>
                  <p>{t('orVisit')}</p>
                  <p className="slip-address">{address}</p>
                  <p>{t('enterCode')}</p>
                </div>
              </div>
              <p className="slip-code">{slip.code}</p>
              <p className="slip-once">{t('once')}</p>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
