// Brokering page types for check.mjs, with the data they need that the demo data does not
// hold: an introduction (Switzerland to the project Mexico owns), an expression of
// interest and a meeting. Made over HTTP as the demo accounts, as a browser would (session
// cookie, CSRF token). Running it again against the same server reuses what exists.

// A small cookie jar over fetch, signed in with one click as demo account `who`.
async function session(base, who) {
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie?.() ?? []) {
      const pair = c.split(';')[0];
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const request = async (method, path, fields) => {
    const res = await fetch(base + path, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(fields ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: fields ? new URLSearchParams(fields).toString() : undefined,
    });
    keep(res);
    return res;
  };
  const token = async () => {
    const html = await (await request('GET', '/?lang=en')).text();
    const found = html.match(/name="csrf_token" value="([0-9a-f]+)"/);
    if (!found) throw new Error('no CSRF token on the home page');
    return found[1];
  };
  const post = async (path, fields) => request('POST', path, [['csrf_token', await token()], ...fields]);
  const signedIn = await post('/demo/sign-in', [['who', who]]);
  if (signedIn.status !== 303) throw new Error(`demo sign-in as ${who}: ${signedIn.status}`);
  const text = async (path) => (await request('GET', path)).text();
  return { post, text };
}

async function json(base, path) {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}

// The Netherlands' id, from the project that lists it as a partner.
async function netherlandsId(base) {
  for (const item of (await json(base, '/api/v1/projects')).items) {
    const found = (await json(base, `/api/v1/projects/${item.id}`)).partners.find((x) => x.code === 'NL');
    if (found) return found.id;
  }
  throw new Error('the demo data lacks the Netherlands');
}

// The `/reply/{token}` path of the newest introduction mailed to `address`, from the
// development mailbox (the worker writes it within a few seconds).
async function personalLink(base, address) {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const list = await (await fetch(`${base}/dev/mailbox?lang=en`)).text();
    const rows = [...list.matchAll(/<tr>\s*<td>[^<]*<\/td>\s*<td><bdi>([^<]*)<\/bdi><\/td>\s*<td><a href="(\/dev\/mailbox\/[^"]+)"/g)];
    for (const [, to, href] of rows) {
      if (!to.includes(address)) continue;
      const message = await (await fetch(`${base}${href}?lang=en`)).text();
      const found = message.match(/\/reply\/([0-9a-f]{64})/);
      if (found) return `/reply/${found[1]}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no personal introduction link reached ${address}`);
}

