import { useTranslation } from 'react-i18next';

export function MapSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="map-skeleton" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{t('map.loading')}</span>
    </div>
  );
}
