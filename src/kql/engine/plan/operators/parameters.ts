/** The `name=value` parameters of an operator (join kind=, union withsource=, mv-expand with_itemindex= ...). */
import { child, items, nameText, type Syntax } from '../../parse/syntax';

/** Lower-cased parameter names to their value's text (a keyword, a name, or a literal's value). */
export function parametersOf(op: Syntax): Map<string, { text: string; node: Syntax }> {
  const out = new Map<string, { text: string; node: Syntax }>();
  for (const p of items(op, 'Parameters')) {
    const name = child(p, 'Name');
    const value = child(p, 'Expression');
    if (!name || !value) continue;
    out.set(nameText(name).toLowerCase(), { text: nameText(value), node: p });
  }
  return out;
}
