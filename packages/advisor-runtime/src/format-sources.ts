import { splitCitedId, type Knowledge } from '@cobridge/policy-knowledge';

/** Longest attribution shown per source in an admin reply. */
const MAX_ATTRIBUTION = 200;

/** Plain-text list of the source documents the knowledge answers from: id, version, title, clauses and attribution. */
export function formatSources(knowledge: Pick<Knowledge, 'documents' | 'clauses' | 'version'>): string {
  const counts = new Map<string | undefined, number>();
  for (const id of knowledge.clauses.keys()) {
    const { source } = splitCitedId(id);
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  const lines = knowledge.documents.map((document, index) => {
    const clauses = counts.get(index === 0 ? undefined : document.id) ?? 0;
    const attribution =
      document.attribution.length > MAX_ATTRIBUTION ? `${document.attribution.slice(0, MAX_ATTRIBUTION - 1)}…` : document.attribution;
    return `- ${document.id}, version ${document.version}: ${document.title} (${clauses} clauses). ${attribution}`;
  });
  return [`Sources of knowledge ${knowledge.version} (${knowledge.documents.length}):`, ...lines].join('\n');
}
