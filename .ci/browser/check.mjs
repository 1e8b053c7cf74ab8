// Browser checks of every page type in six languages, for every session (signed out, and
// later each role): axe-core (WCAG 2.2 AA tags) in headless Chromium, then the Nu HTML
// Checker on the raw HTML the server sent, in one JVM for all pages.
//
//   node check.mjs http://127.0.0.1:8080
//
// Exit 0 only if there is no axe violation, no Nu error and every page answered the status
// it should. .ci/browser/run.sh builds and starts the app, then runs this.
//
// Adding a page: one line in pageTypes(). Adding a signed-in role: one line in SESSIONS.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import vnuJar from 'vnu-jar';
import { proposalPages } from './fixtures.mjs';
import { brokeringPages } from './brokering.mjs';

const LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const RTL = new Set(['ar']);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CONCURRENCY = 2; // the machine has 2 cores; the server and Chromium share them

const base = (process.argv[2] || process.env.PFP_BASE_URL || '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node check.mjs <base URL of a running server>, e.g. http://127.0.0.1:8080');
  process.exit(2);
}

// Who browses. `signIn(context, base)` leaves the browser context signed in (cookies);
// null for signed out. A role, once sign-in exists, is one more line here, e.g.
//   { name: 'government', signIn: (ctx, base) => signInAs(ctx, base, 'gov@example.org') },
const SESSIONS = [
  { name: 'signed out', signIn: null },
  ...['observer', 'iom-member', 'mx-delegate', 'facilitator', 'reviewer', 'administrator'].map((who) => ({
    name: who,
    signIn: (ctx, base) => demoSignIn(ctx, base, who),
  })),
];

// One click on the home page's demo sign-in button for `who` (demo mode).
async function demoSignIn(context, base, who) {
  const page = await context.newPage();
  await page.goto(`${base}/?lang=en`);
  await page.locator(`form[action="/demo/sign-in"]:has(input[name="who"][value="${who}"]) button`).click();
  await page.waitForLoadState('load');
  const account = await page.goto(`${base}/account`);
  if (account.status() !== 200) throw new Error(`demo sign-in as ${who} failed: /account answered ${account.status()}`);
  await page.close();
}

