// Prints briefing pages to PDF in headless Chromium (playwright-core, the system's Chromium). One browser process is
// started on the first request (or by warm(), at server start) and kept, and so are the briefing pages themselves: a
// page that has printed one briefing is shown the next one's address with `window.__briefingShow`
// (web/src/briefing/main.tsx) instead of loading again. Loading the page is most of a cold briefing: 1 MB of MapLibre
// to compile, its worker to start, the style, base map and fonts to load and draw; a kept page only fetches the new
// view's figures and redraws its map (0.2–0.8 s here against 1.5–2.2 s; README "Briefing speed").
//
// At most `concurrency` pages render at once (and that many are kept): each draws its map in software (SwiftShader)
// and would otherwise starve the others and the API of CPU. Each page has a browser context (a window) of its own: of
// two tabs in one window, Chromium draws the one behind at a fraction of the frame rate, which made a kept page's
// briefing 3–5 times slower here. A page that failed or timed out is closed, never reused, and each is replaced after
// PAGE_USES briefings so that nothing it accumulates can grow without bound.
import { chromium, errors, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS } from './chromium.ts';
import { Limit, WaitTimeout } from './limit.ts';

/** A4 landscape at CSS 96 dpi (297 × 210 mm), so the page lays out on screen as it prints. */
const VIEWPORT = { width: 1123, height: 794 };
/** Briefings one page prints before it is closed and a new one loaded. */
const PAGE_USES = 100;
/** How often the page's ready flag is looked at, ms: short, as every briefing waits for it. */
const READY_POLL_MS = 20;

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
  /**
   * Starts Chromium and prepares one page on `url` (a briefing.html address), so that the first briefing asked for
   * does not pay for either. Resolves when done; failures are returned, not thrown (the next render tries again).
   */
  warm(url: string): Promise<Error | null>;
  /** Page loads and showings in a kept page since the start (for logs and tests). */
  readonly pages: { loads: number; reuses: number };
  close(): Promise<void>;
}

/** A kept briefing page: which document it has loaded (origin and path), and how many briefings it has printed. */
interface Tab {
  context: BrowserContext;
  page: Page;
  loaded: string | null;
  uses: number;
  /** The page's renderer crashed (or was killed) while the page was kept: it cannot be shown anything. */
  crashed: boolean;
}

interface Started {
  browser: Browser;
  /** Pages free for the next briefing, most recently used last. */
  idle: Tab[];
}

/** Resolves when `promise` settles or `ms` have passed, whichever comes first. */
function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise.then(() => {}, () => {}), new Promise<void>((r) => (timer = setTimeout(r, Math.max(1, ms))))]).finally(() =>
    clearTimeout(timer),
  );
}

/** `promise`, or a TimeoutError once `deadline` has passed (page.evaluate has no timeout of its own). */
function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new errors.TimeoutError('the briefing page did not answer in time')), Math.max(1, deadline - Date.now()));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const documentOf = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

export function createRenderer({ executablePath, concurrency, timeoutMs }: RendererOptions): BriefingRenderer {
  const limit = new Limit(concurrency);
  let browser: Promise<Started> | null = null;
  let closed = false;
  /** The page warm() is preparing: a briefing asked for meanwhile waits for it rather than load another. */
  let warming: Promise<unknown> | null = null;
  const pages = { loads: 0, reuses: 0 };

  const launch = (path: string): Promise<Started> => {
    if (!browser) {
      const launching = chromium
        .launch({ executablePath: path, headless: true, args: CHROMIUM_LAUNCH_ARGS })
        .then((b): Started => ({ browser: b, idle: [] }));
      const current = launching.then(
        (started) => {
          // A crashed or killed browser is launched again by the next request (its pages went with it).
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

  async function takeTab(started: Started, deadline: number, waitForWarm: boolean): Promise<Tab> {
    if (started.idle.length === 0 && warming && waitForWarm) await waitAtMost(warming, deadline - Date.now());
    for (let kept = started.idle.pop(); kept; kept = started.idle.pop()) {
      if (!kept.crashed && !kept.page.isClosed()) return kept;
      void discard(kept);
    }
    const context = await started.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const tab: Tab = { context, page: await context.newPage(), loaded: null, uses: 0, crashed: false };
    tab.page.on('crash', () => (tab.crashed = true));
    return tab;
  }

  const discard = (tab: Tab) => tab.context.close().catch(() => {});

  /** Shows `url` in the page (loading it, or telling a page that has it loaded to show another view) until ready. */
  async function show(tab: Tab, url: string, deadline: number): Promise<void> {
    const left = () => Math.max(1, deadline - Date.now());
    const { page } = tab;
    if (tab.loaded === documentOf(url)) {
      const search = new URL(url).search;
      const shown = await beforeDeadline(
        page.evaluate((s) => {
          if (typeof window.__briefingShow !== 'function') return false;
          window.__briefingShow(s);
          return true;
        }, search),
        deadline,
      );
      if (shown) pages.reuses++;
      else tab.loaded = null;
    }
    if (tab.loaded !== documentOf(url)) {
      tab.loaded = null;
      pages.loads++;
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: left() });
      tab.loaded = documentOf(url);
    }
    await page.waitForFunction(() => window.__briefingReady === true || typeof window.__briefingError === 'string', undefined, {
      timeout: left(),
      polling: READY_POLL_MS,
    });
    const pageError = await beforeDeadline(page.evaluate(() => window.__briefingError ?? null), deadline);
    if (pageError !== null) throw new BriefingRenderError('page', `The briefing page could not be prepared: ${pageError}`);
  }

  /** Runs `work` on a kept (or new) page within the concurrency limit; the page is kept for the next one if it went well. */
  async function withTab<T>(url: string, work: (page: Page) => Promise<T>, { waitForWarm = true } = {}): Promise<T> {
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
    let tab: Tab | null = null;
    try {
      const started = await launch(executablePath);
      tab = await takeTab(started, deadline, waitForWarm);
      await show(tab, url, deadline);
      const result = await work(tab.page);
      tab.uses++;
      if (tab.uses < PAGE_USES && browser && (await browser) === started && !closed) started.idle.push(tab);
      else await discard(tab);
      tab = null;
      return result;
    } catch (error) {
      if (error instanceof errors.TimeoutError) {
        throw new BriefingRenderError('timeout', `The briefing page was not ready within ${timeoutMs / 1000} s.`);
      }
      throw error;
    } finally {
      // A page that failed is in an unknown state: closed, never reused.
      if (tab) await discard(tab);
      release();
    }
  }

  return {
    available: executablePath !== null,
    get pages() {
      return { ...pages };
    },
    render(url) {
      return withTab(url, (page) => page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }));
    },
    async warm(url) {
      if (executablePath === null || closed) return null;
      const done = withTab(url, async () => null, { waitForWarm: false }).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      warming = done;
      const result = await done;
      if (warming === done) warming = null;
      return result;
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
