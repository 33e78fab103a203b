import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, toOneLine, toPlainText, toSafeUrl } from '../../../../src/lib/ingest/normalise/text.ts';

// Control characters other than the line break, and bidi overrides, must never reach a page.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const TAG = /<\/?[a-z][^>]*>/i;

/** HTML as feeds send it, hostile parts included. */
const htmlFragment = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<br>',
    '<b>gras</b>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">lien</a>',
    '<a href="https://example.org">site</a>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&amp;lt;b&amp;gt;',
    '<<b>script>',
    '<scr\u0000ipt>',
    '<style>p{}</style>',
    '&nbsp;',
    '\u202Egnp.exe',
    '\r\n',
  ),
  fc.string(),
);
const html = fc.array(htmlFragment, { maxLength: 12 }).map((parts) => parts.join(''));

describe('toPlainText', () => {
  it('turns an HTML description into readable text with its links', () => {
    expect(
      toPlainText('<p>Atelier <strong>tablette</strong></p><p>Infos : <a href="https://example.org">ici</a></p>'),
    ).toBe('Atelier tablette\n\nInfos : ici (https://example.org)');
  });

  it('keeps the words of a link whose target cannot be published, never the target', () => {
    expect(toPlainText('<p>Inscription : <a href=" JaVaScRiPt:alert(1)">clic</a></p>')).toBe('Inscription : clic');
    expect(toPlainText('<a href="data:text/html,<b>x</b>">voir</a> ou <a href="tel:0299000000">appeler</a>')).toBe(
      'voir ou appeler (tel:0299000000)',
    );
  });

  it('keeps plain text as written, blank lines collapsed, and gives null for nothing', () => {
    expect(toPlainText('  Ligne 1\r\n\r\n\r\n\r\nLigne 2  ')).toBe('Ligne 1\n\nLigne 2');
    expect(toPlainText('Tarif : 5 € < 10 €')).toBe('Tarif : 5 € < 10 €');
    expect(toPlainText(' \n ')).toBeNull();
    expect(toPlainText(null)).toBeNull();
  });

  it('cuts a text that is too long with an ellipsis', () => {
    expect(toPlainText('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('never outputs a tag or a control character, whatever the HTML', () => {
    fc.assert(
      fc.property(html, (input) => {
        const text = toPlainText(input);
        if (text === null) return;
        expect(text).not.toMatch(TAG);
        expect(text).not.toMatch(CONTROL);
      }),
    );
  });
});

describe('toOneLine', () => {
  it('joins lines and cuts at the title length', () => {
    expect(toOneLine('<p>Atelier</p><p>numérique</p>')).toBe('Atelier numérique');
    fc.assert(
      fc.property(html, (input) => {
        const line = toOneLine(input);
        if (line === null) return;
        expect(line).not.toMatch(/\n/);
        expect(line.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(line).not.toMatch(TAG);
      }),
    );
  });
});

/** `javascript:` written every way browsers or people might. */
const hostileScheme = fc
  .tuple(
    fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'jav&#x09;ascript', 'java\u0000script', 'java\tscript'),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('', ' ', '\t', '\n', '\u0001', '\u00A0'),
    fc.constantFrom(':', '&colon;', '&#58;', '%3A'),
  )
  .map(([scheme, upper, space, colon]) => {
    const cased = Array.from(scheme, (c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
    return `${space}${cased}${colon}alert(1)`;
  });

describe('toSafeUrl', () => {
  it('keeps web, mail and phone links, and completes a bare www address', () => {
    expect(toSafeUrl(' https://example.org/atelier?x=1 ')).toBe('https://example.org/atelier?x=1');
    expect(toSafeUrl('www.example.org')).toBe('https://www.example.org/');
    expect(toSafeUrl('mailto:contact@example.org')).toBe('mailto:contact@example.org');
    expect(toSafeUrl('tel:+33 2 99 00 00 00')).toBe('tel:+33299000000');
    expect(toSafeUrl('tel:02.99.00.00.00')).toBe('tel:0299000000');
  });

  it('refuses other schemes, relative addresses, spaces and attribute breakers', () => {
    for (const input of [
      'ftp://example.org',
      '/agenda',
      'example',
      'https://exa mple.org',
      'mailto:a@b"><script>',
      '',
      '   ',
    ]) {
      expect(toSafeUrl(input), input).toBeNull();
    }
  });

  it('never returns a javascript: (or other script) link, whatever its casing, spacing or entities', () => {
    fc.assert(
      fc.property(hostileScheme, (input) => {
        expect(toSafeUrl(input)).toBeNull();
      }),
    );
  });

  it('only ever returns http(s), mailto or tel links', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.webUrl(),
      hostileScheme,
      fc.emailAddress().map((e) => `mailto:${e}`),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const url = toSafeUrl(input);
        if (url !== null) expect(url).toMatch(/^(?:https?:\/\/[^\s"'<>`]+|mailto:[^\s"'<>`]+|tel:\+?\d+)$/i);
      }),
    );
  });
});