async function getJson(path) {
  const res = await fetch(base + path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}

// Real ids from the JSON API: a project (one with an owner if there is one, so the
// project and organisation pages show the most), and an organisation of that project.
async function discoverIds() {
  const list = await getJson('/api/v1/projects');
  if (!list.items?.length) throw new Error('/api/v1/projects lists no project: no demo data?');
  let project = null;
  for (const item of list.items) {
    const p = await getJson(`/api/v1/projects/${item.id}`);
    if (!project || (p.owners?.length && !project.owners?.length)) project = p;
    if (project.owners?.length) break;
  }
  const org = project.owners?.[0] ?? project.partners?.[0];
  if (!org) throw new Error(`project ${project.id} has neither owner nor partner`);
  return { projectId: project.id, organisationId: org.id };
}

async function statusOf(path) {
  const res = await fetch(base + path, { redirect: 'manual' });
  await res.arrayBuffer();
  return res.status;
}

// The value of cookie `name` among a fetch response's Set-Cookie headers.
function cookieOf(res, name) {
  for (const c of res.headers.getSetCookie()) if (c.startsWith(`${name}=`)) return c.slice(name.length + 1).split(';')[0];
  return null;
}

// A resource page to check: the first one the library lists or, in an empty library
// (the demo data holds no resource), a link resource the demo facilitator adds through
// the library's form (url-encoded, as a link needs no upload).
async function discoverResource() {
  const list = await (await fetch(`${base}/resources?lang=en`)).text();
  const found = list.match(/href="\/resources\/(\d+)"/);
  if (found) return found[1];
  const home = await fetch(`${base}/?lang=en`);
  const pre = cookieOf(home, 'pfp_csrf');
  const token = (await home.text()).match(/name="csrf_token" value="([0-9a-f]+)"/)?.[1];
  const signIn = await fetch(`${base}/demo/sign-in`, {
    method: 'POST', redirect: 'manual', headers: { cookie: `pfp_csrf=${pre}` },
    body: new URLSearchParams({ csrf_token: token, who: 'facilitator' }),
  });
  const session = cookieOf(signIn, 'pfp_session');
  if (!session) throw new Error('demo sign-in as facilitator failed: no resource page to check');
  const cookie = `pfp_session=${session}`;
  const form = await (await fetch(`${base}/resources/new?lang=en`, { headers: { cookie } })).text();
  const csrf = form.match(/name="csrf_token" value="([0-9a-f]+)"/)?.[1];
  const added = await fetch(`${base}/resources/new`, {
    method: 'POST', redirect: 'manual', headers: { cookie },
    body: new URLSearchParams([['csrf_token', csrf], ['title', 'Migration profile of the Republic of Moldova'],
      ['description', 'An extended migration profile used as a policy tool.'], ['kind', 'migration_profile'],
      ['lang', 'en'], ['countries', 'MD'], ['url', 'https://www.example.org/migration-profile']]),
  });
  const id = added.headers.get('location')?.match(/^\/resources\/(\d+)$/)?.[1];
  if (!id) throw new Error(`adding a resource answered ${added.status}`);
  return id;
}

// Page types: [name, path, expected status]. One line each.
async function pageTypes() {
  const { projectId, organisationId } = await discoverIds();
  const resourceId = await discoverResource();
  const pages = [
    ['home', '/', 200],
    ['projects', '/projects', 200],
    ['projects filtered', '/projects?stage=design&theme=migration_profiles', 200],
    ['project', `/projects/${projectId}`, 200],
    ['organisations', '/organisations', 200],
    ['organisations filtered', '/organisations?kind=regional_process', 200],
    ['organisation', `/organisations/${organisationId}`, 200],
    // Contact points (issue 13): the list with the add form, for those who keep them.
    ['organisation contacts (facilitator)', `/organisations/${organisationId}/contacts`, 200, 'facilitator'],
    ['organisation contacts (administrator)', `/organisations/${organisationId}/contacts`, 200, 'administrator'],
    ['themes', '/themes', 200],
    ['theme', '/themes/children', 200],
    ['about', '/about', 200],
    ['not found (404)', '/projects/999999', 404],
    ['bad request (400)', '/projects?page=abc', 400],
    ['sign in', '/login', 200, 'signed out'],
    ['account', '/account', 200, 'signed in'],
    ['register', '/register', 200, 'signed out'],
    ['forgot password', '/password/forgot', 200, 'signed out'],
    ['mailed link not valid (404)', `/join/${'0'.repeat(64)}`, 404, 'signed out'],
    ['invite (facilitator)', '/invitations/new', 200, 'facilitator'],
    // Matching (issue 6): an organisation's dashboard and profile form, for its members
    // and delegates.
    ['my organisation (member)', '/my/organisation', 200, 'iom-member'],
    ['my organisation (delegate)', '/my/organisation', 200, 'mx-delegate'],
    ['organisation profile form', '/my/organisation/profile', 200, 'iom-member'],
    ['invite (administrator)', '/invitations/new', 200, 'administrator'],
    // The administration, as the administrator (the fresh database's person 1 is the
    // first demo account).
    ['administration', '/admin', 200, 'administrator'],
    ['admin: people', '/admin/people?active=yes', 200, 'administrator'],
    ['admin: person', '/admin/people/1', 200, 'administrator'],
    ['admin: organisations', '/admin/organisations', 200, 'administrator'],
    ['admin: new organisation', '/admin/organisations/new', 200, 'administrator'],
    ['admin: edit organisation', `/admin/organisations/${organisationId}/edit`, 200, 'administrator'],
    ['admin: merge organisation', `/admin/organisations/${organisationId}/merge`, 200, 'administrator'],
    ['admin: audit log', '/admin/audit', 200, 'administrator'],
    ['admin: audit log refused filter (400)', '/admin/audit?from=2026-12-01&to=2026-11-01', 400, 'administrator'],
    ['admin: mail', '/admin/mail', 200, 'administrator'],
    // Progress (issue 5): the managers' page of the project Mexico owns, the follow-up
    // list, the GFMD recommendations.
    ['project: manage', `/projects/${projectId}/manage`, 200, 'mx-delegate'],
    ['project: manage, partner search', `/projects/${projectId}/manage?q=philippines`, 200, 'mx-delegate'],
    ['follow-up (delegate)', '/follow-up', 200, 'mx-delegate'],
    ['follow-up (facilitator)', '/follow-up', 200, 'facilitator'],
    ['outcomes', '/outcomes', 200],
    ['outcome', '/outcomes/1', 200],
    ['open data: brokering outcomes', '/open-data/brokering', 200],
    // Proposals and review (fixtures made over HTTP as the demo accounts).
    ['co-owners', `/projects/${projectId}/co-owners`, 200, 'mx-delegate'],
    ...(await proposalPages(base)),
    // Following and notifications (one's own pages: as the observer).
    ['following', '/following', 200, 'observer'],
    ['notifications', '/notifications', 200, 'observer'],
    ['notification preferences', '/account/notifications', 200, 'observer'],
    ['unsubscribe link not valid (404)', `/unsubscribe/${'0'.repeat(64)}`, 404, 'signed out'],
    ['resource library', '/resources', 200],
    ['resource library filtered', '/resources?kind=migration_profile&country=MD', 200],
    ['resource', `/resources/${resourceId}`, 200],
    ['add a project resource', `/projects/${projectId}/resources/new`, 200, 'mx-delegate'],
    ['add a library resource', '/resources/new', 200, 'facilitator'],
  ];
  pages.push(...(await brokeringPages(base, projectId)));
  // Demo mode only (another engineer's work): checked whenever it is there.
  if ((await statusOf('/dev/mailbox')) === 200) pages.push(['dev mailbox', '/dev/mailbox', 200]);
  return pages;
}

function withLang(path, lang) {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

// Runs `fn` over `items`, `n` at a time, keeping the order of the results.
async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

const started = Date.now();
// PFP_CHECK_ONLY=<regular expression>: only the page types whose name matches (while working
// on some pages; CI checks them all).
const onlyPattern = process.env.PFP_CHECK_ONLY || process.env.ONLY;
const only = onlyPattern ? new RegExp(onlyPattern) : null;
const types = (await pageTypes()).filter(([name]) => !only || only.test(name));
const work = [];
for (const session of SESSIONS) {
  for (const [name, path, status, only] of types) {
    if (only === 'signed out' && session.signIn) continue;
    if (only === 'signed in' && !session.signIn) continue;
    if (only && only !== 'signed in' && only !== 'signed out' && only !== session.name) continue;
    for (const lang of LANGS) work.push({ session, name, url: withLang(path, lang), lang, status });
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'pfp-browser-'));
const htmlDir = join(tmp, 'html');
const shotDir = join(tmp, 'screenshots');
mkdirSync(htmlDir);
mkdirSync(shotDir);

const problems = []; // wrong status, wrong lang/dir, failed loads
const violations = []; // axe
const incomplete = {}; // axe "needs review": rule id -> pages (reported, not failed)
const vnuFiles = []; // [file, work item]

for (const session of SESSIONS) {
  const context = await chromium.launchPersistentContext(join(tmp, `profile-${SESSIONS.indexOf(session)}`), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    if (session.signIn) await session.signIn(context, base);
    const mine = work.filter((w) => w.session === session);
    const pages = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
    const free = [...pages];
    await pool(mine, CONCURRENCY, async (w) => {
      const page = free.pop();
      try {
        const res = await page.goto(base + w.url, { waitUntil: 'load' });
        if (!res) throw new Error('no response');
        if (res.status() !== w.status) problems.push(`${w.url}: status ${res.status()}, expected ${w.status}`);
        // The raw body the server sent (not the DOM), for the Nu checker.
        const html = (await res.body()).toString('utf8');
        const file = join(htmlDir, `${String(work.indexOf(w)).padStart(4, '0')}.html`);
        writeFileSync(file, html);
        vnuFiles.push([file, w]);
        const [lang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        const wantDir = RTL.has(w.lang) ? 'rtl' : 'ltr';
        if (lang !== w.lang || dir !== wantDir) problems.push(`${w.url}: <html lang="${lang}" dir="${dir}">, expected lang="${w.lang}" dir="${wantDir}"`);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations) {
          violations.push({ ...w, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) });
        }
        for (const v of result.incomplete) (incomplete[v.id] ??= []).push(`${w.url} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        if (w.name === 'home' && (w.lang === 'ar' || w.lang === 'zh') && session === SESSIONS[0]) {
          await page.screenshot({ path: join(shotDir, `home-${w.lang}.png`), fullPage: true });
        }
      } catch (e) {
        problems.push(`${w.url} (${w.session.name}): ${e.message.split('\n')[0]}`);
      } finally {
        free.push(page);
      }
    });
  } finally {
    await context.close();
  }
}

const browserDone = Date.now();

// Nu HTML Checker: all documents in one JVM. (It refuses loopback URLs, hence files.)
vnuFiles.sort((a, b) => a[0].localeCompare(b[0]));
const byFile = new Map(vnuFiles.map(([f, w]) => [f, w]));
const nuErrors = [];
if (vnuFiles.length) {
  const r = spawnSync('java', ['-jar', String(vnuJar), '--format', 'json', '--errors-only', ...vnuFiles.map(([f]) => f)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  let report;
  try {
    report = JSON.parse(r.stderr || r.stdout);
  } catch {
    console.error(`vnu exited ${r.status} without a JSON report:\n${r.stderr}\n${r.stdout}`);
    process.exit(1);
  }
  for (const m of report.messages ?? []) {
    if (m.type !== 'error' && !(m.type === 'non-document-error')) continue;
    const file = (m.url ?? '').replace(/^file:/, '');
    const w = byFile.get(file) ?? [...byFile].find(([f]) => file.endsWith(f))?.[1];
    nuErrors.push({ url: w ? w.url : file, session: w?.session.name ?? '', line: m.lastLine, message: m.message, extract: m.extract });
  }
}

// Report.
const sessionsLabel = SESSIONS.length > 1 ? ` × ${SESSIONS.length} sessions (${SESSIONS.map((s) => s.name).join(', ')})` : `, ${SESSIONS[0].name}`;
for (const p of problems) console.log(`PROBLEM ${p}`);
for (const v of violations) {
  console.log(`AXE ${v.id} [${v.impact}] ${v.url} (${v.session.name}): ${v.help}`);
  for (const t of v.targets.slice(0, 5)) console.log(`    ${t}`);
  if (v.targets.length > 5) console.log(`    … and ${v.targets.length - 5} more`);
}
for (const e of nuErrors) {
  console.log(`NU ${e.url} (${e.session}) line ${e.line}: ${e.message}`);
  if (e.extract) console.log(`    ${e.extract.replace(/\s+/g, ' ').trim()}`);
}
const byRule = {};
for (const v of violations) byRule[v.id] = (byRule[v.id] ?? 0) + 1;
if (violations.length) console.log(`axe violations by rule (pages): ${JSON.stringify(byRule)}`);
for (const [id, where] of Object.entries(incomplete)) {
  console.log(`axe needs review (not failed): ${id} on ${where.length} pages, e.g. ${where[0]}`);
  if (process.env.VERBOSE) for (const x of where) console.log(`    ${x}`);
}
console.log(`screenshots (home in Arabic and Chinese): ${shotDir}`);
const secs = (ms) => (ms / 1000).toFixed(1);
console.log(`checked ${work.length} pages (${types.length} page types × ${LANGS.length} languages${sessionsLabel}): ` +
  `${violations.length} axe violations, ${nuErrors.length} Nu errors` +
  `${problems.length ? `, ${problems.length} other problems` : ''} ` +
  `(browser ${secs(browserDone - started)}s, Nu ${secs(Date.now() - browserDone)}s)`);
process.exit(violations.length || nuErrors.length || problems.length ? 1 : 0);
