// A combobox (WAI-ARIA 1.2 pattern): type a name in any language or script, arrow keys move through the results,
// Enter or a click selects one on the map, Escape closes the list.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from '../../hooks/use-search';
import { useLang } from '../../i18n';
import type { SiteCollection, VillageCollection } from '../../lib/api';
import { localName } from '../../lib/names';
import type { SearchItem } from '../../lib/search';

export interface SearchBoxProps {
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  onSelect: (item: SearchItem) => void;
}

export function SearchBox({ sites, villages, onSelect }: SearchBoxProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [touched, setTouched] = useState(false);
  const { results, isLoading } = useSearch(query, { sites, villages, active: touched });
  const listId = `${id}-results`;
  const showList = open && query.trim().length >= 2;

  const choose = (item: SearchItem) => {
    onSelect(item);
    setQuery(localName(item.name, lang));
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      const item = results[active];
      if (showList && item) {
        e.preventDefault();
        choose(item);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={id}>
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        className="search__input"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => {
          setTouched(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          setTouched(true);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="search__results" hidden={!showList} data-testid="search-results" aria-label={t('search.results')}>
        {results.map((item, i) => (
          <li
            key={`${item.kind}:${item.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search__result"
            data-testid="search-result"
            data-kind={item.kind}
            data-id={item.id}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(item);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="search__name">{localName(item.name, lang)}</span>
            <span className="search__kind">
              {t(`search.kind.${item.kind}`)}
              {item.detail ? ` · ${localName(item.detail, lang)}` : ''}
            </span>
          </li>
        ))}
        {results.length === 0 && (
          <li className="search__empty" role="option" aria-selected={false} aria-disabled="true">
            {isLoading ? t('common.loading') : t('search.none')}
          </li>
        )}
      </ul>
    </div>
  );
}
