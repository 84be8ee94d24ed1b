import { useTranslation } from 'react-i18next';

export type Drawer = 'sidebar' | 'panel';

/**
 * On a tablet (CSS: narrower than 1200 px) the side columns become drawers over the map; these buttons open and
 * close them. On wider screens both columns show and the buttons are hidden.
 */
export function DrawerToggles({ open, onToggle }: { open: Drawer | null; onToggle: (drawer: Drawer) => void }) {
  const { t } = useTranslation();
  return (
    <div className="drawer-toggles">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open === 'sidebar'}
        aria-controls="atlas-sidebar"
        data-testid="drawer-sidebar"
        onClick={() => onToggle('sidebar')}
      >
        {t('drawer.sidebar')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open === 'panel'}
        aria-controls="atlas-panel"
        data-testid="drawer-panel"
        onClick={() => onToggle('panel')}
      >
        {t('drawer.panel')}
      </button>
    </div>
  );
}
