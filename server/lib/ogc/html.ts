// The HTML face of /ogc (conformance class "html"): small server-rendered pages, no script. Every interpolated
// value goes through `html`, which escapes it unless it is markup this module made itself.
import type { Collection, Collections, Conformance, LandingPage, Link, OgcFeature, OgcFeatureCollection, PropertyValue } from '../../schemas/ogc.ts';
import type { OgcCollection, OgcProperty } from './collections.ts';

class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

function render(value: unknown): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Template tag: markup around escaped values. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

const STYLE = `
body{font:15px/1.45 system-ui,"Noto Sans",sans-serif;margin:0;color:#1d2733;background:#fff}
header{background:#19456b;color:#fff;padding:.6rem 1.2rem}header a{color:#fff}
nav.crumbs{font-size:.9rem}main{padding:1rem 1.2rem;max-width:80rem}
h1{font-size:1.5rem;margin:.4rem 0 1rem}h2{font-size:1.15rem;margin-top:1.6rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #c9d3dd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3f7}.scroll{overflow-x:auto}.note{background:#fff4d6;border:1px solid #e0c060;padding:.4rem .7rem;display:inline-block}
.formats{float:right;font-size:.9rem}code{background:#eef3f7;padding:0 .2rem}
`;

interface PageOptions {
  title: string;
  crumbs: Array<{ href?: string; label: string }>;
  links: readonly Link[];
  body: Markup;
}

