import { analyze } from '../lib/detect/index';
import { conllDocs } from './corpus';
const flat = process.argv[2] === 'flat';
const docs = conllDocs();
const stats: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
for (const d0 of docs) {
  const d = flat ? { ...d0, text: d0.text.replace(/\n/g, ' ') } : d0;
  const a = analyze({ text: d.text, paragraphs: [{ start: 0, end: d.text.length }] });
  const pred = { PER: new Set(a.people.flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`))), ORG: new Set(a.organizations.flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`))) };
  for (const type of ['PER', 'ORG'] as const) {
    const gold = new Set(d.entities.filter((x) => x.type === type).map((x) => `${x.start}:${x.end}`));
    for (const p of pred[type]) gold.has(p) ? stats[type]!.tp++ : stats[type]!.fp++;
    for (const g of gold) if (!pred[type].has(g)) stats[type]!.fn++;
  }
}
for (const [k, v] of Object.entries(stats)) { const P = v.tp / (v.tp + v.fp), R = v.tp / (v.tp + v.fn); console.log(k, v, 'P', P.toFixed(3), 'R', R.toFixed(3), 'F1', (2 * P * R / (P + R)).toFixed(3)); }
