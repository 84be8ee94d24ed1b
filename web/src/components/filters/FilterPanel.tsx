// Region (then its rayons), hazard type, programme status, product category and a range of sales years. They
// narrow every layer and the key figures (App passes them to the hooks and to the map).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { HazardType, ProductCategory, RegionCollection, Rayon, SiteStatus } from '../../lib/api';
import { HAZARD_ORDER, CATEGORY_ORDER, STATUS_ORDER } from '../../lib/config';
import { localName } from '../../lib/names';
import { salesYears } from '../../lib/period';
import { activeFilterCount, type FilterKey, type Filters } from '../../state/filters';
import { FilterSelect, type Option } from './FilterSelect';
import './filters.css';

export interface FilterPanelProps {
  filters: Filters;
  onChange: <K extends FilterKey>(key: K, value: Filters[K]) => void;
  onClear: () => void;
  regions: RegionCollection | undefined;
  rayons: readonly Rayon[] | undefined;
  /** Rayon codes that have a site or a village: only those are offered. */
  rayonsWithData: ReadonlySet<string>;
}

export function FilterPanel({ filters, onChange, onClear, regions, rayons, rayonsWithData }: FilterPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, lang);

  const regionOptions = useMemo(
    () =>
      (regions?.features ?? [])
        .map((f) => ({ value: f.properties.code, label: localName(f.properties.name, lang) }))
        .sort(byName),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [regions, lang],
  );
  const rayonOptions = useMemo(
    () =>
      (rayons ?? [])
        .filter((r) => r.oblastCode === filters.region && rayonsWithData.has(r.code))
        .map((r) => ({ value: r.code, label: localName(r.name, lang) }))
        .sort(byName),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rayons, filters.region, rayonsWithData, lang],
  );
  const years = salesYears()
    .slice()
    .reverse()
    .map((y) => ({ value: String(y), label: String(y) }));
  const count = activeFilterCount(filters);

  return (
    <section className="card filters" aria-labelledby="filters-title" data-testid="filters">
      <div className="card__header">
        <h2 className="card__title" id="filters-title">
          {t('filters.title')}
        </h2>
        {count > 0 && (
          <button type="button" className="link-button" onClick={onClear} data-testid="filters-clear">
            {t('filters.clear', { count })}
          </button>
        )}
      </div>
      <FilterSelect
        label={t('filters.region')}
        anyLabel={t('filters.allRegions')}
        value={filters.region}
        options={regionOptions}
        onChange={(v) => onChange('region', v)}
        testId="filter-region"
      />
      {filters.region !== null && rayonOptions.length > 0 && (
        <FilterSelect
          label={t('filters.rayon')}
          anyLabel={t('filters.allRayons')}
          value={filters.rayon}
          options={rayonOptions}
          onChange={(v) => onChange('rayon', v)}
          testId="filter-rayon"
        />
      )}
      <FilterSelect
        label={t('filters.hazard')}
        anyLabel={t('filters.allHazards')}
        value={filters.hazard}
        options={HAZARD_ORDER.map((h) => ({ value: h, label: t(`hazard.${h}`) }))}
        onChange={(v) => onChange('hazard', v as HazardType | null)}
        testId="filter-hazard"
      />
      <FilterSelect
        label={t('filters.status')}
        anyLabel={t('filters.allStatuses')}
        value={filters.status}
        options={STATUS_ORDER.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(v) => onChange('status', v as SiteStatus | null)}
        testId="filter-status"
      />
      <FilterSelect
        label={t('filters.category')}
        anyLabel={t('filters.allCategories')}
        value={filters.category}
        options={CATEGORY_ORDER.map((c) => ({ value: c, label: t(`productCategory.${c}`) }))}
        onChange={(v) => onChange('category', v as ProductCategory | null)}
        testId="filter-category"
      />
      <fieldset className="filter-years">
        <legend className="filter__label">{t('filters.years')}</legend>
        <FilterSelect
          label={t('filters.yearFrom')}
          anyLabel={t('filters.anyYear')}
          value={filters.yearFrom === null ? null : String(filters.yearFrom)}
          options={years}
          onChange={(v) => onChange('yearFrom', v === null ? null : Number(v))}
          testId="filter-year-from"
        />
        <FilterSelect
          label={t('filters.yearTo')}
          anyLabel={t('filters.anyYear')}
          value={filters.yearTo === null ? null : String(filters.yearTo)}
          options={years}
          onChange={(v) => onChange('yearTo', v === null ? null : Number(v))}
          testId="filter-year-to"
        />
      </fieldset>
      <p className="filters__note">{t('filters.note')}</p>
    </section>
  );
}
