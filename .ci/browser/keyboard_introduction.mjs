// Keyboard only (issue 8): a facilitator opens the queue of projects that need partners,
// a project, a ranked candidate, writes the personal message and sends the introduction,
// with Tab, Enter, arrow keys and typing only: no clicks, and no element filled by
// selector. Where focus is, is read from `document.activeElement`; at every Tab stop the
// focused element must show it (an outline or a box shadow). The skip link is the first
// stop and moves focus to the main content; a refused form (the message left empty) comes
// back with focus on its error summary, whose link leads to the message.
//
//   node keyboard_introduction.mjs http://127.0.0.1:8080

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || process.env.PFP_BASE_URL || '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node keyboard_introduction.mjs <base URL of a running server>');
  process.exit(2);
}

function must(ok, message) {
  if (!ok) throw new Error(message);
}

const profile = mkdtempSync(join(tmpdir(), 'pfp-keyboard-introduction-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  locale: 'en-US',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage();
let stops = 0;

// Where focus is, and whether it shows.
const focus = () =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { tag: 'body', id: '', text: '', href: '', shown: false, who: '' };
    const s = getComputedStyle(e);
    return {
      tag: e.tagName.toLowerCase(),
      id: e.id,
      text: (e.innerText || e.value || '').trim().slice(0, 160),
      href: e.getAttribute('href') || '',
      shown: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none'),
      who: e.form?.querySelector('input[name="who"]')?.value ?? '',
    };
  });

// Tab until `wanted(focus)`; every stop on the way must show focus.
async function tabUntil(wanted, what) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    stops++;
    const f = await focus();
    if (f.tag !== 'body') must(f.shown, `focus does not show on <${f.tag} id="${f.id}"> "${f.text}"`);
    if (wanted(f)) return f;
  }
  throw new Error(`${what}: not reached with Tab`);
}

async function enterAndWait() {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

const started = Date.now();
try {
  // Sign in as the facilitator with the home page's one-click button.
  await page.goto(`${base}/?lang=en`, { waitUntil: 'load' });
  await tabUntil((f) => f.tag === 'button' && f.who === 'facilitator', 'the demo sign-in of the facilitator');
  await enterAndWait();

  // The header's "Facilitation" link leads to the queue.
  await page.goto(`${base}/?lang=en`, { waitUntil: 'load' });
  await tabUntil((f) => f.tag === 'a' && f.href === '/facilitator', 'the "Facilitation" link');
  await enterAndWait();
  must(new URL(page.url()).pathname === '/facilitator', `not on the queue: ${page.url()}`);

  // The skip link: the first stop, visible, and it moves focus to the main content.
  await page.keyboard.press('Tab');
  stops++;
  const skip = await focus();
  must(skip.href === '#main' && skip.shown, `the first Tab stop is not a visible skip link: ${JSON.stringify(skip)}`);
  await page.keyboard.press('Enter');
  must((await focus()).id === 'main', 'the skip link did not move focus to the main content');

  // The project Mexico owns, then its first candidate that can be introduced.
  await tabUntil((f) => f.tag === 'a' && f.text.includes('unaccompanied migrant children'), 'the project in the queue');
  await enterAndWait();
  must(/\/facilitator\/projects\/\d+$/.test(page.url()), `not on the candidates: ${page.url()}`);
  const candidate = await tabUntil((f) => f.tag === 'a' && f.href.includes('/introduce?organisation='), 'an "Introduce" link');
  await enterAndWait();
  must(page.url().includes('/introduce?organisation='), `not on the introduce form: ${page.url()}`);

  // Sent with an empty message: refused, the summary links to the message.
  await tabUntil((f) => f.tag === 'button' && f.text.includes('Send the introduction'), 'the send button');
  await enterAndWait();
  const refused = await focus();
  must(refused.id === 'error-summary', `the refused form did not focus its error summary (focus on ${refused.tag}#${refused.id})`);
  await tabUntil((f) => f.href === '#message', 'the error summary link to the message');
  await page.keyboard.press('Enter');
  must((await focus()).id === 'message', 'the error summary link did not lead to the message');

  // Back to the role (Shift+Tab), change it with an arrow key, write the message, send.
  const roleBefore = await page.evaluate(() => document.getElementById('role').value);
  for (let i = 0; i < 10 && (await focus()).id !== 'role'; i++) await page.keyboard.press('Shift+Tab');
  must((await focus()).id === 'role', 'Shift+Tab did not reach the role');
  await page.keyboard.press('ArrowDown');
  const roleAfter = await page.evaluate(() => document.getElementById('role').value);
  must(roleAfter !== roleBefore, 'the arrow key did not change the role');
  await tabUntil((f) => f.id === 'message', 'the message');
  await page.keyboard.type('Your training programme fits this project; both sides would gain from meeting.');
  await tabUntil((f) => f.tag === 'button' && f.text.includes('Send the introduction'), 'the send button');
  await enterAndWait();

  must(/\/introductions\/\d+\?done=introduction_sent$/.test(page.url()), `the introduction was not sent: ${page.url()}`);
  const notice = await page.evaluate(() => document.querySelector('.notice')?.textContent ?? '');
  must(notice.trim().length > 0, 'no confirmation that the introduction was sent');
  const state = await page.evaluate(() => document.querySelector('dd strong')?.textContent ?? '');
  must(state.includes('Waiting for answers'), `the introduction is "${state}"`);
  console.log(
    `keyboard: introduction: pass (${candidate.text.replace(/\s+/g, ' ')}; ${stops} Tab stops, focus visible at each, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  await browser.close();
} catch (e) {
  console.error(`keyboard: introduction: FAIL: ${e.message} (at ${page.url()})`);
  await browser.close();
  process.exit(1);
}
