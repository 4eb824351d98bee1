/** @jest-environment node */
import { headingAnchors, mkdocsSlug } from '@/lib/import/heading-anchors';

describe('mkdocsSlug (Python-Markdown toc)', () => {
  it.each([
    ['Install on Linux!', 'install-on-linux'],
    ['安装 K8s 集群', 'k8s'],
    ['检查所需端口', ''],
    ['Kubernetes 1.26: what’s new', 'kubernetes-126-whats-new'],
    ['  Café  au   lait ', 'cafe-au-lait'],
  ])('%s -> %s', (text, slug) => {
    expect(mkdocsSlug(text)).toBe(slug);
  });
});

describe('headingAnchors', () => {
  it('maps the ids mkdocs gave (Chinese headings counted _1, _2, ... after the title) and our own to ours', () => {
    const anchors = headingAnchors({ text: '边缘计算' }, [{ text: '检查所需端口' }, { text: 'Install K8s' }, { text: '检查所需端口' }, { text: '对可分区设备的支持', id: 'dra' }]);
    expect(Object.fromEntries(anchors)).toEqual({
      _2: '检查所需端口',
      检查所需端口: '检查所需端口',
      'install-k8s': 'install-k8s',
      _3: '检查所需端口-1',
      '检查所需端口-1': '检查所需端口-1',
      dra: 'dra',
    });
  });

  it('counts from _1 when the title has an ASCII id', () => {
    expect(headingAnchors({ text: 'DCE 5.0' }, [{ text: '背景' }]).get('_1')).toBe('背景');
  });
});
