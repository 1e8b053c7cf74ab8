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
  check(/\/projects\/\d+(\?done=submitted)?$/.test(k.page.url()), `not on the project page after submitting: ${k.page.url()}`);
  check((await k.page.textContent('.notice'))?.trim().length > 0, 'no confirmation after submitting');
  const h1 = await k.page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
  check(h1.includes('Return and reintegration desks'), `the project page shows "${h1}"`);
  const status = await k.page.evaluate(() => document.querySelector('.badge.status')?.textContent ?? '');
  check(status.includes('Submitted'), `the project is "${status}", not submitted`);
}

async function errorsOnPage(k) {
  return k.page.evaluate(() => document.querySelector('.error-summary')?.innerText ?? '');
}

// A contact point without an account (the Netherlands' role mailbox) answers an introduction from
// its mail: the message (the development mailbox's HTML view stands in for a mail
// program), its Accept button, then the account's three fields, refused once (a short
// password: focus on the error summary), then accepted and signed in.
async function acceptFromEmail(k) {
  // Set-up, not part of the journey: the facilitator introduces the Netherlands to
  // Mexico's project (the browser checks may have done so already: then it is open).
  await signInAs(k, 'facilitator');
  const get = async (path) => (await k.page.request.get(base + path)).json();
  const projects = (await get('/api/v1/projects')).items;
  const project = projects.find((p) => /unaccompanied/i.test(p.title));
  check(project, 'the child-protection project is in the demo data');
  let nl = null;
  for (const p of projects) nl ??= (await get(`/api/v1/projects/${p.id}`)).partners.find((x) => x.code === 'NL')?.id ?? null;
  check(nl, 'the Netherlands is in the demo data');
  await k.goto(`/facilitator/projects/${project.id}/introduce?organisation=${nl}&lang=en`);
  const csrf = await k.page.evaluate(() => document.querySelector('input[name="csrf_token"]')?.value ?? '');
  const sent = await k.page.request.post(`${base}/facilitator/projects/${project.id}/introduce`, {
    form: { csrf_token: csrf, organisation: String(nl), role: 'technical_support', message: 'The Netherlands funds case-worker training in the region.' },
    maxRedirects: 0,
  });
  check([303, 409, 422].includes(sent.status()), `the introduction was not sent (${sent.status()})`);
  await k.page.context().clearCookies();

  // The mail, in the development mailbox (the worker writes it within seconds).
  let href = '';
  for (let i = 0; i < 40 && !href; i++) {
    await k.goto('/dev/mailbox?lang=en');
    href = await k.page.evaluate(() => {
      const row = [...document.querySelectorAll('tbody tr')].find((r) => r.textContent.includes('migration-development@minbuza.example.org'));
      return row?.querySelector('a')?.getAttribute('href') ?? '';
    });
    if (!href) await k.page.waitForTimeout(250);
  }
  check(href, 'the introduction reached the Netherlands\' mailbox');
  await k.tabTo((f) => f.href === href, 'the message in the mailbox');
  await k.pressAndWait('Enter');
  await k.tabTo((f) => f.href.endsWith('/html'), 'the message as its reader sees it');
  await k.pressAndWait('Enter');
  await k.tabTo((f) => f.href.includes('/reply/') && f.href.includes('answer=accept'), 'the Accept button in the mail');
  await k.pressAndWait('Enter');
  check(k.page.url().includes('/reply/'), `the link did not open the introduction: ${k.page.url()}`);

  // The account's three fields; a short password first.
  await k.tabTo(byId('name'), 'the name');
  await k.type('Leila Haddad');
  await k.tabTo(byId('password'), 'the password');
  await k.type('short');
  await k.pressAndWait('Enter');
  let f = await k.focused();
  check(f.id === 'error-summary', `the refused form did not focus its error summary (focus on ${f.tag}#${f.id})`);
  f = await k.tabTo((x) => x.href === '#password', 'the error summary link to the password');
  await k.press('Enter');
  f = await k.focused();
  if (f.id !== 'password') f = await k.tabTo(byId('password'), 'the password');
  await k.type('a long enough passphrase');
  await k.tabTo((x) => x.tag === 'button' && x.text.includes('Accept and create my account'), 'the accept button');
  await k.pressAndWait('Enter');
  check(/\/introductions\/\d+/.test(k.page.url()), `not on the introduction after accepting: ${k.page.url()} ${await errorsOnPage(k)}`);
  const notice = await k.page.evaluate(() => document.querySelector('.notice')?.textContent ?? '');
  check(/account is ready/.test(notice), `no confirmation after accepting: "${notice}"`);
}

// The journeys: [name, function]. One line per journey.
const FLOWS = [
  ['proposal', proposal],
  ['accept an introduction from its mail', acceptFromEmail],
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
