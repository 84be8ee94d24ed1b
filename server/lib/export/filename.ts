// resiland-<what>-<filters>-<YYYY-MM-DD>.<ext>: the filters in alphabetical order as name-value pairs, so the
// file says what it holds; the date is today's in Kyrgyzstan (Asia/Bishkek, UTC+6).

const SAFE = /[^A-Za-z0-9_.-]+/g;
const part = (text: string): string => text.replace(SAFE, '_').replace(/^_+|_+$/g, '').slice(0, 40);

export function bishkekDate(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bishkek',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function exportFilename(
  what: string,
  query: Readonly<Record<string, unknown>>,
  extension: string,
  now: Date = new Date(),
): string {
  const filters = Object.keys(query)
    .filter((key) => key !== 'format')
    .sort()
    .flatMap((key) => {
      const value = query[key];
      if (value === undefined || value === null || value === '') return [];
      return [part(key), part(Array.isArray(value) ? value.join('_') : String(value))];
    })
    .filter(Boolean);
  return ['resiland', part(what), ...filters, bishkekDate(now)].join('-') + `.${extension}`;
}
