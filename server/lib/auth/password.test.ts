import { describe, expect, it } from 'vitest';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem, verifyNothing, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('a hash is Argon2id with a random salt, and verifies only the password it was made from', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'Correct horse battery')).toBe(false);
    expect(await verifyPassword(b, 'correct horse battery')).toBe(true);
  });

  it('a stored value that is not an Argon2 hash verifies nothing instead of throwing', async () => {
    expect(await verifyPassword('plain text', 'plain text')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });

  it('checking a password against no user always fails', async () => {
    expect(await verifyNothing('not a password of anyone')).toBe(false);
  });
});

describe('password rules', () => {
  it(`passwords shorter than ${MIN_PASSWORD_LENGTH} characters are refused with the length found`, () => {
    expect(passwordProblem('short1234')).toContain('too short (9 characters)');
    expect(passwordProblem('long enough')).toBeNull();
  });

  it('characters are counted as a person sees them, Cyrillic included', () => {
    expect(passwordProblem('пароль-жок')).toBeNull(); // 10 letters, 19 bytes
    expect(passwordProblem('пароль')).toContain('too short (6 characters)');
  });

  it('the user name, a repeated character and an endless password are refused', () => {
    expect(passwordProblem('aida.bekova', 'aida.bekova')).toContain('user name');
    expect(passwordProblem('AIDA.BEKOVA', 'aida.bekova')).toContain('user name');
    expect(passwordProblem('aaaaaaaaaaaa')).toContain('repeats');
    expect(passwordProblem('x1'.repeat(200))).toContain('too long');
  });
});
