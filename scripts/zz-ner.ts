import { findEntities } from '../lib/nlp/entities';
import { conllDocs } from './corpus';
const docs = conllDocs();
const stats: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
const errs: string[] = [];
const t0 = Date.now();
for (const d of docs) {
  const e = findEntities(d.text);
  for (const type of ['PER', 'ORG']) {
    const gold = new Set(d.entities.filter((x) => x.type === type).map((x) => `${x.start}:${x.end}`));
    const pred = new Set(e.chunks.filter((c) => c.type === type).map((c) => `${e.tokens[c.start]!.start}:${e.tokens[c.end - 1]!.end}`));
    for (const p of pred) {
      if (gold.has(p)) stats[type]!.tp++;
      else {
        stats[type]!.fp++;
        const [s, en] = p.split(':').map(Number);
        const g = d.entities.find((x) => x.start < en! && x.end > s!);
        errs.push(`FP ${type} "${d.text.slice(s, en)}" gold=${g ? `${g.type}:"${d.text.slice(g.start, g.end)}"` : '-'} | ${d.text.slice(Math.max(0, s! - 40), en! + 40).replace(/\n/g, ' / ')}`);
      }
    }
    for (const g of gold) if (!pred.has(g)) {
      stats[type]!.fn++;
      const [s, en] = g.split(':').map(Number);
      const c = e.chunks.find((c) => e.tokens[c.start]!.start < en! && e.tokens[c.end - 1]!.end > s!);
      errs.push(`FN ${type} "${d.text.slice(s, en)}" got=${c ? `${c.type}:"${d.text.slice(e.tokens[c.start]!.start, e.tokens[c.end - 1]!.end)}"` : '-'} | ${d.text.slice(Math.max(0, s! - 40), en! + 40).replace(/\n/g, ' / ')}`);
    }
  }
}
for (const [k, v] of Object.entries(stats)) { const P = v.tp / (v.tp + v.fp), R = v.tp / (v.tp + v.fn); console.log(k, v, 'P', P.toFixed(3), 'R', R.toFixed(3), 'F1', (2 * P * R / (P + R)).toFixed(3)); }
console.log('ms', Date.now() - t0);
import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/ner-errors.txt', errs.join('\n'));
