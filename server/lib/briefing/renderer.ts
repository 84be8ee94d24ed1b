// Prints briefing pages to PDF in headless Chromium (playwright-core, the system's Chromium). One browser process
// and one browser context are started on the first request and kept: a launch costs about a second, and a kept
// context keeps its HTTP cache and compiled scripts (MapLibre alone is 1 MB of JS), so later briefings do not load
// and compile the page again. Each PDF gets its own page (tab), closed after. At most `concurrency` pages render at
// once: each draws its map in software (SwiftShader) and would otherwise starve the others and the API of CPU.
import { chromium, errors, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS } from './chromium.ts';
import { Limit, WaitTimeout } from './limit.ts';

/** A4 landscape at CSS 96 dpi (297 × 210 mm), so the page lays out on screen as it prints. */
const VIEWPORT = { width: 1123, height: 794 };

export type RenderFailure = 'no-browser' | 'busy' | 'timeout' | 'page';

export class BriefingRenderError extends Error {
  override readonly name = 'BriefingRenderError';
  constructor(readonly reason: RenderFailure, message: string) {
    super(message);
  }
}

export interface RendererOptions {
  /** The Chromium to launch; null = none on this machine. */
  executablePath: string | null;
  concurrency: number;
  /** Longest one PDF may take, waiting for a free place included. */
  timeoutMs: number;
}

export interface BriefingRenderer {
  readonly available: boolean;
  /** The PDF of the page at `url` (a briefing.html address), once the page says it is ready. */
  render(url: string): Promise<Buffer>;
  close(): Promise<void>;
}

export function createRenderer({ executablePath, concurrency, timeoutMs }: RendererOptions): BriefingRenderer {
  const limit = new Limit(concurrency);
  let browser: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  let closed = false;

  const launch = (path: string): Promise<{ browser: Browser; context: BrowserContext }> => {
    if (!browser) {
      const launching = chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_LAUNCH_ARGS }).then(async (b) => ({
        browser: b,
        context: await b.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 }),
      }));
      const current = launching.then(
        (started) => {
          // A crashed or killed browser is launched again by the next request.
          started.browser.on('disconnected', () => {
            if (browser === current) browser = null;
          });
          return started;
        },
        (error: unknown) => {
          if (browser === current) browser = null;
          throw new BriefingRenderError('no-browser', `Chromium at ${path} could not be started: ${(error as Error).message}`);
        },
      );
      browser = current;
    }
    return browser;
  };

  async function renderWith(path: string, url: string, deadline: number): Promise<Buffer> {
    const left = () => Math.max(1, deadline - Date.now());
    const page = await (await launch(path)).context.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: left() });
      await page.waitForFunction(() => window.__briefingReady === true || typeof window.__briefingError === 'string', undefined, {
        timeout: left(),
        polling: 100,
      });
      const pageError = await page.evaluate(() => window.__briefingError ?? null);
      if (pageError !== null) throw new BriefingRenderError('page', `The briefing page could not be prepared: ${pageError}`);
      return await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.close().catch(() => {});
    }
  }

  return {
    available: executablePath !== null,
    async render(url) {
      if (executablePath === null || closed) {
        throw new BriefingRenderError('no-browser', 'No Chromium is installed on the server, so it cannot print PDFs.');
      }
      const deadline = Date.now() + timeoutMs;
      let release: () => void;
      try {
        release = await limit.acquire(timeoutMs);
      } catch (error) {
        if (error instanceof WaitTimeout) {
          throw new BriefingRenderError('busy', `The server is printing other briefings and had no free place within ${timeoutMs / 1000} s.`);
        }
        throw error;
      }
      try {
        return await renderWith(executablePath, url, deadline);
      } catch (error) {
        if (error instanceof errors.TimeoutError) {
          throw new BriefingRenderError('timeout', `The briefing page was not ready within ${timeoutMs / 1000} s.`);
        }
        throw error;
      } finally {
        release();
      }
    },
    async close() {
      closed = true;
      const running = browser;
      browser = null;
      const started = await running?.catch(() => null);
      await started?.browser.close().catch(() => {});
    },
  };
}
