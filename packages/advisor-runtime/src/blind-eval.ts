import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BLIND_CATEGORIES,
  DEFAULT_EVAL_DIR,
  blindItemSchema,
  judgeBlindItem,
  parseJsonlRows,
  type Advisor,
  type BlindItem,
} from '@cobridge/policy-knowledge';
import { ConversationMemory } from './follow-up.js';
import { resolveQuestion } from './resolve-question.js';

/** A frozen blind evaluation set; a held-out set's misses are never shown, so nobody tunes on them. */
export interface BlindSet {
  file: string;
  heldOut: boolean;
}

/** The blind evaluation sets: written from the source alone by people who never saw the training data, then frozen. */
export const BLIND_SETS: Readonly<Record<string, BlindSet>> = {
  a: { file: 'blind/set-a.jsonl', heldOut: false },
  b: { file: 'blind/set-b.jsonl', heldOut: true },
  c: { file: 'blind/set-c.jsonl', heldOut: false },
  d: { file: 'blind/set-d.jsonl', heldOut: true },
  e: { file: 'blind/set-e.jsonl', heldOut: false },
  f: { file: 'blind/set-f.jsonl', heldOut: false },
  g: { file: 'blind/set-g.jsonl', heldOut: true },
  h: { file: 'blind/set-h.jsonl', heldOut: false },
  i: { file: 'blind/set-i.jsonl', heldOut: false },
  j: { file: 'blind/set-j.jsonl', heldOut: false },
  k: { file: 'blind/set-k.jsonl', heldOut: false },
  l: { file: 'blind/set-l.jsonl', heldOut: false },
  m: { file: 'blind/set-m.jsonl', heldOut: false },
  n: { file: 'blind/set-n.jsonl', heldOut: false },
  o: { file: 'blind/set-o.jsonl', heldOut: true },
  p: { file: 'blind/set-p.jsonl', heldOut: true },
  q: { file: 'blind/set-q.jsonl', heldOut: true },
  r: { file: 'blind/set-r.jsonl', heldOut: true },
  s: { file: 'blind/set-s.jsonl', heldOut: false },
  u: { file: 'blind/set-u.jsonl', heldOut: true },
  t: { file: 'blind/set-t.jsonl', heldOut: false },
  v: { file: 'blind/set-v.jsonl', heldOut: false },
  w: { file: 'blind/set-w.jsonl', heldOut: false },
  x: { file: 'blind/set-x.jsonl', heldOut: false },
  y: { file: 'blind/set-y.jsonl', heldOut: true },
  z: { file: 'blind/set-z.jsonl', heldOut: false },
  za: { file: 'blind/set-za.jsonl', heldOut: true },
  zb: { file: 'blind/set-zb.jsonl', heldOut: true },
  zc: { file: 'blind/set-zc.jsonl', heldOut: true },
  zd: { file: 'blind/set-zd.jsonl', heldOut: false },
  ea: { file: 'blind/set-ea.jsonl', heldOut: true },
  eb: { file: 'blind/set-eb.jsonl', heldOut: false },
  ec: { file: 'blind/set-ec.jsonl', heldOut: true },
  ed: { file: 'blind/set-ed.jsonl', heldOut: false },
  ee: { file: 'blind/set-ee.jsonl', heldOut: false },
  ef: { file: 'blind/set-ef.jsonl', heldOut: true },
  eg: { file: 'blind/set-eg.jsonl', heldOut: false },
  eh: { file: 'blind/set-eh.jsonl', heldOut: false },
  ei: { file: 'blind/set-ei.jsonl', heldOut: true },
  ej: { file: 'blind/set-ej.jsonl', heldOut: false },
  ek: { file: 'blind/set-ek.jsonl', heldOut: false },
  el: { file: 'blind/set-el.jsonl', heldOut: true },
  em: { file: 'blind/set-em.jsonl', heldOut: false },
  en: { file: 'blind/set-en.jsonl', heldOut: false },
  eo: { file: 'blind/set-eo.jsonl', heldOut: true },
  ep: { file: 'blind/set-ep.jsonl', heldOut: false },
  eq: { file: 'blind/set-eq.jsonl', heldOut: false },
  er: { file: 'blind/set-er.jsonl', heldOut: true },
  es: { file: 'blind/set-es.jsonl', heldOut: false },
  et: { file: 'blind/set-et.jsonl', heldOut: false },
  eu: { file: 'blind/set-eu.jsonl', heldOut: true },
  ev: { file: 'blind/set-ev.jsonl', heldOut: false },
  ew: { file: 'blind/set-ew.jsonl', heldOut: false },
  ex: { file: 'blind/set-ex.jsonl', heldOut: true },
  ey: { file: 'blind/set-ey.jsonl', heldOut: true },
  ez: { file: 'blind/set-ez.jsonl', heldOut: false },
  fa: { file: 'blind/set-fa.jsonl', heldOut: false },
  fb: { file: 'blind/set-fb.jsonl', heldOut: true },
  fc: { file: 'blind/set-fc.jsonl', heldOut: false },
  fd: { file: 'blind/set-fd.jsonl', heldOut: true },
  fe: { file: 'blind/set-fe.jsonl', heldOut: false },
  ff: { file: 'blind/set-ff.jsonl', heldOut: false },
  fg: { file: 'blind/set-fg.jsonl', heldOut: false },
  fh: { file: 'blind/set-fh.jsonl', heldOut: false },
  fi: { file: 'blind/set-fi.jsonl', heldOut: true },
  fj: { file: 'blind/set-fj.jsonl', heldOut: false },
  fk: { file: 'blind/set-fk.jsonl', heldOut: false },
  fl: { file: 'blind/set-fl.jsonl', heldOut: false },
  fm: { file: 'blind/set-fm.jsonl', heldOut: false },
  fn: { file: 'blind/set-fn.jsonl', heldOut: false },
  fo: { file: 'blind/set-fo.jsonl', heldOut: true },
  fp: { file: 'blind/set-fp.jsonl', heldOut: true },
  fq: { file: 'blind/set-fq.jsonl', heldOut: true },
  fr: { file: 'blind/set-fr.jsonl', heldOut: true },
  fs: { file: 'blind/set-fs.jsonl', heldOut: false },
  fu: { file: 'blind/set-fu.jsonl', heldOut: true },
  ft: { file: 'blind/set-ft.jsonl', heldOut: false },
  fv: { file: 'blind/set-fv.jsonl', heldOut: true },
  fw: { file: 'blind/set-fw.jsonl', heldOut: true },
  fx: { file: 'blind/set-fx.jsonl', heldOut: true },
  fy: { file: 'blind/set-fy.jsonl', heldOut: false },
  fz: { file: 'blind/set-fz.jsonl', heldOut: false },
  ga: { file: 'blind/set-ga.jsonl', heldOut: false },
  gb: { file: 'blind/set-gb.jsonl', heldOut: false },
  gc: { file: 'blind/set-gc.jsonl', heldOut: false },
  gd: { file: 'blind/set-gd.jsonl', heldOut: false },
  ge: { file: 'blind/set-ge.jsonl', heldOut: false },
  gf: { file: 'blind/set-gf.jsonl', heldOut: false },
  gg: { file: 'blind/set-gg.jsonl', heldOut: false },
  gh: { file: 'blind/set-gh.jsonl', heldOut: false },
  gi: { file: 'blind/set-gi.jsonl', heldOut: false },
  gj: { file: 'blind/set-gj.jsonl', heldOut: false },
  gk: { file: 'blind/set-gk.jsonl', heldOut: false },
  gl: { file: 'blind/set-gl.jsonl', heldOut: false },
  gm: { file: 'blind/set-gm.jsonl', heldOut: false },
  gn: { file: 'blind/set-gn.jsonl', heldOut: false },
  go: { file: 'blind/set-go.jsonl', heldOut: false },
  gp: { file: 'blind/set-gp.jsonl', heldOut: false },
  gq: { file: 'blind/set-gq.jsonl', heldOut: false },
  gr: { file: 'blind/set-gr.jsonl', heldOut: false },
  gs: { file: 'blind/set-gs.jsonl', heldOut: false },
  gt: { file: 'blind/set-gt.jsonl', heldOut: false },
  gu: { file: 'blind/set-gu.jsonl', heldOut: false },
  gv: { file: 'blind/set-gv.jsonl', heldOut: false },
  gw: { file: 'blind/set-gw.jsonl', heldOut: false },
  gx: { file: 'blind/set-gx.jsonl', heldOut: false },
  gy: { file: 'blind/set-gy.jsonl', heldOut: false },
  gz: { file: 'blind/set-gz.jsonl', heldOut: false },
  ha: { file: 'blind/set-ha.jsonl', heldOut: false },
  hb: { file: 'blind/set-hb.jsonl', heldOut: false },
  hc: { file: 'blind/set-hc.jsonl', heldOut: false },
  hd: { file: 'blind/set-hd.jsonl', heldOut: false },
  he: { file: 'blind/set-he.jsonl', heldOut: false },
  hf: { file: 'blind/set-hf.jsonl', heldOut: false },
  hg: { file: 'blind/set-hg.jsonl', heldOut: false },
  hh: { file: 'blind/set-hh.jsonl', heldOut: false },
  hi: { file: 'blind/set-hi.jsonl', heldOut: false },
  hj: { file: 'blind/set-hj.jsonl', heldOut: false },
  hk: { file: 'blind/set-hk.jsonl', heldOut: false },
  hl: { file: 'blind/set-hl.jsonl', heldOut: false },
  hm: { file: 'blind/set-hm.jsonl', heldOut: false },
  hn: { file: 'blind/set-hn.jsonl', heldOut: false },
  ho: { file: 'blind/set-ho.jsonl', heldOut: false },
  hp: { file: 'blind/set-hp.jsonl', heldOut: false },
  hq: { file: 'blind/set-hq.jsonl', heldOut: false },
  hr: { file: 'blind/set-hr.jsonl', heldOut: false },
  hs: { file: 'blind/set-hs.jsonl', heldOut: false },
  ht: { file: 'blind/set-ht.jsonl', heldOut: false },
  hu: { file: 'blind/set-hu.jsonl', heldOut: false },
  hv: { file: 'blind/set-hv.jsonl', heldOut: false },
  hw: { file: 'blind/set-hw.jsonl', heldOut: false },
  hx: { file: 'blind/set-hx.jsonl', heldOut: false },
  hy: { file: 'blind/set-hy.jsonl', heldOut: false },
  hz: { file: 'blind/set-hz.jsonl', heldOut: false },
  ia: { file: 'blind/set-ia.jsonl', heldOut: false },
  ib: { file: 'blind/set-ib.jsonl', heldOut: false },
  ic: { file: 'blind/set-ic.jsonl', heldOut: false },
  id: { file: 'blind/set-id.jsonl', heldOut: false },
  ie: { file: 'blind/set-ie.jsonl', heldOut: false },
  if: { file: 'blind/set-if.jsonl', heldOut: false },
  ig: { file: 'blind/set-ig.jsonl', heldOut: false },
  ih: { file: 'blind/set-ih.jsonl', heldOut: false },
  ii: { file: 'blind/set-ii.jsonl', heldOut: false },
  ij: { file: 'blind/set-ij.jsonl', heldOut: false },
  ik: { file: 'blind/set-ik.jsonl', heldOut: false },
  il: { file: 'blind/set-il.jsonl', heldOut: false },
  im: { file: 'blind/set-im.jsonl', heldOut: false },
  in: { file: 'blind/set-in.jsonl', heldOut: false },
  io: { file: 'blind/set-io.jsonl', heldOut: false },
  ip: { file: 'blind/set-ip.jsonl', heldOut: false },
  iq: { file: 'blind/set-iq.jsonl', heldOut: false },
  ir: { file: 'blind/set-ir.jsonl', heldOut: false },
  is: { file: 'blind/set-is.jsonl', heldOut: false },
  it: { file: 'blind/set-it.jsonl', heldOut: false },
  iu: { file: 'blind/set-iu.jsonl', heldOut: false },
  iv: { file: 'blind/set-iv.jsonl', heldOut: false },
  iw: { file: 'blind/set-iw.jsonl', heldOut: false },
  ix: { file: 'blind/set-ix.jsonl', heldOut: false },
  iy: { file: 'blind/set-iy.jsonl', heldOut: false },
  iz: { file: 'blind/set-iz.jsonl', heldOut: false },
  ja: { file: 'blind/set-ja.jsonl', heldOut: false },
  jb: { file: 'blind/set-jb.jsonl', heldOut: false },
  jc: { file: 'blind/set-jc.jsonl', heldOut: false },
  jd: { file: 'blind/set-jd.jsonl', heldOut: false },
  je: { file: 'blind/set-je.jsonl', heldOut: false },
  jf: { file: 'blind/set-jf.jsonl', heldOut: false },
  jg: { file: 'blind/set-jg.jsonl', heldOut: false },
  jh: { file: 'blind/set-jh.jsonl', heldOut: false },
  ji: { file: 'blind/set-ji.jsonl', heldOut: false },
  jj: { file: 'blind/set-jj.jsonl', heldOut: false },
  jk: { file: 'blind/set-jk.jsonl', heldOut: false },
  jl: { file: 'blind/set-jl.jsonl', heldOut: false },
  jm: { file: 'blind/set-jm.jsonl', heldOut: false },
  jn: { file: 'blind/set-jn.jsonl', heldOut: false },
  jo: { file: 'blind/set-jo.jsonl', heldOut: false },
  jp: { file: 'blind/set-jp.jsonl', heldOut: false },
  jq: { file: 'blind/set-jq.jsonl', heldOut: false },
  jr: { file: 'blind/set-jr.jsonl', heldOut: false },
  js: { file: 'blind/set-js.jsonl', heldOut: false },
  jt: { file: 'blind/set-jt.jsonl', heldOut: false },
  ju: { file: 'blind/set-ju.jsonl', heldOut: false },
  jv: { file: 'blind/set-jv.jsonl', heldOut: false },
  jw: { file: 'blind/set-jw.jsonl', heldOut: false },
  jx: { file: 'blind/set-jx.jsonl', heldOut: false },
  jy: { file: 'blind/set-jy.jsonl', heldOut: false },
  jz: { file: 'blind/set-jz.jsonl', heldOut: false },
  ka: { file: 'blind/set-ka.jsonl', heldOut: false },
  kb: { file: 'blind/set-kb.jsonl', heldOut: false },
  kc: { file: 'blind/set-kc.jsonl', heldOut: false },
  kd: { file: 'blind/set-kd.jsonl', heldOut: false },
  ke: { file: 'blind/set-ke.jsonl', heldOut: false },
  kf: { file: 'blind/set-kf.jsonl', heldOut: false },
  kg: { file: 'blind/set-kg.jsonl', heldOut: false },
  kh: { file: 'blind/set-kh.jsonl', heldOut: true },
  ki: { file: 'blind/set-ki.jsonl', heldOut: true },
  kj: { file: 'blind/set-kj.jsonl', heldOut: true },
  kk: { file: 'blind/set-kk.jsonl', heldOut: true },
};

