import { describe, expect, it } from 'vitest';
import { displayValue, escapeHtml, html, itemHtml } from './html.ts';
import { findCollection } from './collections.ts';

describe('HTML rendering', () => {
  it('escapes the five characters that can break markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('the html tag escapes interpolated values but keeps its own nested markup', () => {
    const name = 'Кош-Төбө "<b>"';
    expect(html`<td title="${name}">${html`<i>${name}</i>`}</td>`.value).toBe(
      '<td title="Кош-Төбө &quot;&lt;b&gt;&quot;"><i>Кош-Төбө &quot;&lt;b&gt;&quot;</i></td>',
    );
    expect(html`${['<', '>']}${null}${undefined}${false}${0}`.value).toBe('&lt;&gt;0');
  });

  it('shows null as a dash, booleans as yes/no, and a disaggregated count under 5 as <5', () => {
    const groups = findCollection('producer_groups')!;
    const women = groups.properties.find((p) => p.name === 'members_women')!;
    const total = groups.properties.find((p) => p.name === 'members_total')!;
    expect(displayValue(women, 3)).toBe('<5');
    expect(displayValue(women, 0)).toBe('0');
    expect(displayValue(women, 5)).toBe('5');
    expect(displayValue(total, 3)).toBe('3');
    expect(displayValue(undefined, null)).toBe('—');
    expect(displayValue(undefined, true)).toBe('yes');
  });

  it('an item page escapes its id and values and marks sample data', () => {
    const villages = findCollection('villages')!;
    const page = itemHtml(
      {
        type: 'Feature',
        id: '<x>',
        geometry: { type: 'Point', coordinates: [72.7, 41.1] },
        properties: { name_en: `Qo'shteppa "<i>"`, is_sample: true },
        links: [{ href: 'http://h/ogc/collections/villages/items/%3Cx%3E?f=json', rel: 'alternate', type: 'application/geo+json' }],
      },
      villages,
      'http://h/ogc',
    );
    expect(page).not.toMatch(/<x>|<i>/);
    expect(page).toContain('Qo&#39;shteppa &quot;&lt;i&gt;&quot;');
    expect(page).toContain('<td lang="en">');
    expect(page).toContain('Sample data');
    expect(page).toContain('at 72.7, 41.1 (lon, lat)');
  });
});
