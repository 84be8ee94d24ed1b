// resiland-briefing-<subject>-<lang>-<YYYY-MM-DD>.pdf: the subject is the selected site, village or region, else
// the region filter, else the country; the date is today's in Kyrgyzstan, as every download of the atlas.
import { bishkekDate } from '../export/filename.ts';

const SAFE = /[^A-Za-z0-9_-]+/g;

export interface BriefingSubjectQuery {
  sel?: string;
  region?: string;
}

/** The code a briefing is named by: kyrgyzstan when it covers the whole country (or a drawn area outside a region). */
export function briefingSubjectCode(q: BriefingSubjectQuery): string {
  const [kind, id] = (q.sel ?? '').split(':');
  const code = kind && kind !== 'area' && id ? id : (q.region ?? '');
  return code.replace(SAFE, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'kyrgyzstan';
}

export function briefingFilename(q: BriefingSubjectQuery, lang: string, now: Date = new Date()): string {
  return `resiland-briefing-${briefingSubjectCode(q)}-${lang}-${bishkekDate(now)}.pdf`;
}
