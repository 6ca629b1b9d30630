// Unit: the one cleaning rule for text users write into Parley (src/text/clean-input.ts).
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, looksBinary } from '../../../src/text/clean-input.ts';

describe('cleanText', () => {
  it('removes NUL, other C0 and C1 controls and DEL, keeping tab and line breaks', () => {
    expect(cleanText('Russia\u0000 hosts\u0007 the\u000C talks\u0085\u007F.\tThe\r\nSNC boycotts.')).toBe(
      'Russia hosts the talks.\tThe\r\nSNC boycotts.',
    );
  });

  it('removes lone surrogates and keeps whole pairs', () => {
    expect(cleanText('a\uD800b\uDC00c \uD83D\uDE00 d\uD83D')).toBe('abc \uD83D\uDE00 d');
  });

  it('leaves clean text as it is', () => {
    const text = 'Lavrov said: «Geneva» — 25–26 January, 2018. Şam, Dimashq, دمشق.';
    expect(cleanText(text)).toBe(text);
  });
});

describe('cleanLine', () => {
  it('also turns tabs and line breaks into spaces', () => {
    expect(cleanLine('Sochi\tcongress\r\nopens\u0000')).toBe('Sochi congress  opens');
  });
});

describe('looksBinary', () => {
  it('says binary when more than one character in a hundred is a control character', () => {
    expect(looksBinary('abc\u0000def')).toBe(true);
    expect(looksBinary('\u0000\u0001\u0002PK')).toBe(true);
  });

  it('says text for a stray control character in a real paragraph', () => {
    expect(looksBinary(`${'Russia hosted the talks in Sochi. '.repeat(4)}\u000C`)).toBe(false);
    expect(looksBinary('plain text\n\twith tabs')).toBe(false);
  });
});
