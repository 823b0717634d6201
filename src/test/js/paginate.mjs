// Opens EPUBs in epub.js, paginated, inside Debian's headless Chromium, and measures what a reader sees
// on every page of every chapter. It prints one tab-separated line per measurement for the JUnit test
// (press.duet.epub.ReadingSystemTest) to judge; it asserts nothing itself.
//
//   node paginate.mjs OUT_DIR NAME=BOOK.epub ...     (sizes: phone 390x844, tablet 1024x768)
//
// Lines printed:
//   pages    NAME SIZE CHAPTER PAGE_COUNT
//   blank    NAME SIZE CHAPTER PAGE SHARE LAST(0|1) FIGURE_NEXT   the share of the page's text area left
//            blank; the height share of a figure opening the next page (0 if text opens it)
//   column   NAME SIZE CHAPTER NARROWEST_EM              the narrowest paragraph fragment, in ems of its font
//   title    NAME SIZE CHAPTER TITLE_PAGES FIRST_PAIR_PAGE  pages the title's parts fall on; the first pair's
//   pairs    NAME SIZE CHAPTER SIDE_BY_SIDE STACKED ROOM_FOR_TWO(0|1)  bilingual pairs in columns, one above the other
// and saves OUT_DIR/NAME-SIZE.png, the first page of chapter 1.
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const SIZES = { phone: { width: 390, height: 844 }, tablet: { width: 1024, height: 768 } };
const [outDir, ...books] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
});
try {
  for (const argument of books) {
    const [name, file] = argument.split('=');
    const epub = readFileSync(file).toString('base64');
    for (const [sizeName, size] of Object.entries(SIZES)) {
      const page = await browser.newPage();
      await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
      await page.setContent('<!DOCTYPE html><html><body style="margin:0"><div id="viewer"></div></body></html>');
      await page.addScriptTag({ path: require.resolve('jszip/dist/jszip.min.js') });
      await page.addScriptTag({ path: require.resolve('epubjs/dist/epub.min.js') });
      const chapters = await page.evaluate(openBook, epub, size);
      for (let chapter = 1; chapter <= chapters; chapter++) {
        const lines = await page.evaluate(measureChapter, chapter);
        for (const line of lines) {
          console.log([line[0], name, sizeName, chapter, ...line.slice(1)].join('\t'));
        }
        if (chapter === 1) {
          await page.screenshot({ path: `${outDir}/${name}-${sizeName}.png` });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}

/** In the page: opens the book in a paginated rendition of the whole window; returns the chapter count. */
async function openBook(base64, size) {
  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
  const book = ePub(bytes.buffer);
  window.duetBook = book;
  window.duetRendition = book.renderTo('viewer', {
    width: size.width, height: size.height, flow: 'paginated', spread: 'none', allowScriptedContent: false,
  });
  await book.ready;
  window.duetChapters = book.spine.spineItems.filter(item => /text\/ch\d+\.xhtml$/.test(item.href));
  return window.duetChapters.length;
}

/** In the page: shows a chapter and measures its pages. */
async function measureChapter(number) {
  const rendition = window.duetRendition;
  await rendition.display(window.duetChapters[number - 1].href);
  await new Promise(resolve => setTimeout(resolve, 50));
  const contents = rendition.getContents()[0];
  const doc = contents.document;
  await doc.fonts.ready;
  const win = contents.window;
  const delta = rendition.manager.layout.delta;
  const height = doc.documentElement.clientHeight;
  const rootEm = parseFloat(win.getComputedStyle(doc.documentElement).fontSize);
  const pageCount = Math.max(1, Math.round(doc.documentElement.scrollWidth / delta));
  const pageOf = rect => Math.floor((rect.left + rect.width / 2) / delta);
  const fragments = element => [...element.getClientRects()].filter(r => r.width > 0 && r.height > 0);
  const lines = [['pages', pageCount]];

  // The text area: from the leftmost to the rightmost edge any block reaches on its page. Figures and
  // list items are blocks too: a page holding a picture is not blank where the picture is.
  const blocks = [...doc.querySelectorAll(
    'section p, section h2, section h3, section h4, section h5, section figure, section li')];
  let left = Infinity, right = -Infinity;
  for (const block of blocks) {
    for (const r of fragments(block)) {
      const offset = pageOf(r) * delta;
      left = Math.min(left, r.left - offset);
      right = Math.max(right, r.right - offset);
    }
  }

  // Narrowest column: each paragraph fragment's width in ems of its own font.
  let narrowest = Infinity;
  for (const p of doc.querySelectorAll('.pair > p')) {
    const em = parseFloat(win.getComputedStyle(p).fontSize);
    for (const r of fragments(p)) {
      narrowest = Math.min(narrowest, r.width / em);
    }
  }
  lines.push(['column', narrowest.toFixed(2)]);

  // The chapter title: every fragment of the heading and of its spans, and the first pair's first line.
  const title = doc.querySelector('section > h2');
  const titlePages = new Set([title, ...title.querySelectorAll('span')].flatMap(e => fragments(e).map(pageOf)));
  const firstPair = doc.querySelector('.pair > p');
  lines.push(['title', [...titlePages].sort().join(','), firstPair ? pageOf(fragments(firstPair)[0]) : -1]);

  // Side by side or stacked, and whether the text area holds two columns of a readable measure.
  // Judged by the first character of each side: on one line and apart, or one below the other. A pair
  // whose first side is far the longer is laid one above the other on purpose, and is not counted.
  let sideBySide = 0, stacked = 0;
  for (const pair of doc.querySelectorAll('.pair:not(.long-first)')) {
    const ps = pair.querySelectorAll('p');
    if (ps.length !== 2) continue;
    const a = firstCharacter(ps[0]), b = firstCharacter(ps[1]);
    const em = parseFloat(win.getComputedStyle(ps[0]).fontSize);
    if (Math.abs(a.top - b.top) < em && Math.abs(a.left - b.left) > 5 * em) sideBySide++; else stacked++;
  }
  const zhEm = emOf(doc, win, 'p:lang(zh)'), enEm = emOf(doc, win, 'p:lang(en)');
  const roomForTwo = right - left >= 15 * zhEm + 20 * enEm + 1.5 * rootEm ? 1 : 0;
  lines.push(['pairs', sideBySide, stacked, roomForTwo]);

  // Blank share: cells of the text area that no block covers, where gaps between blocks in one column
  // of up to 2.5 root ems (paragraph and pair spacing, a heading's margins) count as covered.
  const cell = 4;
  const columns = Math.ceil((right - left) / cell), rows = Math.ceil(height / cell);
  const grids = Array.from({ length: pageCount }, () => new Uint8Array(columns * rows));
  for (const block of blocks) {
    for (const r of fragments(block)) {
      const pageIndex = pageOf(r);
      if (pageIndex < 0 || pageIndex >= pageCount) continue;
      const offset = pageIndex * delta + left;
      const grid = grids[pageIndex];
      for (let y = Math.max(0, Math.floor(r.top / cell)); y < Math.min(rows, Math.ceil(r.bottom / cell)); y++) {
        for (let x = Math.max(0, Math.floor((r.left - offset) / cell)); x < Math.min(columns, Math.ceil((r.right - offset) / cell)); x++) {
          grid[y * columns + x] = 1;
        }
      }
    }
  }
  // The height share of the figure each page opens with (0 when it opens with text): a figure is kept
  // whole, so the page before it may end early by up to that much.
  const opening = Array.from({ length: pageCount }, () => ({ top: Infinity, figure: 0 }));
  for (const block of blocks) {
    for (const r of fragments(block)) {
      const pageIndex = pageOf(r);
      if (pageIndex < 0 || pageIndex >= pageCount || r.top >= opening[pageIndex].top) continue;
      const figure = block.closest('figure');
      opening[pageIndex] = { top: r.top, figure: figure ? fragments(figure)[0].height / height : 0 };
    }
  }
  const bridge = Math.ceil(2.5 * rootEm / cell);
  grids.forEach((grid, pageIndex) => {
    let blank = 0;
    for (let x = 0; x < columns; x++) {
      let lastCovered = -1;
      for (let y = 0; y < rows; y++) {
        if (grid[y * columns + x]) {
          if (y - lastCovered - 1 > bridge) blank += y - lastCovered - 1;
          lastCovered = y;
        }
      }
      blank += rows - lastCovered - 1;
    }
    const last = pageIndex === pageCount - 1 ? 1 : 0;
    const figureNext = pageIndex + 1 < pageCount ? opening[pageIndex + 1].figure : 0;
    lines.push(['blank', pageIndex + 1, (blank / (columns * rows)).toFixed(3), last, figureNext.toFixed(3)]);
  });
  return lines;

  function firstCharacter(element) {
    const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const range = doc.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 1);
    return range.getClientRects()[0];
  }

  function emOf(document, window, selector) {
    const element = document.querySelector(selector);
    return element ? parseFloat(window.getComputedStyle(element).fontSize) : rootEm;
  }
}
