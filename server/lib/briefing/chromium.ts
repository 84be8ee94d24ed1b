// Which Chromium prints the briefings: the configured one (CHROMIUM_PATH), else one on the PATH, else one in the
// usual install places. Never a downloaded browser (`npx playwright install` needs the internet, which servers
// here do not have): without a Chromium the PDF route answers 503 and the page's own print button remains.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** Launch flags that work with the system Chromium here (shared/RECIPES.md): no sandbox as root, no GPU, and no
 * calls home from a machine without internet. --use-gl=swiftshader would break WebGL: left out. Used by the briefing
 * renderer and by the browser tests alike. */
export const CHROMIUM_LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const USUAL_PLACES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium', '/usr/lib/chromium/chromium'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to use, or null. `configured` (CHROMIUM_PATH) wins when set, and is then the only candidate: a
 * wrong setting should show as "not found", not be silently replaced by another browser.
 */
export function findChromium(configured: string, searchPath: string = process.env.PATH ?? ''): string | null {
  if (configured !== '') return executable(configured) ? configured : null;
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return USUAL_PLACES.find(executable) ?? null;
}
