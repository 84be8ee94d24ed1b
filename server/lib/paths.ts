// Folders the server reads, anchored at the repository root so `npm start`, `tsx` and vitest agree
// whatever the working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_DIR = path.join(REPO_ROOT, 'server');
export const SQL_DIR = path.join(SERVER_DIR, 'sql');
export const MIGRATIONS_DIR = path.join(SQL_DIR, 'migrations');

export const fromRoot = (p: string): string => (path.isAbsolute(p) ? p : path.join(REPO_ROOT, p));
