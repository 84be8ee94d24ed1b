import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './rate-limit.ts';

const limiter = (start = 0) => {
  const clock = { now: start };
  return { clock, limiter: new LoginLimiter({ now: () => clock.now, max: 3, windowMs: 60_000 }) };
};

describe('the sign-in limiter', () => {
  it('refuses a name from an address after the allowed failures, for the rest of the window', () => {
    const { clock, limiter: l } = limiter();
    const key = LoginLimiter.key('aida', '10.0.0.1');
    l.fail(key);
    l.fail(key);
    expect(l.retryAfterSeconds(key)).toBe(0);
    clock.now = 10_000;
    l.fail(key);
    expect(l.retryAfterSeconds(key)).toBe(50); // the window began with the first failure, at 0
    clock.now = 59_500;
    expect(l.retryAfterSeconds(key)).toBe(1);
    clock.now = 60_000;
    expect(l.retryAfterSeconds(key)).toBe(0);
  });

  it('counts each name and address apart, and forgets a name once it signs in', () => {
    const { limiter: l } = limiter();
    const aida = LoginLimiter.key('aida', '10.0.0.1');
    for (let i = 0; i < 3; i++) l.fail(aida);
    expect(l.retryAfterSeconds(aida)).toBeGreaterThan(0);
    expect(l.retryAfterSeconds(LoginLimiter.key('aida', '10.0.0.2'))).toBe(0);
    expect(l.retryAfterSeconds(LoginLimiter.key('bakyt', '10.0.0.1'))).toBe(0);
    const bakyt = LoginLimiter.key('bakyt', '10.0.0.1');
    l.fail(bakyt);
    l.fail(bakyt);
    l.succeed(bakyt);
    l.fail(bakyt);
    expect(l.retryAfterSeconds(bakyt)).toBe(0);
  });

  it('treats a name in another case or with spaces as the same name', () => {
    expect(LoginLimiter.key(' Aida ', 'ip')).toBe(LoginLimiter.key('aida', 'ip'));
  });
});
