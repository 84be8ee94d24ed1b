import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Currency } from '../../state/filters';

const SYMBOL: Record<Currency, string> = { KGS: 'сом', USD: 'US$' };

/** Som or US dollars for the money figures. */
export function CurrencySwitch({ currency, onChange }: { currency: Currency; onChange: (currency: Currency) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('currency.label')}>
      {CURRENCIES.map((c) => (
        <button
          key={c}
          type="button"
          className="segmented__button"
          aria-pressed={currency === c}
          data-testid={`currency-${c}`}
          title={t(`currency.${c}`)}
          onClick={() => onChange(c)}
        >
          <span aria-hidden="true">{SYMBOL[c]}</span>
          <span className="visually-hidden">{t(`currency.${c}`)}</span>
        </button>
      ))}
    </div>
  );
}
