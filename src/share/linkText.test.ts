import { describe, expect, it } from 'vitest';
import { effectiveReadOnly, isEmbedSearch } from '../store/viewMode';
import { cleanLength, editableUrl, embedPageBase, iframeSnippet, lengthNote } from './linkText';

describe('iframe snippet', () => {
  it('escapes the URL for an HTML attribute and keeps the sizes', () => {
    const s = iframeSnippet('https://x.test/?a="b"#d=abc&ro=1', { width: '800', height: '100%' });
    expect(s).toContain('src="https://x.test/?a=&quot;b&quot;#d=abc&amp;ro=1"');
    expect(s).toContain('width="800" height="100%"');
    expect(s.startsWith('<iframe ')).toBe(true);
    expect(s.endsWith('</iframe>')).toBe(true);
  });

  it('refuses sizes that would break out of the attribute', () => {
    expect(cleanLength('" onload="x', '480')).toBe('480');
    expect(cleanLength(' 640 ', '480')).toBe('640');
    expect(iframeSnippet('u', { width: '1e9', height: '' })).toContain('width="100%" height="480"');
  });
});

describe('editable link', () => {
  it('drops the view flags and keeps the design', () => {
    expect(editableUrl('https://x.test/app/#d=abc-_&ro=1&view=sql&theme=dark')).toBe('https://x.test/app/#d=abc-_');
    expect(editableUrl('https://x.test/app/#ro=1&d=abc')).toBe('https://x.test/app/#d=abc');
    expect(editableUrl('https://x.test/app/')).toBe('https://x.test/app/');
  });

  it('drops the embed marker and keeps other query parameters', () => {
    expect(editableUrl('https://x.test/app/?embed=1#d=abc&ro=1')).toBe('https://x.test/app/#d=abc');
    expect(editableUrl('https://x.test/?lang=en&embed=1&x=2#d=abc&ro=1')).toBe('https://x.test/?lang=en&x=2#d=abc');
    expect(editableUrl('https://x.test/?embed')).toBe('https://x.test/');
  });
});

describe('embed page address', () => {
  it('marks the page with ?embed=1, once, whatever the base carries', () => {
    expect(embedPageBase('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/?embed=1');
    expect(embedPageBase('https://x.test/app/?lang=en')).toBe('https://x.test/app/?lang=en&embed=1');
    expect(embedPageBase('https://x.test/app/?embed=1#d=old')).toBe('https://x.test/app/?embed=1');
    expect(isEmbedSearch(new URL(embedPageBase('https://x.test/app/?lang=en')).search)).toBe(true);
    expect(isEmbedSearch('?lang=en')).toBe(false);
  });

  it('the embed page and a foreign frame are read-only whatever the link says', () => {
    expect(effectiveReadOnly(false, { embed: true, framed: false })).toBe(true);
    expect(effectiveReadOnly(false, { embed: false, framed: true })).toBe(true);
    expect(effectiveReadOnly(true, { embed: false, framed: false })).toBe(true);
    expect(effectiveReadOnly(false, { embed: false, framed: false })).toBe(false);
  });
});

describe('length note', () => {
  it('warns about very long links only', () => {
    expect(lengthNote(1234)).toBe('1,234 characters');
    expect(lengthNote(9000)).toMatch(/may cut it/);
  });
});
