// Data some page types need that the demo data does not hold: a proposal waiting in
// drafts (the duplicate check), an incomplete draft (a refused form, 422, with its error
// summary) and a submitted proposal (the review form). Made over HTTP as the demo accounts,
// the way a browser would (CSRF token, session cookie).

// A tiny cookie jar over fetch, signed in with one click as a demo account.
export async function demoSession(base, who) {
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie?.() ?? []) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const request = async (method, path, form) => {
    const res = await fetch(base + path, {
      method,
      redirect: 'manual',
      headers: {
        cookie: cookie(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    keep(res);
    return res;
  };
  const csrf = async () => {
    const html = await (await request('GET', '/?lang=en')).text();
    const m = html.match(/name="csrf_token" value="([0-9a-f]+)"/);
    if (!m) throw new Error('no CSRF token on the home page');
    return m[1];
  };
  const post = async (path, fields) => request('POST', path, [['csrf_token', await csrf()], ...fields]);
  const res = await post('/demo/sign-in', [['who', who]]);
  if (res.status !== 303) throw new Error(`demo sign-in as ${who}: ${res.status}`);
  return { post, get: (path) => request('GET', path) };
}

const COMPLETE = [
  ['summary', 'Cooperation between countries of origin, transit and destination to protect unaccompanied migrant children.'],
  ['objectives', 'Train border officials.'],
  ['expected_results', 'Fewer children without protection.'],
  ['themes', 'children'],
  ['themes', 'protection_empowerment'],
  ['countries', 'MX'],
  ['countries', 'GT'],
  ['need_kind_0', 'training'],
  ['need_description_0', 'Trainers for border officials'],
  ['starts_on', '2027-01-01'],
  ['ends_on', '2028-12-31'],
  ['stage', 'initiation'],
  ['contact_name', 'Ana López'],
  ['contact_email', 'ana@example.org'],
  ['lang_of_text', 'en'],
];

function idIn(res) {
  const m = (res.headers.get('location') || '').match(/^\/projects\/(\d+)\//);
  if (!m) throw new Error(`unexpected answer ${res.status} ${res.headers.get('location')}`);
  return Number(m[1]);
}

// Page types of proposals and review, with the fixtures they need.
export async function proposalPages(base) {
  const mx = await demoSession(base, 'mx-delegate');
  const checked = idIn(await mx.post('/projects/new', [['title', 'Protecting children in transit'], ...COMPLETE, ['intent', 'continue']]));
  const incomplete = idIn(await mx.post('/projects/new', [['title', 'An idea to finish'], ['stage', 'initiation'], ['lang_of_text', 'en'], ['intent', 'draft']]));
  const submitted = idIn(await mx.post('/projects/new', [['title', 'Child protection officers in consulates'], ...COMPLETE, ['intent', 'continue']]));
  const res = await mx.post(`/projects/${submitted}/submit`, []);
  if (res.status !== 303) throw new Error(`submitting fixture ${submitted}: ${res.status}`);
  return [
    ['propose', '/projects/new', 200, 'mx-delegate'],
    ['my projects', '/projects/mine', 200, 'mx-delegate'],
    ['proposal draft', `/projects/${incomplete}/edit`, 200, 'mx-delegate'],
    ['proposal refused (422)', `/projects/${incomplete}/check`, 422, 'mx-delegate'],
    ['duplicate check', `/projects/${checked}/check`, 200, 'mx-delegate'],
    ['draft seen by a facilitator', `/projects/${checked}`, 200, 'facilitator'],
    ['submitted project (owner)', `/projects/${submitted}`, 200, 'mx-delegate'],
    ['submitted project (facilitator, duplicates)', `/projects/${submitted}`, 200, 'facilitator'],
    ['review queue', '/review', 200, 'reviewer'],
    ['review', `/review/${submitted}`, 200, 'reviewer'],
  ];
}
