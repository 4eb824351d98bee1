/** @jest-environment node */
import { commonPolicy, contentSecurityPolicy } from '@/lib/http/security-headers.cjs';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split('; ').map((part) => part.split(' ')).map(([name, ...values]) => [name, values]));
}

describe('the Content-Security-Policy', () => {
  it('admits only the site itself when no post loads media from elsewhere', () => {
    expect(commonPolicy()).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('admits the posts’ image hosts for images and their video hosts for media, and nothing else from them', () => {
    const policy = directives(
      contentSecurityPolicy(["'sha256-abc='"], { img: ['https://docs.daocloud.io', 'https://img.example.com'], media: ['https://video.example.com'] }),
    );
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'https://docs.daocloud.io', 'https://img.example.com']);
    expect(policy['media-src']).toEqual(["'self'", 'https://video.example.com']);
    expect(policy['script-src']).toEqual(["'self'", "'sha256-abc='"]);
    for (const name of ['default-src', 'style-src', 'font-src', 'connect-src']) expect(policy[name]).toEqual(["'self'"]);
  });
});
