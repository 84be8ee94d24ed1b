// The right-hand detail panel: whatever is selected (a site, a village, a region or the drawn area), or a hint.
import '../../styles/map-tools.css';
import { lazy, Suspense } from 'react';
import type { Polygon } from 'geojson';
import { useTranslation } from 'react-i18next';
import type { Name, VillageFeature } from '../../lib/api';
import type { Selection } from '../../state/view-state';
import { SkeletonLines } from './SkeletonLines';

// The panels load when something is first selected, not with the map's first view (npm run bench:web).
const SitePanel = lazy(() => import('./SitePanel').then((m) => ({ default: m.SitePanel })));
const VillagePanel = lazy(() => import('./VillagePanel').then((m) => ({ default: m.VillagePanel })));
const RegionPanel = lazy(() => import('./RegionPanel').then((m) => ({ default: m.RegionPanel })));
const AreaPanel = lazy(() => import('./AreaPanel').then((m) => ({ default: m.AreaPanel })));

/** What a panel shows while its code loads: what it shows while its figures load. */
const loadingPanel = (
  <section className="card selection site-info" data-testid="selection-loading">
    <SkeletonLines n={6} />
  </section>
);

export interface SelectionPanelProps {
  selection: Selection | null;
  radiusKm: number;
  area: Polygon | null;
  /** The selected village's feature, from the villages list. */
  village: VillageFeature | null;
  /** The selected region's name, when known. */
  regionName: Name | null;
  onRadiusChange: (km: number) => void;
  onClose: () => void;
}

export function SelectionPanel(props: SelectionPanelProps) {
  return (
    <Suspense fallback={loadingPanel}>
      <Panel {...props} />
    </Suspense>
  );
}

function Panel({ selection, radiusKm, area, village, regionName, onRadiusChange, onClose }: SelectionPanelProps) {
  const { t } = useTranslation();
  switch (selection?.kind) {
    case 'site':
      return <SitePanel key={selection.id} code={selection.id} radiusKm={radiusKm} onRadiusChange={onRadiusChange} onClose={onClose} />;
    case 'village':
      return <VillagePanel key={selection.id} village={village} onClose={onClose} />;
    case 'region':
      return <RegionPanel key={selection.id} code={selection.id} name={regionName} onClose={onClose} />;
    case 'area':
      return <AreaPanel area={area} onClose={onClose} />;
    default:
      return (
        <section className="card site-info site-info--empty">
          <h2 className="card__title">{t('selection.title')}</h2>
          <p className="hint">{t('selection.hint')}</p>
        </section>
      );
  }
}
