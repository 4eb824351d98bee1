import { parseQuery } from '@/lib/search/query';
import { highlight, snippet, type Segment } from '@/lib/search/snippet';

/** Segments as text with the marked parts in [brackets]. */
const show = (segments: Segment[]) => segments.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('highlight', () => {
  it('marks an English prefix at the start of words, whatever the case', () => {
    expect(show(highlight('Kubernetes and kube-proxy, not minikube', parseQuery('KUBE')))).toBe('[Kube]rnetes and [kube]-proxy, not minikube');
  });

  it('marks a Chinese query anywhere, including inside longer words', () => {
    expect(show(highlight('裸金属容器与容器云', parseQuery('容器')))).toBe('裸金属[容器]与[容器]云');
  });

  it('marks every word of the query and merges overlapping marks', () => {
    expect(show(highlight('DCE 与 Kubernetes 的关系', parseQuery('kubernetes dce 与')))).toBe('[DCE] [与] [Kubernetes] 的关系');
    expect(show(highlight('containers', parseQuery('con container')))).toBe('[container]s');
  });

  it('marks an English word right after Chinese text', () => {
    expect(show(highlight('用Kubernetes管理', parseQuery('kube')))).toBe('用[Kube]rnetes管理');
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('DCE 研发背景', parseQuery('容器'))).toEqual([{ text: 'DCE 研发背景', mark: false }]);
  });
});

describe('snippet', () => {
  const english = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Bare-metal containers run directly on physical machines. ${'More text follows here. '.repeat(20)}`;

  it('shows the text around the first match, cut between words, with ellipses', () => {
    const text = show(snippet(english, parseQuery('physical')));
    expect(text).toMatch(/^… ?\S/);
    expect(text).toMatch(/…$/);
    expect(text).toContain('run directly on [physical] machines');
    expect(text).not.toMatch(/… ?[a-z]{1,3}m /);
    expect(text.length).toBeLessThan(200);
  });

  it('starts at the beginning when the match is near it, without a leading ellipsis', () => {
    expect(show(snippet('Kubernetes is a container orchestrator.', parseQuery('container')))).toBe('Kubernetes is a [container] orchestrator.');
  });

  it('counts Chinese characters as two columns', () => {
    const chinese = `${'这是一段很长的中文文字，'.repeat(20)}企业们开始尝试将容器直接部署在物理机上，也称为裸金属容器。${'后面还有更多的文字。'.repeat(20)}`;
    const parts = snippet(chinese, parseQuery('裸金属'), 80);
    const text = show(parts);
    expect(text).toContain('也称为[裸金属]容器');
    expect(text.replace(/[[\]…]/g, '').length).toBeLessThanOrEqual(41);
  });

  it('shows the opening text when only the title matched', () => {
    expect(show(snippet('First words of the post and then more.', parseQuery('absent'), 20))).toBe('First words of the…');
  });
});
