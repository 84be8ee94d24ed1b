// Small hand-written features for unit tests, typed by the generated API contract (lib/api-types.ts).
import type { SiteFeature, SiteProperties, VillageFeature, VillageProps } from '../lib/api';

export function site(overrides: Partial<SiteProperties> = {}, coordinates: [number, number] = [72.9, 41.2]): SiteFeature {
  return {
    type: 'Feature',
    id: overrides.code ?? 'KG-J-001',
    geometry: { type: 'Point', coordinates },
    properties: {
      code: 'KG-J-001',
      name: { ky: 'Көкчөкөз', ru: 'Кокчокоз', en: 'Kokchokoz' },
      hazardType: 'mudflow',
      riskLevel: 'high',
      status: 'design',
      oblastCode: 'KG-J',
      rayonCode: null,
      rayonName: { ky: 'Базар-Коргон району', ru: 'Базар-Коргонский район', en: 'Bazar-Korgon' },
      householdsAtRisk: 240,
      farmlandAtRiskHa: 310.5,
      isSample: true,
      sourceId: 'sample',
      ...overrides,
    },
  };
}

export function village(overrides: Partial<VillageProps> = {}): VillageFeature {
  return {
    type: 'Feature',
    id: overrides.code ?? 'V-1',
    geometry: { type: 'Point', coordinates: [72.95, 41.25] },
    properties: {
      code: 'V-1',
      name: { ky: 'Арстанбап', ru: 'Арсланбоб', en: 'Arslanbob' },
      oblastCode: 'KG-J',
      rayonCode: null,
      population: 5400,
      households: 1200,
      participatingHouseholds: 40,
      participants: 55,
      isSample: true,
      sourceId: 'sample',
      ...overrides,
    },
  };
}
