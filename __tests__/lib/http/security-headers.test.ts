/** @jest-environment node */
import { commonPolicy, contentSecurityPolicy, developmentPolicy } from '@/lib/http/security-headers.cjs';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split('; ').map((part) => part.split(' ')).map(([name, ...values]) => [name, values]));
}

describe('the Content-Security-Policy', () => {
  it('admits only the site itself when no post loads media from elsewhere', () => {
    expect(commonPolicy()).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('admits the posts’ image hosts for images and their video hosts for media, and nothing else from them', () => {
    const policy = directives(
      contentSecurityPolicy(["'sha256-abc='"], { img: ['https://docs.daocloud.io', 'https://img.example.com'], media: ['https://video.example.com'] }),
    );
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'https://docs.daocloud.io', 'https://img.example.com']);
    expect(policy['media-src']).toEqual(["'self'", 'https://video.example.com']);
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]);
    for (const name of ['default-src', 'style-src', 'font-src', 'connect-src']) expect(policy[name]).toEqual(["'self'"]);
  });

  it('lets search compile WebAssembly (Pagefind) and evaluate no JavaScript, with no worker or connection beyond the site', () => {
    const policy = directives(commonPolicy());
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
    expect(policy['worker-src']).toBeUndefined();
    expect(policy['connect-src']).toEqual(["'self'"]);
  });

  it('loosens only under next dev: eval for React’s dev build and inline styles for the error overlay', () => {
    const production = directives(commonPolicy());
    const development = directives(developmentPolicy());
    expect(production['script-src']).not.toContain("'unsafe-eval'");
    expect(production['style-src']).toEqual(["'self'"]);
    expect(development['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(development['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect({ ...development, 'script-src': [], 'style-src': [] }).toEqual({ ...production, 'script-src': [], 'style-src': [] });
  });
});
