// Times the duplicate check (/projects/{id}/check) of a fresh draft against a running
// server in demo mode, as the Mexican demo delegate:
//
//   pfp seed synthetic --projects 10000      # optional: a bigger corpus
//   node benches/duplicate_check.mjs http://127.0.0.1:8080
//
// Prints the first answer (which builds the index if the public projects changed) and
// the median and maximum of ten more.

import { demoSession } from '../.ci/browser/fixtures.mjs';

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const mx = await demoSession(base, 'mx-delegate');
const res = await mx.post('/projects/new', [
  ['title', 'Protecting children in transit'],
  ['summary', 'Protect unaccompanied migrant children in transit countries.'],
  ['objectives', 'Train officials.'],
  ['expected_results', 'Trained officials.'],
  ['themes', 'children'],
  ['countries', 'MX'],
  ['starts_on', '2027-01-01'],
  ['ends_on', '2028-01-01'],
  ['stage', 'design'],
  ['contact_name', 'Ana'],
  ['contact_email', 'ana@example.org'],
  ['lang_of_text', 'en'],
  ['intent', 'continue'],
]);
const path = res.headers.get('location');
if (res.status !== 303 || !path) throw new Error(`the proposal was refused: ${res.status}`);
const time = async () => {
  const t = performance.now();
  const r = await mx.get(path);
  await r.text();
  if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  return performance.now() - t;
};
const first = await time();
const times = [];
for (let i = 0; i < 10; i++) times.push(await time());
times.sort((a, b) => a - b);
console.log(`${path}: first ${first.toFixed(1)} ms; then median ${times[5].toFixed(1)} ms, max ${times[9].toFixed(1)} ms (10 requests)`);
