// `npm run screenshots`: opens a sample article in a real VS Code (code-server + Chromium),
// checks what the page shows, and saves docs/editor.png (highlighted article),
// docs/hover.png (a quote's hover naming its speaker) and, once the extension contributes
// its sources view, docs/sidebar.png, and docs/profile.png (the sourcing-profile panel). Exits non-zero when a check fails; a screenshot
// whose check failed is still written, with `.failed` before `.png`, to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closeBrowser, ensureCodeServer, launchBrowser, openPage, pollUntil, repoRoot, type Session, startCodeServer, workbenchUrl } from './codeServer';

// Browser globals used only inside page.evaluate() callbacks, which run in Chromium. The
// project's tsconfig has no DOM lib (and should not get one), so declare the little used here,
// module-local.
interface DomElement {
  innerText: string;
  offsetParent: unknown;
  parentElement: DomElement | null;
  classList: { contains(name: string): boolean };
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
}
interface DomText {
  nodeValue: string | null;
  parentElement: DomElement | null;
}
declare const document: {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  createTreeWalker(root: DomElement, show: number): { nextNode(): DomText | null };
  createRange(): {
    setStart(node: DomText, offset: number): void;
    setEnd(node: DomText, offset: number): void;
    getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  };
};
declare const NodeFilter: { SHOW_TEXT: number };
declare function getComputedStyle(element: DomElement): { color: string; opacity: string };

const WIDTH = 1400;
const HEIGHT = 900;
/** The article shown, the quote hovered and the speaker its hover must name. */
const ARTICLE = process.env.NA_SHOT_ARTICLE ?? '000_149395d38a820d69.txt';
const QUOTE = process.env.NA_SHOT_QUOTE ?? 'We are waiting for you';
const SPEAKER = process.env.NA_SHOT_SPEAKER ?? 'Putin';
/** A plain word of the same article, to compare its colour with the quote's. */
const PLAIN = process.env.NA_SHOT_PLAIN ?? 'videoconference';
const docsDir = join(repoRoot, 'docs');
const started = Date.now();
const failures: string[] = [];

function log(line: string): void {
  console.log(`[screenshots ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);
}

/** Viewport box and computed colour of the first rendered occurrence of `needle` in the editor. */
async function findText(page: Page, needle: string): Promise<{ x: number; y: number; width: number; height: number; color: string } | undefined> {
  return page.evaluate((text) => {
    const lines = document.querySelector('.editor-instance .view-lines') ?? document.querySelector('.monaco-editor .view-lines');
    if (!lines) return undefined;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      const at = value.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(text.length, 6));
      const r = range.getBoundingClientRect();
      const color = node.parentElement ? getComputedStyle(node.parentElement).color : '';
      return { x: r.x, y: r.y, width: r.width, height: r.height, color };
    }
    return undefined;
  }, needle);
}

async function hoverText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const hovers = [...document.querySelectorAll('.monaco-hover')].filter((h) => !h.classList.contains('hidden') && h.offsetParent !== null);
    const text = hovers.map((h) => h.innerText).join('\n').trim();
    return text || undefined;
  });
}

/** The visible hover's effective opacity (its own times its ancestors'); 1 once drawn. */
async function hoverOpacity(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hover = [...document.querySelectorAll('.monaco-hover')].find((h) => !h.classList.contains('hidden') && h.offsetParent !== null);
    let opacity = hover ? 1 : 0;
    for (let e: DomElement | null = hover ?? null; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity || '1');
    return opacity;
  });
}

async function check(name: string, ok: boolean, detail: string): Promise<void> {
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  if (!ok) failures.push(`${name}: ${detail}`);
}

async function shoot(page: Page, file: string, ok: boolean): Promise<void> {
  const path = join(docsDir, ok ? file : file.replace(/\.png$/, '.failed.png'));
  await page.screenshot({ path });
  // The screenshots ship inside the .vsix (the README shows them on the extension's page), so
  // keep them small: quantise to a palette when Debian's pngquant is installed.
  const quantised = spawnSync('pngquant', ['--quality', '60-85', '--speed', '1', '--force', '--output', path, path]);
  log(`saved ${path}${quantised.status === 0 ? ' (quantised)' : ''}`);
}

async function openArticle(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view, .monaco-workbench .part.sidebar', { timeout: 60_000 });
  // Quick Open is the reliable way to open a file from outside the workbench.
  await pollUntil('Quick Open to show the article', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 3000 });
    await page.keyboard.type(ARTICLE);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${ARTICLE}"]`, { timeout: 5000 });
    return true;
  }, 60_000, 500);
  await page.keyboard.press('Enter');
  await pollUntil(`the editor to show "${QUOTE}"`, () => findText(page, QUOTE), 30_000);
}

