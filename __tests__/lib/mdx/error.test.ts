import { describeMdxError } from '@/lib/mdx/error';

const wrapped = (message: string) => `[next-mdx-remote] error compiling MDX:\n${message}\n\nMore information: https://mdxjs.com/docs/troubleshooting-mdx`;

describe('describeMdxError', () => {
  it('puts the parser position first as a line and drops the wrapper text', () => {
    const text = describeMdxError('posts/a/zh.mdx', wrapped('Expected a closing tag for `<div>` (12:1-12:6)\n\n> 12 | <div>'));
    expect(text).toBe('posts/a/zh.mdx: line 12: Expected a closing tag for `<div>` (12:1-12:6)\n\n> 12 | <div>');
  });

  it('keeps the line our own checks give', () => {
    expect(describeMdxError('posts/a/en.mdx', wrapped('line 3: posts may not contain a <script> element'))).toBe(
      'posts/a/en.mdx: line 3: posts may not contain a <script> element',
    );
  });

  it('says what failed when no position is known', () => {
    expect(describeMdxError('posts/a/en.mdx', wrapped('Unexpected end of file'))).toBe('posts/a/en.mdx: MDX could not be compiled: Unexpected end of file');
  });
});
