/**
 * String functions and operators. Expected values are the documented examples of each function's page on
 * learn.microsoft.com/kusto/query (named per test), unless a test says otherwise.
 */
import { kusto, table } from './kusto';

const one = (q: string) => kusto(`print ${q}`).rows[0];

describe('string operators (docs: datatypes-string-operators)', () => {
  test('has matches whole terms; contains matches substrings ("What is a term?")', () => {
    expect(one(`"KustoExplorerQueryRun" has "Explorer", "KustoExplorerQueryRun" contains "Explorer"`)).toEqual([false, true]);
  });

  test('has is case-insensitive and matches terms inside punctuation; has_cs is case-sensitive', () => {
    expect(one(`"Kusto: ad67d136-c1db-4f9f;KustoExplorerQueryRun" has "C1DB", "NEW YORK" has "new", "NEW YORK" has_cs "new"`)).toEqual([true, true, false]);
  });

  test('startswith / endswith / hasprefix / hassuffix and their negations', () => {
    expect(one(`"LOUISIANA" startswith "Lo", "KANSAS" endswith "sas", "north dakota" hasprefix "dak", "north dakota" hassuffix "th", "abc" !startswith "b", "abc" !contains "B"`)).toEqual([
      true, true, true, true, true, false,
    ]);
  });

  test('=~ and !~ compare ignoring case; == does not', () => {
    expect(one(`"Alice@Contoso.com" =~ "alice@contoso.com", "a" !~ "A", "a" == "A"`)).toEqual([true, false, false]);
  });

  test('matches regex', () => {
    expect(one(`"AADSTS50126" matches regex @"^AADSTS\\d+$", "x50126" matches regex @"^\\d+$"`)).toEqual([true, false]);
  });
});

describe('string functions', () => {
  test('strlen counts code points (docs: strlen, including the decomposed Çedilla example)', () => {
    expect(one(`strlen("hello"), strlen("⒦⒰⒮⒯⒪"), strlen("C\u0327edilla")`)).toEqual([5, 5, 8]);
  });

  test('tolower, toupper, strcat (numbers as Kusto writes them), strcat_delim', () => {
    expect(one(`tolower("Hello"), toupper("Hello"), strcat("a", 1, 2.5, true), strcat_delim("-", "a", "b")`)).toEqual(['hello', 'HELLO', 'a12.5true', 'a-b']);
  });

  test('substring (docs: substring examples)', () => {
    expect(one(`substring("123456", 1), substring("123456", 2, 2), substring("ABCD", 0, 2), substring("123456", -2, 2)`)).toEqual(['23456', '34', 'AB', '56']);
  });

  test('split (docs: split examples)', () => {
    expect(one(`split("aa_bb", "_"), split("aaa_bbb_ccc", "_", 1), split("", "_"), split("a__b", "_"), split("aabbcc", "bb")`)).toEqual([
      ['aa', 'bb'], ['bbb'], [''], ['a', '', 'b'], ['aa', 'cc'],
    ]);
  });

  test('extract (docs: extract example) and extract with typeof()', () => {
    const q = `datatable(Text: string) ["User: James, Email: James@example.com, Age: 29", "User: David, Age: 35"]
      | extend UserName = extract("User: ([^,]+)", 1, Text), EmailId = extract(@"Email: (\\S+),", 1, Text), Age = extract(@"\\d+", 0, Text)
      | project UserName, EmailId, Age`;
    expect(kusto(q)).toEqual(table('UserName:string, EmailId:string, Age:string', [['James', 'James@example.com', '29'], ['David', '', '35']]));
    expect(kusto(`print Month = extract(@"-(\\d{2})-", 1, "15-12-2024", typeof(int))`)).toEqual(table('Month:int', [[12]]));
  });

  test('extract_all (docs: extract_all examples)', () => {
    const id = `"82b8be2d-dfa7-4bd1-8f63-24ad26d31449"`;
    expect(one(`extract_all(@"([\\da-f]{2})", ${id})`)).toEqual([
      ['82', 'b8', 'be', '2d', 'df', 'a7', '4b', 'd1', '8f', '63', '24', 'ad', '26', 'd3', '14', '49'],
    ]);
    expect(one(`extract_all(@"(\\w)(\\w+)(\\w)", ${id})`)).toEqual([
      [['8', '2b8be2', 'd'], ['d', 'fa', '7'], ['4', 'bd', '1'], ['8', 'f6', '3'], ['2', '4ad26d3144', '9']],
    ]);
    expect(one(`extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1,3]), ${id})`)).toEqual([[['8', 'd'], ['d', '7'], ['4', '1'], ['8', '3'], ['2', '9']]]);
    expect(one(`extract_all(@"(?P<first>\\w)(?P<middle>\\w+)(?P<last>\\w)", dynamic(['first',2,'last']), ${id})`)).toEqual([
      [['8', '2b8be2', 'd'], ['d', 'fa', '7'], ['4', 'bd', '1'], ['8', 'f6', '3'], ['2', '4ad26d3144', '9']],
    ]);
  });

  test('replace_regex with \\1 references (docs: replace_regex, "is (\\d+)" -> "was: \\1")', () => {
    expect(one(`replace_regex("Number is 1", @'is (\\d+)', @'was: \\1'), replace_regex(" a  b ", @"\\s+", " ")`)).toEqual(['Number was: 1', ' a b ']);
  });

  test('trim with a string and with regexes (docs: trim examples)', () => {
    expect(one(`trim("--", @"--https://bing.com--"), trim(@"[^\\w]+", "-  Te st1// $"), trim(@"\\s+", @"    Hello, world!    ")`)).toEqual([
      'https://bing.com', 'Te st1', 'Hello, world!',
    ]);
    expect(one(`trim_start(@"\\s+", "  x  "), trim_end(@"\\s+", "  x  ")`)).toEqual(['x  ', '  x']);
    // RE2's leading (?i) applies to the whole anchored pattern.
    expect(one(`trim_start(@"(?i)AS", "as8075"), trim_end(@"(?i)x+", "abXx")`)).toEqual(['8075', 'ab']);
  });

  test('indexof, countof, reverse, replace_string', () => {
    expect(one(`indexof("abcdefg", "cde"), indexof("abc", "z"), countof("aaa", "a"), reverse("abc"), replace_string("a.b.c", ".", "/")`)).toEqual([2, -1, 3, 'cba', 'a/b/c']);
  });
});
