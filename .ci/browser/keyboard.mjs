// Keyboard-only journeys in headless Chromium (issue 8): a person who cannot use a mouse
// completes the task with Tab, Shift+Tab, Space, Enter, arrow keys and typing into the
// focused control. No clicks, and no `fill` of an element found by selector: the test
// finds its way by tabbing and reads `document.activeElement` to know where it is.
//
// At every stop it checks that focus is visible (an outline or a box shadow on the
// focused element). It also checks the skip link, and that a refused form puts focus on
// its error summary.
//
//   node keyboard.mjs http://127.0.0.1:8080
//
// A journey is one async function of `(k)` (the keyboard helper below) in FLOWS; another
// engineer's journey (an introduction) is one more function and one more line there.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || process.env.PFP_BASE_URL || '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node keyboard.mjs <base URL of a running server>');
  process.exit(2);
}

class Failure extends Error {}
function check(ok, message) {
  if (!ok) throw new Failure(message);
}

// What a journey may do: press keys, type into the focused element, and look.
class Keyboard {
  constructor(page) {
    this.page = page;
    this.stops = 0;
  }

  async goto(path) {
    // Typing an address is what a keyboard user does too.
    const res = await this.page.goto(base + path, { waitUntil: 'load' });
    return res.status();
  }

  // The focused element: tag, id, name, value, type, text, and whether focus shows.
  async focused() {
    return this.page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return { tag: 'body', id: '', visible: false, text: '' };
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
            return {
        tag: e.tagName.toLowerCase(),
        id: e.id,
        name: e.getAttribute('name') || '',
        value: e.value ?? '',
        type: e.getAttribute('type') || '',
        href: e.getAttribute('href') || '',
        text: (e.innerText || e.textContent || '').trim().slice(0, 120),
        visible: outline || shadow,
        who: e.form?.querySelector('input[name="who"]')?.value ?? '',
      };
    });
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  // Types into whatever has focus.
  async type(text) {
    await this.page.keyboard.type(text);
  }

  // Presses Tab (or Shift+Tab) until `want(focused)` holds; every stop must show focus.
  async tabTo(want, what, { back = false, max = 400 } = {}) {
    for (let i = 0; i < max; i++) {
      await this.press(back ? 'Shift+Tab' : 'Tab');
      this.stops++;
      const f = await this.focused();
      // Past the last control focus leaves the document for a moment, then wraps around.
      if (f.tag !== 'body') check(f.visible, `focus is not visible on <${f.tag} id="${f.id}"> "${f.text}"`);
      if (want(f)) return f;
    }
    throw new Failure(`${what} not reached with ${back ? 'Shift+Tab' : 'Tab'}`);
  }

  // Presses a key that loads another page, and waits for it.
  async pressAndWait(key) {
    await Promise.all([this.page.waitForNavigation({ waitUntil: 'load' }), this.press(key)]);
    return this.page.url();
  }
}

const byId = (id) => (f) => f.id === id;
const byText = (text) => (f) => f.text.includes(text);

// Signs in with the home page's one-click demo button, by keyboard.
async function signInAs(k, who) {
  await k.goto('/?lang=en');
  await k.tabTo((f) => f.tag === 'button' && f.who === who, `the one-click sign-in button of ${who}`);
  await k.pressAndWait('Enter');
}

// The skip link: first stop on a page, visible when focused, and it moves focus to main.
async function checkSkipLink(k, path) {
  await k.goto(path);
  await k.press('Tab');
  const f = await k.focused();
  check(f.tag === 'a' && f.href === '#main', `the first Tab stop on ${path} is not the skip link: ${JSON.stringify(f)}`);
  check(f.visible, 'the skip link is not visibly focused');
  await k.press('Enter');
  const after = await k.focused();
  check(after.id === 'main', `the skip link did not move focus to the main content (${after.tag}#${after.id})`);
}