async function screenshotEditorAndHover(page: Page): Promise<void> {
  // Semantic tokens arrive after activation: wait until the quote is coloured unlike plain text.
  const colours = await pollUntil(
    'the quote to be highlighted (semantic tokens)',
    async () => {
      const quote = await findText(page, QUOTE);
      const plain = await findText(page, PLAIN);
      return quote && plain && quote.color !== plain.color ? { quote: quote.color, plain: plain.color } : undefined;
    },
    60_000,
    500,
  ).catch((err: Error) => {
    void check('highlight', false, err.message);
    return undefined;
  });
  if (colours) await check('highlight', true, `quote ${colours.quote} vs plain text ${colours.plain}`);

  // Hover the quote until the hover shows; moving the mouse off and back re-triggers it.
  let text: string | undefined;
  try {
    text = await pollUntil(
      `a hover naming ${SPEAKER}`,
      async () => {
        const box = await findText(page, QUOTE);
        if (!box) return undefined;
        await page.mouse.move(5, HEIGHT - 5);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
        const t = await pollUntil('hover', () => hoverText(page), 3000, 150).catch(() => undefined);
        return t && t.includes(SPEAKER) ? t : undefined;
      },
      60_000,
      500,
    );
  } catch (err) {
    text = await hoverText(page);
    await check('hover', false, `${(err as Error).message}; hover showed: ${JSON.stringify(text ?? '')}`);
  }
  if (text !== undefined && text.includes(SPEAKER)) await check('hover', true, JSON.stringify(text.split('\n').slice(0, 3).join(' / ')));
  await pollUntil('the hover to be fully drawn', async () => ((await hoverOpacity(page)) >= 0.999 ? true : undefined), 5000, 100).catch((err: Error) =>
    check('hover opacity', false, err.message),
  );
  await shoot(page, 'hover.png', text?.includes(SPEAKER) === true);

  // The plain editor shot: no hover, the cursor away from the text.
  await page.mouse.move(WIDTH - 5, HEIGHT - 5);
  await page.keyboard.press('Escape');
  await pollUntil('the hover to close', async () => ((await hoverText(page)) === undefined ? true : undefined), 10_000).catch(() => undefined);
  await shoot(page, 'editor.png', colours !== undefined);
}

/** The contributed views of the extension, if any (the sources tree comes later). */
function contributedViews(): { container: string; title: string; views: string[] } | undefined {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes?: { viewsContainers?: { activitybar?: { id: string; title: string }[] }; views?: Record<string, { id: string; name: string }[]> };
  };
  for (const c of pkg.contributes?.viewsContainers?.activitybar ?? []) {
    const views = pkg.contributes?.views?.[c.id] ?? [];
    if (views.length > 0) return { container: c.id, title: c.title, views: views.map((v) => v.name) };
  }
  return undefined;
}