/** How the advisor did on one blind set: overall, per category, on verdicts, and every miss. */
export interface BlindReport {
  items: number;
  right: number;
  byCategory: { category: string; items: number; right: number }[];
  verdicts: { checked: number; right: number };
  /** Items that name a language (`lang`), and how many were answered in it. */
  language: { checked: number; right: number };
  /** Ordinary questions (not meant to be refused) that were refused. */
  ordinaryRefused: number;
  misses: { id: string; category: string; question: string; why: string }[];
}

/** Reads a blind set (JSON Lines, one item a line), naming the file and line of a malformed item. */
export async function loadBlindSet(file: string, dir: string = DEFAULT_EVAL_DIR): Promise<BlindItem[]> {
  return parseJsonlRows(await readFile(join(dir, file), 'utf8'), file, blindItemSchema);
}

/** Asks every item as the bots would (a conversation's turns in order, through the same follow-up memory) and judges it. */
export function evaluateBlindSet(advisor: Advisor, items: readonly BlindItem[]): BlindReport {
  const memory = new ConversationMemory();
  const report: BlindReport = {
    items: items.length,
    right: 0,
    byCategory: [],
    verdicts: { checked: 0, right: 0 },
    language: { checked: 0, right: 0 },
    ordinaryRefused: 0,
    misses: [],
  };
  const categories = new Map<string, { items: number; right: number }>(BLIND_CATEGORIES.map((c) => [c, { items: 0, right: 0 }]));
  for (const item of items) {
    const conversationId = item.conversation ?? `single:${item.id}`;
    const result = resolveQuestion(advisor, memory, { text: item.question, audience: item.audience, conversationId });
    const judged = judgeBlindItem(item, result);
    const category = categories.get(item.category)!;
    category.items++;
    if (judged.right) {
      category.right++;
      report.right++;
    } else report.misses.push({ id: item.id, category: item.category, question: item.question, why: judged.why });
    if (judged.verdictChecked) {
      report.verdicts.checked++;
      if (judged.verdictRight) report.verdicts.right++;
    }
    if (judged.langChecked) {
      report.language.checked++;
      if (judged.langRight) report.language.right++;
    }
    if (result.kind === 'refuse' && item.expect.kind !== 'refuse') report.ordinaryRefused++;
  }
  report.byCategory = [...categories].filter(([, c]) => c.items > 0).map(([category, c]) => ({ category, ...c }));
  return report;
}
