import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { SalesChannel } from '../../lib/api';
import { SALES_CHANNEL_ORDER } from '../../lib/config';
import { formatSom } from '../../lib/format';

/** Sales per channel as plain bars (charts proper come with the chart panel). */
export function ChannelBars({ rows }: { rows: readonly { channel: SalesChannel; salesKgs: number }[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sorted = [...rows].sort((a, b) => SALES_CHANNEL_ORDER.indexOf(a.channel) - SALES_CHANNEL_ORDER.indexOf(b.channel));
  const max = Math.max(0, ...sorted.map((r) => r.salesKgs));
  if (sorted.length === 0) return <p className="hint">{t('selection.noSales')}</p>;
  return (
    <table className="channel-bars" data-testid="sales-by-channel">
      <caption className="visually-hidden">{t('selection.salesByChannel')}</caption>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.channel}>
            <th scope="row">{t(`channel.${r.channel}`)}</th>
            <td className="channel-bars__bar" aria-hidden="true">
              <span style={{ width: `${max > 0 ? (r.salesKgs / max) * 100 : 0}%` }} />
            </td>
            <td className="channel-bars__value">{formatSom(r.salesKgs, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
