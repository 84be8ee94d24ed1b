// The right-hand detail panel: whatever is selected (a site, a village, a region or the drawn area), or a hint.
import '../../styles/map-tools.css';
import type { Polygon } from 'geojson';
import { useTranslation } from 'react-i18next';
import type { Name, VillageFeature } from '../../lib/api';
import type { Selection } from '../../state/view-state';
import { AreaPanel } from './AreaPanel';
import { RegionPanel } from './RegionPanel';
import { SitePanel } from './SitePanel';
import { VillagePanel } from './VillagePanel';

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

export function SelectionPanel({ selection, radiusKm, area, village, regionName, onRadiusChange, onClose }: SelectionPanelProps) {
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
