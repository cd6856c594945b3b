/** Fields of a test topic; anything left out gets a valid default. */
export interface TopicFields {
  id: string;
  category?: string;
  questions?: string[];
  citations?: string[];
  related?: string[];
}

/** Twelve questions nobody else uses, so a test topic is valid unless a test says otherwise. */
export function uniqueQuestions(id: string, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => `how does the ${id} widget rule ${i + 1} work`);
}

/** A topic file as YAML, one field per line and one question per line, so positions in errors are predictable. */
export function topicYaml(fields: TopicFields): string {
  const list = (items: string[]) => `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
  return [
    `id: ${fields.id}`,
    'title: A test topic',
    `category: ${fields.category ?? 'guidance'}`,
    'audiences: [teacher]',
    'questions:',
    ...(fields.questions ?? uniqueQuestions(fields.id)).map((q) => `  - ${q}`),
    'answer: The test answer.',
    `citations: ${list(fields.citations ?? ['1-1'])}`,
    `related: ${list(fields.related ?? [])}`,
    '',
  ].join('\n');
}