function page({ title, crumbs, links, body }: PageOptions): string {
  const json = links.find((l) => l.rel === 'alternate');
  return '<!DOCTYPE html>\n' + html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Resiland Atlas OGC API</title><style>${new Markup(STYLE)}</style></head>
<body><header><nav class="crumbs" aria-label="Breadcrumb">${crumbs.map((c, i) => html`${i > 0 ? ' › ' : ''}${
    c.href ? html`<a href="${c.href}">${c.label}</a>` : c.label
  }`)}</nav></header>
<main>${json ? html`<p class="formats">Also as <a href="${json.href}" type="${json.type}">JSON</a></p>` : ''}
<h1>${title}</h1>
${body}
</main></body></html>`.value;
}

const linkList = (links: readonly Link[]) =>
  html`<ul>${links.map((l) => html`<li><a href="${l.href}" rel="${l.rel}">${l.title ?? l.href}</a> <small>(${l.rel}${l.type ? `, ${l.type}` : ''})</small></li>`)}</ul>`;

const linkTo = (links: readonly Link[], rel: string, type?: string) =>
  links.find((l) => l.rel === rel && (type === undefined || l.type === type))?.href;

/** Figures a person reads: a disaggregated count under 5 people shows as "<5" (DESIGN.md, as in the web app). */
export function displayValue(property: OgcProperty | undefined, value: PropertyValue): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' && property?.disaggregated && value > 0 && value < 5) return '<5';
  return String(value);
}

const langOf = (name: string) => /_(ky|ru|en)$/.exec(name)?.[1];

const crumbsTo = (root: string, more: PageOptions['crumbs'] = []) => [{ href: `${root}?f=html`, label: 'OGC API' }, ...more];

export function landingHtml(doc: LandingPage, root: string): string {
  const data = linkTo(doc.links, 'data', 'text/html') ?? linkTo(doc.links, 'data');
  return page({
    title: doc.title,
    crumbs: crumbsTo(root),
    links: doc.links,
    body: html`<p>${doc.description}</p>
<p><a href="${data}">Browse the collections</a></p>
<h2>Links</h2>${linkList(doc.links)}`,
  });
}

export function conformanceHtml(doc: Conformance, links: readonly Link[], root: string): string {
  return page({
    title: 'Conformance',
    crumbs: crumbsTo(root, [{ label: 'Conformance' }]),
    links,
    body: html`<p>This API implements these conformance classes:</p><ul>${doc.conformsTo.map((c) => html`<li><code>${c}</code></li>`)}</ul>`,
  });
}

export function collectionsHtml(doc: Collections, root: string): string {
  const rows = doc.collections.map((c) => {
    const page = linkTo(c.links, 'alternate', 'text/html') ?? linkTo(c.links, 'self');
    const items = linkTo(c.links, 'items', 'text/html');
    return html`<tr><td><a href="${page}">${c.id}</a></td><td>${c.title}</td><td>${c.description}</td>
<td>${items ? html`<a href="${items}">items</a>` : ''}</td></tr>`;
  });
  return page({
    title: 'Collections',
    crumbs: crumbsTo(root, [{ label: 'Collections' }]),
    links: doc.links,
    body: html`<table><thead><tr><th>Id</th><th>Title</th><th>Description</th><th></th></tr></thead><tbody>${rows}</tbody></table>`,
  });
}

export function collectionHtml(doc: Collection, c: OgcCollection, root: string): string {
  const bbox = doc.extent.spatial?.bbox[0];
  const interval = doc.extent.temporal?.interval[0];
  const items = linkTo(doc.links, 'items', 'text/html');
  const properties = c.properties.map(
    (p) => html`<tr><td><code>${p.name}</code></td><td>${p.type}</td><td>${p.title}</td><td>${
      p.filter ? html`<code>?${p.name}=</code>${p.values ? html` ${p.values.join(', ')}` : ''}` : ''
    }</td></tr>`,
  );
  return page({
    title: doc.title,
    crumbs: crumbsTo(root, [{ href: `${root}/collections?f=html`, label: 'Collections' }, { label: doc.id }]),
    links: doc.links,
    body: html`<p>${doc.description}</p>
<table><tbody>
<tr><th>Id</th><td><code>${doc.id}</code></td></tr>
<tr><th>Geometry</th><td>${c.geometry}</td></tr>
<tr><th>Extent</th><td>${bbox ? bbox.join(', ') : 'no features with a geometry'} <small>(minLon, minLat, maxLon, maxLat; CRS84)</small></td></tr>
${interval ? html`<tr><th>Time</th><td>${interval[0] ?? '..'} / ${interval[1] ?? '..'}<br><small>${c.temporal}</small></td></tr>` : ''}
</tbody></table>
<p>${items ? html`<a href="${items}">Browse the items</a>` : ''}</p>
<h2>Properties</h2>
<p>Items can be filtered with <code>bbox</code>, <code>limit</code>, <code>offset</code>${c.temporal ? html`, <code>datetime</code>` : ''} and the property filters below.</p>
<div class="scroll"><table><thead><tr><th>Name</th><th>Type</th><th>Meaning</th><th>Filter</th></tr></thead><tbody>${properties}</tbody></table></div>`,
  });
}

const sampleNote = html`<p class="note">Sample data: invented to show the programme's shape, not official figures.</p>`;

export function itemsHtml(
  doc: OgcFeatureCollection,
  c: OgcCollection,
  root: string,
  offset: number,
  itemHref: (id: string) => string,
): string {
  const head = c.properties.map((p) => html`<th>${p.name}</th>`);
  const rows = doc.features.map(
    (f) => html`<tr><td><a href="${itemHref(f.id)}">${f.id}</a></td>${c.properties.map((p) => {
      const value = f.properties[p.name] ?? null;
      return html`<td${langOf(p.name) ? html` lang="${langOf(p.name)}"` : ''}>${displayValue(p, value)}</td>`;
    })}</tr>`,
  );
  const next = linkTo(doc.links, 'next');
  const prev = linkTo(doc.links, 'prev');
  const first = offset + 1;
  return page({
    title: `${c.title}: items`,
    crumbs: crumbsTo(root, [
      { href: `${root}/collections?f=html`, label: 'Collections' },
      { href: `${root}/collections/${encodeURIComponent(c.id)}?f=html`, label: c.id },
      { label: 'Items' },
    ]),
    links: doc.links,
    body: html`${doc.features.some((f) => f.properties.is_sample === true) ? sampleNote : ''}
<p>${doc.numberReturned ? `Features ${first}–${first + doc.numberReturned - 1} of ${doc.numberMatched}` : `No features match (of ${doc.numberMatched} matched).`}
${prev ? html` · <a href="${prev}" rel="prev">previous page</a>` : ''}${next ? html` · <a href="${next}" rel="next">next page</a>` : ''}</p>
<div class="scroll"><table><thead><tr><th>id</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`,
  });
}

export function itemHtml(feature: OgcFeature, c: OgcCollection, root: string): string {
  const rows = c.properties.map((p) => {
    const value = feature.properties[p.name] ?? null;
    return html`<tr><th>${p.name}</th><td${langOf(p.name) ? html` lang="${langOf(p.name)}"` : ''}>${displayValue(p, value)}</td><td><small>${p.title}</small></td></tr>`;
  });
  const geometry = feature.geometry;
  const point = geometry?.type === 'Point' ? (geometry.coordinates as number[]) : null;
  return page({
    title: `${c.title}: ${feature.id}`,
    crumbs: crumbsTo(root, [
      { href: `${root}/collections?f=html`, label: 'Collections' },
      { href: `${root}/collections/${encodeURIComponent(c.id)}?f=html`, label: c.id },
      { href: `${root}/collections/${encodeURIComponent(c.id)}/items?f=html`, label: 'Items' },
      { label: feature.id },
    ]),
    links: feature.links ?? [],
    body: html`${feature.properties.is_sample === true ? sampleNote : ''}
<table><tbody>${rows}
<tr><th>geometry</th><td colspan="2">${geometry ? geometry.type : 'none'}${point ? ` at ${point[0]}, ${point[1]} (lon, lat)` : ''}</td></tr>
</tbody></table>`,
  });
}
