/**
 * HTML escaping for every value the report prints. Sign-in fields such as UserAgent, UserDisplayName, City and
 * AppDisplayName are chosen by whoever signs in, attackers included, so nothing from the data reaches the page
 * unescaped. The five characters cover both text content and double- or single-quoted attribute values.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and quoted attributes.
 *
 * @param value any value; null and undefined become ""
 * @returns the text with & < > " ' replaced by entities
 * @example escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
