import { describe, expect, it } from 'vitest';
import { html, toString } from './html';

describe('lite HTML', () => {
  it('escapes every value as text, in content and in attributes', () => {
    const headline = '<script>alert("x")</script> & «تقرير»';
    expect(toString(html`<h1 title="${headline}">${headline}</h1>`)).toBe(
      '<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «تقرير»">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «تقرير»</h1>',
    );
  });

  it('passes fragments it made itself, lists of them, and leaves out false and empty values', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(toString(html`<ul>${items}${false}${undefined}</ul>`)).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });
});
