import { describe, expect, it } from 'vitest';
import { isRole, normalizeUserName, roleAllows } from './roles.ts';

describe('roles', () => {
  it('each role may do what the roles below it may, and no more', () => {
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('editor', 'admin')).toBe(false);
    expect(roleAllows('viewer', 'editor')).toBe(false);
  });

  it('only the three roles are roles', () => {
    expect(isRole('editor')).toBe(true);
    expect(isRole('Editor')).toBe(false);
    expect(isRole('root')).toBe(false);
  });
});

describe('user names', () => {
  it('are stored trimmed and in lower case', () => {
    expect(normalizeUserName(' Aida.Bekova ')).toBe('aida.bekova');
    expect(normalizeUserName('ops@mes.kg')).toBe('ops@mes.kg');
  });

  it('refuse spaces, Cyrillic, a leading dot, one character and more than 64', () => {
    expect(normalizeUserName('aida bekova')).toBeNull();
    expect(normalizeUserName('айда')).toBeNull();
    expect(normalizeUserName('.aida')).toBeNull();
    expect(normalizeUserName('a')).toBeNull();
    expect(normalizeUserName('a'.repeat(65))).toBeNull();
    expect(normalizeUserName('a'.repeat(64))).toBe('a'.repeat(64));
  });
});
