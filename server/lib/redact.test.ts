import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact.ts';

describe('redactUrl', () => {
  it('hides the password of a database URL and keeps the rest', () => {
    expect(redactUrl('postgres://atlas:s3cret@db:5432/atlas')).toBe('postgres://atlas:***@db:5432/atlas');
  });
  it('leaves a URL without a password as it is', () => {
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/postgres')).toBe('postgres://postgres@127.0.0.1:5432/postgres');
  });
  it('hides a password in a key=value connection string', () => {
    expect(redactUrl('host=db user=atlas password=s3cret')).toBe('host=db user=atlas password=***');
  });
});