// The development-mailbox page of a message whose page mentions `needle` (e.g. a meeting
// invitation, which carries its .ics as an attachment).
async function mailboxMessage(base, needle) {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const list = await (await fetch(`${base}/dev/mailbox?lang=en`)).text();
    for (const [, href] of list.matchAll(/<a href="(\/dev\/mailbox\/[0-9A-Za-z-]+)"/g)) {
      const message = await (await fetch(`${base}${href}?lang=en`)).text();
      if (message.includes(needle)) return href;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no message with ${needle} in the development mailbox`);
}

// The first `/prefix/N` link on a page.
function firstId(html, prefix) {
  const found = html.match(new RegExp(`href="${prefix}/(\\d+)"`));
  if (!found) throw new Error(`no link to ${prefix}/… found`);
  return Number(found[1]);
}

// Page types of brokering: [name, path, status, session].
export async function brokeringPages(base, projectId) {
  const project = await json(base, `/api/v1/projects/${projectId}`);
  const owner = project.owners?.[0]?.id;
  if (!owner) throw new Error(`project ${projectId} has no owner`);
  // Switzerland (its delegate is a demo account) is not a partner of that project; a
  // project Mexico does not take part in receives Mexico's expression of interest.
  let swiss = null;
  let other = null;
  for (const item of (await json(base, '/api/v1/projects')).items) {
    const p = await json(base, `/api/v1/projects/${item.id}`);
    swiss ??= p.partners.find((x) => x.code === 'CH')?.id ?? null;
    if (!other && p.id !== projectId && !p.partners.some((x) => x.id === owner)) other = p.id;
  }
  if (!swiss || !other) throw new Error('the demo data lacks Switzerland or a project without Mexico');

  const facilitator = await session(base, 'facilitator');
  const mexico = await session(base, 'mx-delegate');
  await facilitator.post(`/facilitator/projects/${projectId}/introduce`, [
    ['organisation', String(swiss)],
    ['role', 'supporter'],
    ['message', 'Switzerland could fund the next training courses.'],
  ]);
  await mexico.post(`/projects/${other}/interest`, [
    ['offer', 'knowledge_sharing'],
    ['message', 'Mexico can share its experience.'],
  ]);
  await facilitator.post(`/projects/${projectId}/meetings/new`, [
    ['organisation', String(owner)],
    ['title', 'Training courses: next steps'],
    ['date', '2027-03-01'],
    ['start', '15:00'],
    ['end', '16:00'],
    ['zone', 'Europe/Zurich'],
    ['place', 'Geneva'],
    ['online_url', 'https://meet.example.org/gfmd'],
    ['agenda', 'Dates and places of the courses.'],
  ]);
  // The Netherlands has no demo account, only a contact point (a role mailbox): its
  // introduction goes out with a personal link, read back from the development mailbox.
  const netherlands = (await json(base, `/api/v1/projects/${other}`)).partners.find((x) => x.code === 'NL')?.id
    ?? (await netherlandsId(base));
  await facilitator.post(`/facilitator/projects/${projectId}/introduce`, [
    ['organisation', String(netherlands)],
    ['role', 'technical_support'],
    ['message', 'The Netherlands funds case-worker training in the region.'],
  ]);
  const reply = await personalLink(base, 'migration-development@minbuza.example.org');
  // Save the Children (a role mailbox too) declines by its link: the link then says it was
  // used, and offers to ask the facilitator for a new one.
  const directory = await (await fetch(`${base}/organisations?q=Save%20the%20Children&lang=en`)).text();
  // The directory's search is not ranked: pick Save the Children by its name.
  const named = directory.match(/href="\/organisations\/(\d+)">Save the Children</);
  if (!named) throw new Error('the directory does not list Save the Children');
  const scf = Number(named[1]);
  await facilitator.post(`/facilitator/projects/${projectId}/introduce`, [
    ['organisation', String(scf)],
    ['role', 'technical_support'],
    ['message', 'Save the Children runs child-protection programmes on this route.'],
  ]);
  const used = await personalLink(base, 'partnerships@savethechildren.example.org');
  await facilitator.post(`${used}/decline`, [['reason', 'Our country office handles this.']]);
  const overview = await facilitator.text(`/facilitator/projects/${projectId}`);
  const introduction = firstId(overview, '/introductions');
  const meeting = firstId(overview, '/meetings');
  const interest = firstId(await facilitator.text('/facilitator/interests'), '/interests');
  // Mexico's delegate adds Save the Children as a partner: the question "which needs does
  // it meet?" waits for it; for a partner of 2010 it says one need is met, one in part, so
  // the project page shows each state.
  await mexico.post(`/projects/${projectId}/partners`, [['organisation', String(scf)], ['role', 'funder']]);
  const partner = project.partners.find((x) => x.role !== 'owner')?.id;
  if (!partner) throw new Error(`project ${projectId} has no partner but its owners`);
  const answers = project.needs.map((n, i) => [`need-${n.id}`, ['fully', 'partly'][i] ?? 'none']);
  await mexico.post(`/projects/${projectId}/needs/${partner}`, answers);
  // Mexico's delegate turns the calendar feed on, so its page shows the "on" state.
  if (!(await mexico.text('/account/calendar?lang=en')).includes('Your feed is on')) {
    await mexico.post('/account/calendar', [['action', 'renew']]);
  }
  return [
    ['facilitator queue', '/facilitator', 200, 'facilitator'],
    ['facilitator: candidates', `/facilitator/projects/${projectId}`, 200, 'facilitator'],
    ['facilitator: candidates needing a contact', `/facilitator/projects/${projectId}?show=contact`, 200, 'facilitator'],
    ['facilitator: introduce', `/facilitator/projects/${projectId}/introduce?organisation=${swiss}`, 200, 'facilitator'],
    ['facilitator: interests', '/facilitator/interests', 200, 'facilitator'],
    ['introduction', `/introductions/${introduction}`, 200, 'facilitator'],
    ['waiting for your answer (delegate)', '/introductions', 200, 'mx-delegate'],
    ['waiting for your answer (member)', '/introductions', 200, 'iom-member'],
    ['introduction: accept', `/introductions/${introduction}/accept`, 200, 'mx-delegate'],
    ['introduction: decline', `/introductions/${introduction}/decline`, 200, 'mx-delegate'],
    ['expression of interest', `/interests/${interest}`, 200, 'facilitator'],
    ['meeting: new', `/projects/${projectId}/meetings/new`, 200, 'mx-delegate'],
    ['meeting', `/meetings/${meeting}`, 200, 'mx-delegate'],
    ['meeting: edit', `/meetings/${meeting}/edit`, 200, 'facilitator'],
    ['needs a partner meets', `/projects/${projectId}/needs/${partner}`, 200, 'mx-delegate'],
    ['needs a new partner meets (unanswered)', `/projects/${projectId}/needs/${scf}`, 200, 'mx-delegate'],
    ['project with needs met', `/projects/${projectId}`, 200],
    ['calendar feed (off)', '/account/calendar', 200, 'observer'],
    ['calendar feed (on)', '/account/calendar', 200, 'mx-delegate'],
    ['dev mailbox: message with an attachment', await mailboxMessage(base, 'invite.ics'), 200, 'signed out'],
    ['reply by personal link', reply, 200, 'signed out'],
    ['reply by personal link: decline', `${reply}?answer=decline`, 200, 'signed out'],
    ['reply link not valid (404), asks for the address', `/reply/${'0'.repeat(64)}`, 404, 'signed out'],
    ['reply link already used (410), offers a new one', used, 410, 'signed out'],
  ];
}
