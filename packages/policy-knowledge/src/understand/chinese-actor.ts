import type { Audience } from '../schema/topic.js';
import type { Actor } from './asked-actor.js';
import { anyOf } from './word-pattern.js';

// A party right before a verb of doing, with at most a few adverbs or a "给我" between:
// "学校还给我交", "公司出", "我们要缴".
const PARTIES: [RegExp, Actor | 'we'][] = [
  [/(?:原单位|原学校|学校|学院|高校|单位)$/u, 'school'],
  [/(?:企业|公司|我司|厂)$/u, 'enterprise'],
  [/(?:我们|咱们)$/u, 'we'],
  [/(?:我自己|我)$/u, 'teacher'],
];
const ADVERBS = ['是', '还', '也', '都', '会', '要', '得', '必须', '需要', '应该', '负责', '来', '继续', '给(?=[交缴付出])'];
const FOR_SOMEONE = ['帮我', '替我', '给[^交缴付出，,？?]{1,6}?'];
const BETWEEN = `${anyOf([...ADVERBS, ...FOR_SOMEONE])}{0,3}`;
const PAY = ['交', '缴', '出钱', '出(?![去来国差现])', '付', '支付', '承担', '负担'];
const RUN = ['管', '评', '签', '解除', '发(?![展现])', '办'];
const DOING = new RegExp(`^${BETWEEN}${anyOf([...PAY, ...RUN])}`, 'u');
// "要我交吗": the teacher is the doer only of paying ("我能评职称吗" asks what the teacher gets, not does).
const PAYING = new RegExp(`^${BETWEEN}(?:自己)?(?:掏钱)?(?:交|缴|出钱|付|支付|承担|负担)`, 'u');

/** The party a Chinese yes/no question makes the doer of its verb ("工伤险是学校出吗" → school), or undefined. */
export function chineseAskedActor(question: string, audience: Audience | undefined): Actor | undefined {
  for (let end = 1; end <= question.length; end++) {
    const head = question.slice(0, end);
    const hit = PARTIES.find(([pattern]) => pattern.test(head));
    if (!hit) continue;
    const rest = question.slice(end);
    if (!(hit[1] === 'teacher' ? PAYING : DOING).test(rest)) continue;
    if (hit[1] !== 'we') return hit[1];
    return audience === 'enterprise' ? 'enterprise' : undefined;
  }
  return undefined;
}
