// Steps through the years, one per PLAY_STEP_MS (slower with prefers-reduced-motion), stopping after the last.
import { useCallback, useEffect, useRef, useState } from 'react';
import { PLAY_STEP_MS, PLAY_STEP_REDUCED_MS, nextYear, playYears } from './play';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export function usePlay(years: readonly number[], shown: number | null, show: (year: number) => void) {
  const [playing, setPlaying] = useState(false);
  const current = useRef<number | null>(null);
  const showRef = useRef(show);
  showRef.current = show;

  const stop = useCallback(() => setPlaying(false), []);
  const start = useCallback(() => {
    const first = playYears(years, shown)[0];
    if (first === undefined) return;
    current.current = first;
    showRef.current(first);
    setPlaying(true);
  }, [years, shown]);

  useEffect(() => {
    if (!playing) return;
    const step = prefersReducedMotion() ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS;
    const timer = window.setInterval(() => {
      const next = nextYear(years, current.current);
      if (next === null) {
        setPlaying(false);
        return;
      }
      current.current = next;
      showRef.current(next);
      if (nextYear(years, next) === null) setPlaying(false);
    }, step);
    return () => window.clearInterval(timer);
  }, [playing, years]);

  // Someone else changed the period (a chip, a chart click): playing would fight them.
  useEffect(() => {
    if (playing && shown !== current.current) setPlaying(false);
  }, [playing, shown]);

  return { playing, start, stop };
}
