// Types for Monaco's Monarch engine modules, which ship without declarations. Only the
// tokenizer tests use them: they run the real engine in Node, without a DOM.
declare module 'monaco-editor/editor/standalone/common/monarch/monarchCompile' {
  export function compile(languageId: string, json: unknown): unknown;
}
declare module 'monaco-editor/editor/standalone/common/monarch/monarchLexer' {
  export interface MonarchToken {
    offset: number;
    type: string;
  }
  export class MonarchTokenizer {
    constructor(languageService: unknown, themeService: unknown, languageId: string, lexer: unknown, configurationService: unknown);
    getInitialState(): unknown;
    tokenize(line: string, hasEOL: boolean, state: unknown): { tokens: MonarchToken[]; endState: unknown };
  }
}
