import { describe, expect, it } from 'vitest';
import { escapeHtml, localName } from './names';

describe('localName', () => {
  const name = { ky: 'Көкчөкөз', ru: 'Кокчокоз', en: 'Kokchokoz' };
  it('picks the name in the interface language', () => {
    expect(localName(name, 'ky')).toBe('Көкчөкөз');
    expect(localName(name, 'ru')).toBe('Кокчокоз');
    expect(localName(name, 'en')).toBe('Kokchokoz');
  });
  it('falls back to another language when a name is empty', () => {
    expect(localName({ ky: '', ru: 'Сузак', en: 'Suzak' }, 'ky')).toBe('Сузак');
    expect(localName({ ky: 'Сузак', ru: '', en: ' ' }, 'en')).toBe('Сузак');
    expect(localName(null, 'en')).toBe('');
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters in data values', () => {
    expect(escapeHtml(`<b>"O'Neil" & co</b>`)).toBe('&#60;b&#62;&#34;O&#39;Neil&#34; &#38; co&#60;/b&#62;');
  });
});
