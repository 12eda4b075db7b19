// The `clickhouse-sql` language: a Monarch tokenizer built from the ClickHouse lexicon
// (keywords, functions, type families as the engine itself reports them).
// Imported only by monacoSetup, so the lexicon travels in the lazily loaded chunk.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import lexicon from '../core/clickhouse/lexicon.json';
import sqlWords from '../core/clickhouse/sqlWords.json';
import { exactAlternation, foldedAlternation } from './caseFold';

export const CLICKHOUSE_SQL = 'clickhouse-sql';

export interface LexiconWords {
  keywords: readonly string[];
  functions: readonly string[];
  caseInsensitiveFunctions: readonly string[];
  aggregateFunctions: readonly string[];
  combinators: readonly string[];
  typeFamilies: readonly { name: string; ci: boolean }[];
}

const WORD_END = '(?![\\w$])';
const LIST_END_KEYWORDS = ['ASC', 'DESC', 'NULL', 'NULLS', 'FIRST', 'LAST', 'TRUE', 'FALSE', 'ALL', 'DISTINCT', 'INF', 'NAN', 'SECOND', 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR', 'DELETE', 'FINAL'];

export function buildMonarch(lex: LexiconWords): Monaco.languages.IMonarchLanguage {
  const ci = new Set(lex.caseInsensitiveFunctions);
  const singleTypes = lex.typeFamilies.filter((t) => !t.name.includes(' '));
  // `DOUBLE PRECISION` and friends are one type; match them before single words,
  // allowing any run of blanks between the words as the parser does.
  const multiWordTypes = lex.typeFamilies
    .filter((t) => t.name.includes(' '))
    .map((t) => foldedAlternation([t.name]).replace(/ /g, '\\s+'));

  const typeWords = [exactAlternation(singleTypes.filter((t) => !t.ci).map((t) => t.name)), foldedAlternation(singleTypes.filter((t) => t.ci).map((t) => t.name))]
    .filter(Boolean)
    .join('|');

  return {
    defaultToken: '',
    // Keywords that do end a list item (`ORDER BY ts DESC,`, `INTERVAL 1 DAY)`, `NULL)`).
    listEndKeywords: foldedAlternation(LIST_END_KEYWORDS),
    tokenPostfix: '.sql',
    // Global case folding stays off: case-insensitive sets are folded regexes below.
    ignoreCase: false,
    keywordsCI: foldedAlternation(lex.keywords),
    functionsCS: lex.functions.filter((f) => !ci.has(f)),
    functionsCI: foldedAlternation(lex.caseInsensitiveFunctions),
    // `sumIf`, `uniqMergeState`: an aggregate followed by one or more combinators.
    aggregateCombined: `(?:${exactAlternation(lex.aggregateFunctions)})(?:${exactAlternation(lex.combinators)})+`,
    typesCS: singleTypes.filter((t) => !t.ci).map((t) => t.name),
    typesCI: foldedAlternation(singleTypes.filter((t) => t.ci).map((t) => t.name)) || '(?!)',
    brackets: [
      { open: '(', close: ')', token: 'delimiter.parenthesis' },
      { open: '[', close: ']', token: 'delimiter.square' },
      { open: '{', close: '}', token: 'delimiter.curly' },
    ],
    tokenizer: {
      root: [
        { include: '@whitespace' },
        [/`/, { token: 'identifier.quote', next: '@backquoted' }],
        [/"/, { token: 'identifier.quote', next: '@doubleQuoted' }],
        [/'/, { token: 'string.quote', next: '@string' }],
        [/0[xX][0-9a-fA-F]+/, 'number.hex'],
        [/0[bB][01]+/, 'number.binary'],
        [/(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/, 'number'],
        ...(multiWordTypes.length ? [[new RegExp(`(?:${multiWordTypes.join('|')})${WORD_END}`), 'type'] as Monaco.languages.IMonarchLanguageRule] : []),
        // Either side of a qualifying dot is a name, even when it is spelled like a keyword (`default.t`).
        [/[a-zA-Z_][\w$]*(?=\.[a-zA-Z_`"])/, 'identifier'],
        [/(\.)([a-zA-Z_][\w$]*)/, ['delimiter', 'identifier']],
        // Column names that are also keywords (`url`, `name`, `type`, `id`) read as names where
        // only a name can stand: before a column type, after AS, after `,` and before `,` or `)`.
        [new RegExp(`(?![aA][sS]${WORD_END})[a-zA-Z_][\\w$]*(?=\\s+(?:${typeWords})${WORD_END})`), 'identifier'],
        [
          new RegExp(`([aA][sS])(\\s+)(?!(?:${foldedAlternation(['SELECT', 'WITH'])})${WORD_END})([a-zA-Z_][\\w$]*)${WORD_END}(?!\\s*\\()`),
          ['keyword', 'white', { cases: { '@typesCS': 'type', '~@typesCI': 'type', '@default': 'identifier' } }],
        ],
        // A comma that ends the line: the first word of the next line is a list item too.
        [/,(?=\s*(?:--.*)?$)/, { token: 'delimiter', next: '@afterComma' }],
        [
          new RegExp(`(,)(\\s*)([a-zA-Z_][\\w$]*)${WORD_END}(?!\\s*\\()`),
          ['delimiter', 'white', { cases: { '@typesCS': 'type', '~@typesCI': 'type', '~@listEndKeywords': 'keyword', '@default': 'identifier' } }],
        ],
        [
          /[a-zA-Z_][\w$]*(?=\s*[,)])/,
          { cases: { '@typesCS': 'type', '~@typesCI': 'type', '~@listEndKeywords': 'keyword', '@default': 'identifier' } },
        ],
        // A word followed by `(` is a call or a parametric type.
        [
          /[a-zA-Z_][\w$]*(?=\s*\()/,
          {
            cases: {
              '@typesCS': 'type',
              '~@typesCI': 'type',
              '@functionsCS': 'predefined',
              '~@functionsCI': 'predefined',
              '~@aggregateCombined': 'predefined',
              '~@keywordsCI': 'keyword',
              '@default': 'identifier',
            },
          },
        ],
        [
          /[a-zA-Z_][\w$]*/,
          {
            cases: {
              '~@keywordsCI': 'keyword',
              '@typesCS': 'type',
              '~@typesCI': 'type',
              '@default': 'identifier',
            },
          },
        ],
        [/[()[\]{}]/, '@brackets'],
        [/->|::|\|\||<=>|<>|!=|<=|>=|==|[-+*/%=<>!?:^&|~]/, 'operator'],
        [/[,;.]/, 'delimiter'],
      ],
      afterComma: [
        { include: '@whitespace' },
        [
          new RegExp(`[a-zA-Z_][\\w$]*${WORD_END}(?!\\s*[(.])`),
          {
            cases: {
              '@typesCS': { token: 'type', next: '@pop' },
              '~@typesCI': { token: 'type', next: '@pop' },
              '~@listEndKeywords': { token: 'keyword', next: '@pop' },
              '@default': { token: 'identifier', next: '@pop' },
            },
          },
        ],
        [/(?=.)/, { token: '', next: '@pop' }],
      ],
      whitespace: [
        [/\s+/, 'white'],
        [/--.*$/, 'comment'],
        [/\/\*/, { token: 'comment', next: '@blockComment' }],
      ],
      blockComment: [
        [/[^/*]+/, 'comment'],
        [/\*\//, { token: 'comment', next: '@pop' }],
        [/[/*]/, 'comment'],
      ],
      string: [
        [/[^\\']+/, 'string'],
        [/\\./, 'string.escape'],
        [/''/, 'string.escape'],
        [/'/, { token: 'string.quote', next: '@pop' }],
      ],
      backquoted: [
        [/[^\\`]+/, 'identifier.quoted'],
        [/\\./, 'identifier.quoted.escape'],
        [/``/, 'identifier.quoted.escape'],
        [/`/, { token: 'identifier.quote', next: '@pop' }],
      ],
      doubleQuoted: [
        [/[^\\"]+/, 'identifier.quoted'],
        [/\\./, 'identifier.quoted.escape'],
        [/""/, 'identifier.quoted.escape'],
        [/"/, { token: 'identifier.quote', next: '@pop' }],
      ],
    },
  };
}

export const languageConfiguration: Monaco.languages.LanguageConfiguration = {
  comments: { lineComment: '--', blockComment: ['/*', '*/'] },
  brackets: [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: '{', close: '}' },
    { open: "'", close: "'", notIn: ['string', 'comment'] },
    { open: '`', close: '`', notIn: ['string', 'comment'] },
  ],
  wordPattern: /[a-zA-Z_][\w$]*|`(?:[^`\\]|\\.)*`/,
};

export function registerClickHouseSql(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === CLICKHOUSE_SQL)) return;
  monaco.languages.register({ id: CLICKHOUSE_SQL, aliases: ['ClickHouse SQL'] });
  monaco.languages.setLanguageConfiguration(CLICKHOUSE_SQL, languageConfiguration);
  monaco.languages.setMonarchTokensProvider(CLICKHOUSE_SQL, buildMonarch({ ...lexicon, ...sqlWords }));
}
