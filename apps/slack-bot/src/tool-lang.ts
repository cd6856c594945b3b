import { hasHan, type Lang } from '@cobridge/policy-knowledge';

/** Marks a tool button value (or block id) whose reply is in Chinese; English values stay as they were. */
const ZH_MARK = 'zh/';

/** The value a tool button sends, carrying the language of the reply it belongs to. */
export function withLang(value: string, lang: Lang): string {
  return lang === 'zh' ? `${ZH_MARK}${value}` : value;
}

/** A tool button's value without its mark, and the language it carries (undefined when none: the clicker's language). */
export function readLang(value: string): { value: string; lang?: Lang } {
  return value.startsWith(ZH_MARK) ? { value: value.slice(ZH_MARK.length), lang: 'zh' } : { value };
}

/** The language of a tool reply: Chinese when what was typed or asked is Chinese, else the interface language. */
export function toolLang(typed: string, interfaceLang: Lang): Lang {
  return hasHan(typed) ? 'zh' : interfaceLang;
}
