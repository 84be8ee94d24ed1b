import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../paths.ts';
import { describeVocab, matchVocab, VOCABULARIES } from './vocab.ts';

describe('vocabularies', () => {
  it('accept the Kyrgyz, Russian and English words and the codes, whatever the case and spacing', () => {
    expect(matchVocab('hazard_type', 'Сель')).toBe('mudflow');
    expect(matchVocab('hazard_type', 'сел')).toBe('mudflow');
    expect(matchVocab('hazard_type', 'Debris flow')).toBe('mudflow');
    expect(matchVocab('status', 'ТЭО')).toBe('feasibility_study');
    expect(matchVocab('status', 'Завершен')).toBe('completed');
    expect(matchVocab('risk_level', 'Very-high')).toBe('very_high');
    expect(matchVocab('risk_level', 'өтө жогору')).toBe('very_high');
    expect(matchVocab('channel', 'Жармаңке')).toBe('fair');
    expect(matchVocab('category', 'мед')).toBe('honey');
    expect(matchVocab('channel', 'karakol_shop')).toBe('karakol_shop');
  });

  it('refuse a word that is in no list', () => {
    expect(matchVocab('hazard_type', 'землетрясение')).toBeNull();
  });

  it('describe the accepted values in the chosen language with their codes', () => {
    expect(describeVocab('risk_level', 'ru')).toBe('низкий (low), средний (medium), высокий (high), очень высокий (very_high)');
  });

  it('hold exactly the codes the database CHECK constraints allow', () => {
    const schema = readFileSync(path.join(MIGRATIONS_DIR, '001_schema.sql'), 'utf8');
    const checks: Record<string, string> = {
      hazard_type: 'hazard_type', risk_level: 'risk_level', status: 'status', channel: 'channel', category: 'category',
      product_unit: 'unit', certification: 'certification', brand_level: 'brand_level', training_topic: 'topic',
      restoration_kind: 'kind', sex: 'sex', age_group: 'age_group',
    };
    for (const [vocab, column] of Object.entries(checks)) {
      const match = new RegExp(`\\n\\s+${column}\\s+text[^\\n]*?CHECK \\(${column} IN\\s*\\(([^)]*)\\)`, 's').exec(schema);
      expect(match, `${column} CHECK in 001_schema.sql`).not.toBeNull();
      const allowed = [...match![1]!.matchAll(/'([a-z_0-9]+)'/g)].map((m) => m[1]).sort();
      expect(VOCABULARIES[vocab]!.map((e) => e.code).sort(), vocab).toEqual(allowed);
    }
  });
});
