/**
 * A strict JSON reader (RFC 8259, like JSON.parse) that also remembers where every value
 * starts, so import errors can name the line of the offending question or field.
 */

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

export type LocatedJson = {
  value: unknown;
  /** Offset of the value at `path`, or of its deepest ancestor that exists. */
  locate: (path: readonly PropertyKey[]) => number;
};

const MAX_DEPTH = 100;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERALS: [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/** Parses JSON text; throws JsonSyntaxError with the offset of the first problem. */
export function parseJsonLocated(text: string): LocatedJson {
  const offsets = new Map<string, number>();
  let i = text.startsWith("\uFEFF") ? 1 : 0;

  const fail = (message: string, at = i): never => {
    if (at >= text.length) throw new JsonSyntaxError(`The JSON ends too early (${message})`, text.length);
    throw new JsonSyntaxError(message, at);
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const expect = (ch: string, message: string) => {
    skipSpace();
    if (text[i] !== ch) fail(message);
    i++;
  };

  function readString(): string {
    const start = i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          return fail("A string has an invalid \\ escape", start);
        }
      }
      if (ch < " ") fail("A string contains a raw control character such as a line break: write \\n instead");
      i += ch === "\\" ? 2 : 1;
    }
    return fail('A string is never closed: add the closing "', start);
  }

  function readValue(path: (string | number)[]): unknown {
    skipSpace();
    if (path.length > MAX_DEPTH) fail("The JSON is nested too deeply");
    offsets.set(JSON.stringify(path), i);
    const ch = text[i];
    if (ch === "{") return readObject(path);
    if (ch === "[") return readArray(path);
    if (ch === '"') return readString();
    if (ch === "-" || (ch >= "0" && ch <= "9")) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return fail("Invalid number");
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- text[i] past the end is undefined; the index type does not say so.
    if (ch === undefined) return fail("a value is missing");
    if (ch === "]" || ch === "}") return fail(`Unexpected '${ch}': remove the comma before it`);
    return fail(`Unexpected '${ch}': expected a value (text in double quotes, a number, true, false, null, [ or {)`);
  }

  function readObject(path: (string | number)[]): Record<string, unknown> {
    i++;
    const object: Record<string, unknown> = {};
    skipSpace();
    if (text[i] === "}") {
      i++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail("Expected a property name in double quotes");
      const key = readString();
      expect(":", "Expected ':' after the property name");
      // defineProperty, so a "__proto__" key is data, as with JSON.parse.
      const value = readValue([...path, key]);
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[i] === "}") {
        i++;
        return object;
      }
      expect(",", "Expected ',' or '}' after the property value");
    }
  }

  function readArray(path: (string | number)[]): unknown[] {
    i++;
    const array: unknown[] = [];
    skipSpace();
    if (text[i] === "]") {
      i++;
      return array;
    }
    for (;;) {
      array.push(readValue([...path, array.length]));
      skipSpace();
      if (text[i] === "]") {
        i++;
        return array;
      }
      expect(",", "Expected ',' or ']' after the list item");
    }
  }

  const value = readValue([]);
  skipSpace();
  if (i < text.length) fail("Unexpected text after the end of the JSON");
  return {
    value,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const offset = offsets.get(JSON.stringify(path.slice(0, n)));
        if (offset !== undefined) return offset;
      }
      return 0;
    },
  };
}