async function screenshotSidebar(page: Page): Promise<void> {
  const contributed = contributedViews();
  if (!contributed) {
    log('the extension contributes no activity-bar view yet (sources view): docs/sidebar.png not taken');
    return;
  }
  const item = page.locator(`.activitybar .action-item a[aria-label^="${contributed.title}"], .activitybar .action-item[aria-label^="${contributed.title}"]`).first();
  await item.click({ timeout: 15_000 });
  const firstView = contributed.views[0];
  // The view must list the article's speaker (the tree's rows carry their labels as text).
  const shown = await pollUntil(
    `the "${firstView}" view to list ${SPEAKER}`,
    () =>
      page.evaluate(
        ([name, speaker]) => {
          const panes = [...document.querySelectorAll('.part.sidebar .pane')];
          const pane = panes.find((p) => p.querySelector('.pane-header')?.innerText.toUpperCase().includes(name.toUpperCase()));
          const rows = pane ? [...pane.querySelectorAll('.monaco-list-row')].map((r) => r.innerText) : [];
          return rows.some((r) => r.includes(speaker)) ? rows.length : undefined;
        },
        [firstView, SPEAKER] as const,
      ),
    30_000,
    500,
  ).catch(() => undefined);
  await check('sidebar', shown !== undefined, shown !== undefined ? `"${firstView}" shows ${shown} rows, one naming ${SPEAKER}` : `"${firstView}" does not list ${SPEAKER}`);
  // Widen the side bar so labels are not cut, then move the mouse and focus off it (no
  // tooltip, no focus outline) before the shot.
  const bar = await page.locator('.part.sidebar').boundingBox();
  if (bar) {
    const edge = bar.x + bar.width;
    await page.mouse.move(edge - 1, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge + 120, bar.y + bar.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  await page.mouse.move(WIDTH - 5, HEIGHT - 5);
  await page.keyboard.press('Control+1');
  await pollUntil('the activity bar tooltip to close', async () => ((await page.locator('.monaco-hover:visible, .workbench-hover:visible').count()) === 0 ? true : undefined), 5000, 100).catch(() => undefined);
  await shoot(page, 'sidebar.png', shown !== undefined);
}

/** The sourcing-profile webview for the whole workspace, opened from the Command Palette. */
async function screenshotProfile(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 15_000 });
  await page.keyboard.type('News Annotator: Show Sourcing Profile');
  await pollUntil('the command to be listed', async () => ((await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Sourcing Profile' }).count()) > 0 ? true : undefined), 15_000, 200);
  await page.keyboard.press('Enter');
  // Scope pick: the whole workspace shows how outlets differ.
  await pollUntil('the scope pick', async () => ((await page.locator('.quick-input-list .monaco-list-row').count()) >= 2 ? true : undefined), 15_000, 200);
  await page.keyboard.type('Whole workspace');
  await page.keyboard.press('Enter');
  // A webview lives in nested iframes; read their text until the profile names the speaker.
  const shown = await pollUntil(
    `the profile to name ${SPEAKER}`,
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const text = await frame.evaluate(() => document.querySelector('body')?.innerText ?? '').catch(() => '');
        if (text.includes('Top speakers') && text.includes(SPEAKER)) return text.length;
      }
      return undefined;
    },
    30_000,
    500,
  ).catch(() => undefined);
  await check('profile', shown !== undefined, shown !== undefined ? `the profile panel names ${SPEAKER}` : `the profile panel does not name ${SPEAKER}`);
  await page.mouse.move(WIDTH - 5, HEIGHT - 5);
  await shoot(page, 'profile.png', shown !== undefined);
}

async function main(): Promise<number> {
  let session: Session | undefined;
  let browser: Browser | undefined;
  try {
    log('building bundles');
    if (spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
    mkdirSync(docsDir, { recursive: true });
    session = await startCodeServer(ensureCodeServer(log), log);
    browser = await launchBrowser(WIDTH, HEIGHT);
    const url = workbenchUrl({ port: session.port, folder: session.workspace, extensionDevelopmentPath: repoRoot });
    const page = await openPage(browser, url, log, WIDTH, HEIGHT);
    await openArticle(page);
    await screenshotEditorAndHover(page);
    await screenshotSidebar(page);
    await screenshotProfile(page);
  } catch (err) {
    failures.push(err instanceof Error ? err.message : String(err));
    log(`FAIL ${failures[failures.length - 1]}`);
  } finally {
    await closeBrowser(browser);
    await session?.dispose();
  }
  log(failures.length === 0 ? 'all checks passed' : `${failures.length} check(s) failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
