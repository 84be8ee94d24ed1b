// Password hashing with Argon2id (@node-rs/argon2: prebuilt binaries, no compiler needed). Its defaults are the
// OWASP minimum for Argon2id (19 MiB, 2 passes, 1 lane); the parameters are stored in each hash, so raising them
// later leaves existing hashes verifiable.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;
/** Longer than any passphrase a person types; bounds the work one sign-in request can ask of the server. */
export const MAX_PASSWORD_LENGTH = 256;

export const hashPassword = (password: string): Promise<string> => hash(password);

/** False for a wrong password and for a hash that is not an Argon2 PHC string (never throws). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/**
 * Verify against a throw-away hash: a sign-in with an unknown name then takes as long as one with a wrong
 * password, so the answer's timing does not tell which names exist.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hash('not a password of anyone');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Why a new password is refused, as a sentence; null when it is acceptable. */
export function passwordProblem(password: string, userName?: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password is too short (${length} characters): use at least ${MIN_PASSWORD_LENGTH}, e.g. a few unrelated words.`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (userName && password.trim().toLowerCase() === userName.toLowerCase()) {
    return 'The password must not be the user name.';
  }
  if (new Set(password).size < 3) return 'The password repeats one or two characters; choose one that is harder to guess.';
  return null;
}
