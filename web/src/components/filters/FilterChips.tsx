// The active filters and the map's selection as removable chips, each with a labelled remove button (a button in
// the tab order, so the keyboard reaches every chip). What they show lives in the URL with the rest of the view.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { useRayons } from '../../hooks/use-rayons';
import { useRegions } from '../../hooks/use-regions';
import { useSites } from '../../hooks/use-sites';
import { useVillages } from '../../hooks/use-villages';
import { useLang } from '../../i18n';
import { localName } from '../../lib/names';
import { filterChips, type Chip } from '../../state/filter-chips';
import type { ViewAction, ViewState } from '../../state/view-state';
import './FilterChips.css';

/** "2024", "Mar 2024" for a period end as the API writes it. */
function usePeriodText() {
  const { t } = useTranslation();
  return (end: string) => {
    const m = /^(\d{4})-(\d{2})$/.exec(end);
    return m ? t('charts.monthYear', { month: t(`charts.month.${Number(m[2])}`), year: m[1] }) : end;
  };
}

export function FilterChips({ view, dispatch }: { view: Pick<ViewState, 'filters' | 'selection'>; dispatch: Dispatch<ViewAction> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useRegions();
  const rayons = useRayons();
  const sites = useSites();
  const villages = useVillages();
  const periodText = usePeriodText();
  const chips = filterChips(view);
  if (chips.length === 0) return null;

  const regionName = (code: string) =>
    localName(regions.data?.features.find((f) => f.properties.code === code)?.properties.name, lang) ||
    localName(rayons.data?.find((r) => r.code === code)?.name, lang) ||
    code;

  const text = (chip: Chip): string => {
    switch (chip.kind) {
      case 'region':
        return t('charts.chips.region', { name: regionName(chip.code) });
      case 'rayon':
        return t('charts.chips.rayon', { name: regionName(chip.code) });
      case 'hazard':
        return t('charts.chips.hazard', { name: t(`hazard.${chip.value}`) });
      case 'status':
        return t('charts.chips.status', { name: t(`status.${chip.value}`) });
      case 'category':
        return t('charts.chips.category', { name: t(`productCategory.${chip.value}`) });
      case 'channel':
        return t('charts.chips.channel', { name: t(`channel.${chip.value}`) });
      case 'period': {
        const { from, to } = chip;
        const range =
          from !== null && to !== null
            ? from === to
              ? periodText(from)
              : t('charts.chips.range', { from: periodText(from), to: periodText(to) })
            : from !== null
              ? t('charts.chips.from', { from: periodText(from) })
              : t('charts.chips.to', { to: periodText(to ?? '') });
        return t('charts.chips.period', { range });
      }
      case 'selection': {
        const { kind, id } = chip.selection;
        if (kind === 'area') return t('charts.chips.area');
        if (kind === 'region') return t('charts.chips.selectedRegion', { name: regionName(id) });
        const list = kind === 'site' ? sites.data : villages.data;
        const name = localName(list?.features.find((f) => f.properties.code === id)?.properties.name, lang) || id;
        return t(kind === 'site' ? 'charts.chips.site' : 'charts.chips.village', { name });
      }
    }
  };

  return (
    <div className="filter-chips" role="group" aria-label={t('charts.chips.label')} data-testid="filter-chips">
      <ul className="filter-chips__list">
        {chips.map((chip) => {
          const label = text(chip);
          return (
            <li key={chip.id} className={`filter-chip filter-chip--${chip.kind}`} data-testid="filter-chip" data-kind={chip.kind}>
              <span className="filter-chip__text">{label}</span>
              <button
                type="button"
                className="filter-chip__remove"
                aria-label={t('charts.chips.remove', { label })}
                title={t('charts.chips.remove', { label })}
                onClick={() => dispatch(chip.remove)}
                data-testid="filter-chip-remove"
              >
                <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                  <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          );
        })}
      </ul>
      {chips.length > 1 && (
        <button
          type="button"
          className="link-button filter-chips__clear"
          onClick={() => {
            dispatch({ type: 'clearFilters' });
            if (view.selection) dispatch({ type: 'select', selection: null });
          }}
          data-testid="filter-chips-clear"
        >
          {t('charts.chips.clearAll')}
        </button>
      )}
    </div>
  );
}
