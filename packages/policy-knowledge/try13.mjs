import { loadAdvisor } from './dist/index.js';
const a = await loadAdvisor();
const qs = process.argv.slice(2);
for (const line of qs) {
  const [aud, q] = line.includes('|') ? line.split('|') : [undefined, line];
  const r = a.ask(q, { audience: aud });
  console.log(`\n[${r.kind}/${r.lang}] ${q} → ${r.topic?.id ?? r.reason ?? ''} v=${r.verdict ?? ''} type=${r.understanding?.type ?? ''} c=${(r.understanding?.concepts ?? []).join(',')}\n  ${r.text.slice(0, 200).replace(/\n/g, ' / ')}`);
}
