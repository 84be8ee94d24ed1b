// Keeps the address and the view in step: the first render reads the address; later changes write it (a new
// selection pushes a history entry so back/forward step through selections; anything else replaces the entry,
// debounced so a pan does not write on every frame); back/forward restore the view the address describes.
import { useEffect, useRef, type Dispatch } from 'react';
import i18n from 'i18next';
import type { Lang } from '../lib/config';
import { switchLanguage } from '../i18n';
import { fromSearchParams, historyMode, toSearchParams, viewOf } from '../state/url-state';
import type { ViewAction, ViewState } from '../state/view-state';

/** How long the address waits for the map to stop before it records the position. */
export const URL_REPLACE_DEBOUNCE_MS = 300;

/** The view the current address describes (for useReducer's initialiser). */
export function initialViewFromUrl(): ViewState {
  return viewOf(fromSearchParams(new URLSearchParams(window.location.search)));
}

export function useUrlState(view: ViewState, dispatch: Dispatch<ViewAction>, lang: Lang): void {
  const written = useRef<ViewState>(view);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const params = toSearchParams({ ...view, lang }, new URLSearchParams(window.location.search));
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    const mode = historyMode(written.current, view);
    written.current = view;
    window.clearTimeout(timer.current);
    if (`?${query}` === window.location.search || (query === '' && window.location.search === '')) return;
    if (mode === 'push') {
      window.history.pushState(null, '', url);
    } else {
      timer.current = window.setTimeout(() => window.history.replaceState(null, '', url), URL_REPLACE_DEBOUNCE_MS);
    }
  }, [view, lang]);

  useEffect(() => {
    const onPop = () => {
      window.clearTimeout(timer.current);
      const state = fromSearchParams(new URLSearchParams(window.location.search));
      const next = viewOf(state);
      written.current = next;
      dispatch({ type: 'restore', state: next });
      // switchLanguage: the language's strings may not be loaded yet (i18n/index.ts loads them on demand).
      if (state.lang && state.lang !== i18n.resolvedLanguage) void switchLanguage(state.lang);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.clearTimeout(timer.current);
    };
  }, [dispatch]);
}
