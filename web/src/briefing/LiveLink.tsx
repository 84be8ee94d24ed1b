// The way back from paper to the live view: its address as text and as a QR code.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { qrShape } from './qr';

export function LiveLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const qr = useMemo(() => qrShape(url), [url]);
  return (
    <section className="briefing-link" aria-labelledby="briefing-link-title">
      <div className="briefing-link__text">
        <h2 id="briefing-link-title" className="briefing-section-title">
          {t('briefing.liveLink')}
        </h2>
        <p className="briefing-link__hint">{t('briefing.liveLinkHint')}</p>
        <a className="briefing-link__url" href={url} data-testid="briefing-live-url">
          {url}
        </a>
      </div>
      {qr && (
        <svg
          className="briefing-link__qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={t('briefing.qrLabel')}
          data-testid="briefing-qr"
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" />
        </svg>
      )}
    </section>
  );
}
