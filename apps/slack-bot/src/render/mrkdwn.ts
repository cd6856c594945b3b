/** Escapes the three characters Slack mrkdwn treats as control syntax, so `<!channel>` stays inert text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export { truncate } from '@cobridge/reply';

/** Packs paragraphs into chunks of at most `max` characters, hard-splitting any paragraph that is longer. */
export function packParagraphs(paragraphs: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of paragraphs.flatMap((p) => splitLong(p, max))) {
    const joined = current === '' ? paragraph : `${current}\n\n${paragraph}`;
    if (joined.length <= max) {
      current = joined;
    } else {
      chunks.push(current);
      current = paragraph;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function splitLong(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    let cut = space > max / 2 ? space : max;
    // Never cut inside an escape like &amp; or a surrogate pair.
    const amp = rest.lastIndexOf('&', cut);
    if (amp !== -1 && amp > cut - 5 && !rest.slice(amp, cut).includes(';')) cut = amp;
    if (/[\uD800-\uDBFF]/u.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
