/**
 * JSON placed inside an HTML <script> element. JSON.stringify alone is not enough there: a string holding
 * "</script>" (a UserAgent can hold anything) would end the element and let the rest run as markup. Escaping "<" as
 * \u003c keeps every string intact for the JSON parser while the HTML parser never sees a tag; U+2028 and U+2029 are
 * escaped because older JavaScript engines treat them as line ends inside string literals.
 *
 * (Kept here, next to its only caller, until the escaping module gathers every kind of escaping in one place.)
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
