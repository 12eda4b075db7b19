// Where is a JSON text broken? JSON.parse's messages differ between engines and
// V8's no longer carry a position, so after JSON.parse has refused a text this
// small scanner walks it by the JSON grammar and reports the first offending
// character as a 1-based line and column.

export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function scan(text: string): void {
  let i = 0;
  const n = text.length;
  const stop = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const show = (at = i) => (at >= n ? 'end of file' : `'${text[at] === '\n' ? '\\n' : text[at]}'`);
  const unexpected = (expected: string) => stop(`expected ${expected} but found ${show()}`);
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const digits = () => {
    const start = i;
    while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === start) unexpected('a digit');
  };

  function string(): void {
    const start = i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('invalid \\u escape in string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop(`invalid escape \\${e ?? ''} in string`);
        continue;
      }
      if (c < ' ') stop(c === '\n' ? 'line break inside a string (write \\n)' : 'control character inside a string');
      i++;
    }
    stop('unterminated string', start);
  }

  function number(): void {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  }

  function literal(word: string): void {
    if (text.startsWith(word, i)) i += word.length;
    else unexpected('a value');
  }

  function value(): void {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === "'") stop('strings must use double quotes');
    unexpected('a value');
  }

  function object(): void {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === '}') stop('trailing comma before }');
      if (text[i] !== '"') unexpected('a property name in double quotes');
      string();
      ws();
      if (text[i] !== ':') unexpected("':'");
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      unexpected("',' or '}'");
    }
  }

  function array(): void {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === ']') stop('trailing comma before ]');
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      unexpected("',' or ']'");
    }
  }

  value();
  ws();
  if (i < n) stop(`unexpected ${show()} after the end of the JSON value`);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax problem of `text`, or null if the scanner finds none. */
export function locateJsonError(text: string): JsonProblem | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) return null;
    return { ...lineAndColumn(text, e.offset), message: e.message };
  }
}
