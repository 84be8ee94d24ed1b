import { useTranslation } from 'react-i18next';
import { Skeleton } from '../common/Skeleton';

/** A few skeleton lines while the panel's figures load. */
export function SkeletonLines({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton-lines" role="status" aria-label={t('common.loading')}>
      {Array.from({ length: n }, (_, i) => (
        <Skeleton key={i} width={`${90 - ((i * 17) % 40)}%`} />
      ))}
    </div>
  );
}