// A delegate proposes a project: refused first (error summary focused), then fixed, the
// duplicate check, and submitted.
async function proposal(k) {
  await signInAs(k, 'mx-delegate');
  await checkSkipLink(k, '/?lang=en');

  // Header: "My projects", then "Propose a project".
  await k.goto('/?lang=en');
  await k.tabTo(byText('My projects'), 'the "My projects" link');
  await k.pressAndWait('Enter');
  await k.tabTo(byText('Propose a project'), 'the "Propose a project" link');
  await k.pressAndWait('Enter');
  check(k.page.url().includes('/projects/new'), `not on the proposal form: ${k.page.url()}`);

  // An incomplete proposal: a title only, then Enter (the form's first button, Continue).
  await k.tabTo(byId('title'), 'the title');
  await k.type('Return and reintegration desks in consulates');
  await k.pressAndWait('Enter');
  let f = await k.focused();
  check(f.id === 'error-summary', `the refused form did not focus its error summary (focus on ${f.tag}#${f.id})`);
  check(f.text.includes('Enter a summary'), `the error summary does not list the summary: ${f.text}`);

  // The summary's first link leads to the summary field.
  f = await k.tabTo((x) => x.href === '#summary', 'the error summary link to the summary');
  await k.press('Enter');
  f = await k.focused();
  if (f.id !== 'summary') f = await k.tabTo(byId('summary'), 'the summary field');
  await k.type('Desks in consulates that prepare the return of migrants and their reintegration at home.');

  await k.tabTo(byId('objectives'), 'the objectives');
  await k.type('Prepare returns.');
  await k.tabTo(byId('expected_results'), 'the expected results');
  await k.type('Desks open in ten consulates.');
  await k.tabTo(byId('theme-return_reintegration'), 'the theme "Return and reintegration"');
  await k.press('Space');
  await k.tabTo(byId('countries'), 'the countries');
  // Typing in a focused list box selects the option that starts with what is typed.
  await k.type('Mexico');
  await k.tabTo(byId('need_kind_0'), 'the first need');
  await k.press('ArrowDown'); // the first kind of need
  await k.tabTo(byId('starts_on'), 'the start date');
  await k.type('03012027'); // en-US date field: month, day, year
  await k.tabTo(byId('ends_on'), 'the end date');
  await k.type('02282029');
  f = await k.tabTo((x) => x.tag === 'button' && x.value === 'continue', 'the Continue button');
  await k.pressAndWait('Space');

  // The duplicate check, then submit.
  check(/\/projects\/\d+\/check$/.test(k.page.url()), `the proposal was not accepted: ${k.page.url()} ${await errorsOnPage(k)}`);
  await k.tabTo(byText('Submit for review'), 'the "Submit for review" button');
  await k.pressAndWait('Enter');
  check(/\/projects\/\d+$/.test(k.page.url()), `not on the project page after submitting: ${k.page.url()}`);
  const h1 = await k.page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
  check(h1.includes('Return and reintegration desks'), `the project page shows "${h1}"`);
  const status = await k.page.evaluate(() => document.querySelector('.badge.status')?.textContent ?? '');
  check(status.includes('Submitted'), `the project is "${status}", not submitted`);
}

async function errorsOnPage(k) {
  return k.page.evaluate(() => document.querySelector('.error-summary')?.innerText ?? '');
}

// The journeys: [name, function]. One line per journey.
const FLOWS = [
  ['proposal', proposal],
];

const profile = mkdtempSync(join(tmpdir(), 'pfp-keyboard-'));
let failed = 0;
for (const [name, flow] of FLOWS) {
  const context = await chromium.launchPersistentContext(join(profile, name), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
  });
  const page = await context.newPage();
  const k = new Keyboard(page);
  const started = Date.now();
  try {
    await flow(k);
    console.log(`keyboard: ${name}: pass (${k.stops} Tab stops, focus visible at each, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`keyboard: ${name}: FAIL: ${e.message}`);
    const shot = join(profile, `${name}-failure.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    console.log(`  at ${page.url()}; screenshot: ${shot}`);
  } finally {
    await context.close();
  }
}
console.log(`keyboard journeys: ${FLOWS.length - failed} of ${FLOWS.length} passed`);
process.exit(failed ? 1 : 0);
