/** One Markdown table row from its cells. */
export function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.map(String).join(' | ')} |`;
}
