// Absolute links, built from the request's protocol and Host header (GDAL and QGIS follow them as given).
// request.protocol / request.host honour Fastify's trustProxy, so behind a proxy that option makes them right.
import type { Link } from '../../schemas/ogc.ts';
import type { OutputFormat } from './params.ts';

export const MEDIA = {
  json: 'application/json',
  geojson: 'application/geo+json',
  html: 'text/html',
} as const;

export const OGC_ROOT = '/ogc';

export interface RequestOrigin {
  protocol: string;
  host: string | undefined;
}

/** `http://127.0.0.1:8080`: where this request was sent. */
export const originOf = (request: RequestOrigin): string => `${request.protocol}://${request.host || 'localhost'}`;

const other = (format: OutputFormat): OutputFormat => (format === 'json' ? 'html' : 'json');

export class LinkBuilder {
  constructor(readonly origin: string) {}

  /** Absolute URL of an /ogc path (segments are percent-encoded by the caller via `segment`). */
  url(path: string, params?: URLSearchParams | Record<string, string>): string {
    const search = new URLSearchParams(params).toString();
    return `${this.origin}${OGC_ROOT}${path}${search ? `?${search}` : ''}`;
  }

  /** self + alternate for a document available as JSON (of `jsonType`) and HTML. */
  selfAndAlternate(path: string, format: OutputFormat, jsonType: string, params?: URLSearchParams): Link[] {
    const withF = (f: OutputFormat) => {
      const p = new URLSearchParams(params);
      p.set('f', f);
      return this.url(path, p);
    };
    const typeOf = (f: OutputFormat) => (f === 'json' ? jsonType : MEDIA.html);
    return [
      { href: withF(format), rel: 'self', type: typeOf(format), title: 'This document' },
      { href: withF(other(format)), rel: 'alternate', type: typeOf(other(format)), title: `This document as ${other(format).toUpperCase()}` },
    ];
  }
}

export const segment = (s: string): string => encodeURIComponent(s);

/** next / prev of an items page: the same query (filters kept) at another offset. */
export function pagingLinks(
  links: LinkBuilder,
  path: string,
  query: URLSearchParams,
  page: { limit: number; offset: number; returned: number; matched: number },
  format: OutputFormat,
): Link[] {
  const type = format === 'json' ? MEDIA.geojson : MEDIA.html;
  const at = (offset: number) => {
    const p = new URLSearchParams(query);
    p.set('f', format);
    p.set('limit', String(page.limit));
    p.set('offset', String(offset));
    return links.url(path, p);
  };
  const out: Link[] = [];
  if (page.offset + page.returned < page.matched) {
    out.push({ href: at(page.offset + page.limit), rel: 'next', type, title: 'Next page' });
  }
  if (page.offset > 0) {
    out.push({ href: at(Math.max(0, page.offset - page.limit)), rel: 'prev', type, title: 'Previous page' });
  }
  return out;
}
