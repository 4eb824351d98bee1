/** @jest-environment node */
import { keepWritten, planTags, type TagSource } from '@/lib/import/tags';
import { tagIdFromName } from '@/lib/import/tag-id';

const zh = (key: string, ...names: string[]): TagSource => ({ key, locale: 'zh', names });
const en = (key: string, ...names: string[]): TagSource => ({ key, locale: 'en', names });

describe('tagIdFromName', () => {
  it.each([
    ['containers', 'containers'],
    ['Cloud Native', 'cloud-native'],
    ['k8s_1.26', 'k8s-1-26'],
    ['Día', 'dia'],
    ['ＡＩ', 'ai'],
    ['云原生', 'yun-yuan-sheng'],
    ['Kubernetes 集群', 'kubernetes-ji-qun'],
  ])('%s -> %s', (name, id) => {
    expect(tagIdFromName(name)).toBe(id);
  });

  it('gives a name with no letters a stable id of its own', () => {
    expect(tagIdFromName('🚀')).toMatch(/^t-[0-9a-f]{8}$/);
    expect(tagIdFromName('🚀')).toBe(tagIdFromName('🚀'));
    expect(tagIdFromName('🚀')).not.toBe(tagIdFromName('🛸'));
  });
});

describe('planTags', () => {
  it('pairs the tags of a post and its translation by position, with the id from the English name', () => {
    const plan = planTags({}, [zh('a.md', '容器', '云原生'), en('a.md', 'containers', 'Cloud Native')]);
    expect(plan.tags).toEqual({
      containers: { name: { zh: '容器', en: 'containers' } },
      'cloud-native': { name: { zh: '云原生', en: 'Cloud Native' } },
    });
    expect(plan.idOf('zh', '云原生')).toBe('cloud-native');
    expect(plan.idOf('en', 'cloud native')).toBe('cloud-native');
    expect(plan.added.map((tag) => tag.id)).toEqual(['cloud-native', 'containers']);
    expect(plan.unpaired).toEqual([]);
  });

  it('gives a name seen in a pair the same id in a post of one language', () => {
    const plan = planTags({}, [zh('a.md', '容器'), en('a.md', 'containers'), zh('only.md', '容器', '可观测性')]);
    expect(plan.idOf('zh', '容器')).toBe('containers');
    expect(plan.tags['ke-guan-ce-xing']).toEqual({ name: { zh: '可观测性' } });
  });

  it('leaves tags unpaired when the languages list different numbers, and says so', () => {
    const plan = planTags({}, [zh('a.md', '容器', '云原生'), en('a.md', 'containers')]);
    expect(plan.tags).toEqual({
      'rong-qi': { name: { zh: '容器' } },
      'yun-yuan-sheng': { name: { zh: '云原生' } },
      containers: { name: { en: 'containers' } },
    });
    expect(plan.unpaired).toEqual([{ key: 'a.md', reason: 'its languages list different numbers of tags (zh 2, en 1)' }]);
  });

  it('does not pair two names that already belong to different tags', () => {
    const existing = { containers: { name: { zh: '容器', en: 'containers' } }, docker: { name: { en: 'Docker' } } };
    const plan = planTags(existing, [zh('a.md', '容器'), en('a.md', 'Docker')]);
    expect(plan.tags).toEqual(existing);
    expect(plan.idOf('zh', '容器')).toBe('containers');
    expect(plan.idOf('en', 'docker')).toBe('docker');
    expect(plan.unpaired).toEqual([{ key: 'a.md', reason: 'tag 1 (容器 / Docker) is named differently elsewhere' }]);
  });

  it('keeps existing tags and their names, adding only what they lacked', () => {
    const plan = planTags({ ctr: { name: { zh: '容器' } } }, [zh('a.md', '容器'), en('a.md', 'containers')]);
    expect(plan.tags).toEqual({ ctr: { name: { zh: '容器', en: 'containers' } } });
    expect(plan.added).toEqual([]);
    expect(plan.named).toEqual(['ctr']);
  });

  it('takes an id whose name in another language means something else with a number', () => {
    const plan = planTags({ containers: { name: { zh: '容器', en: 'containers' } } }, [zh('a.md', '集装箱'), en('a.md', 'Containers ')]);
    // "Containers " is the existing English name (case and spaces aside), so the pair cannot be made; alone, each keeps to itself.
    expect(plan.idOf('en', 'Containers')).toBe('containers');
    expect(plan.idOf('zh', '集装箱')).toBe('ji-zhuang-xiang');
    const clash = planTags({ containers: { name: { zh: '容器' } } }, [zh('b.md', '集装箱'), en('b.md', 'containers')]);
    expect(clash.tags['containers-2']).toEqual({ name: { zh: '集装箱', en: 'containers' } });
  });

  it('treats names that differ in case or width as one tag, and gives the same plan for the same input', () => {
    const sources = [en('a.md', 'Kubernetes'), en('b.md', 'kubernetes'), zh('c.md', 'ＫＵＢＥＲＮＥＴＥＳ')];
    const plan = planTags({}, sources);
    expect(Object.keys(plan.tags)).toEqual(['kubernetes']);
    expect(plan.tags.kubernetes.name).toEqual({ en: 'Kubernetes', zh: 'ＫＵＢＥＲＮＥＴＥＳ' });
    const again = planTags({}, sources);
    expect([again.tags, again.added]).toEqual([plan.tags, plan.added]);
  });
});

describe('keepWritten', () => {
  it('adds only the tags and names of the posts that were written, under their planned ids', () => {
    const existing = { k8s: { name: { zh: 'Kubernetes' } } };
    const written = [zh('a.md', '容器'), en('a.md', 'containers')];
    const failed = [zh('b.md', '边缘计算', 'Kubernetes'), en('b.md', 'edge', 'Kubernetes')];
    const plan = planTags(existing, [...written, ...failed]);
    expect(Object.keys(plan.tags).sort()).toEqual(['containers', 'edge', 'k8s']);
    const kept = keepWritten(existing, plan, written);
    expect(kept.tags).toEqual({ k8s: { name: { zh: 'Kubernetes' } }, containers: { name: { zh: '容器', en: 'containers' } } });
    expect(kept.added).toEqual([{ id: 'containers', names: { zh: '容器', en: 'containers' } }]);
    expect(kept.named).toEqual([]);
    expect(keepWritten(existing, plan, [...written, ...failed]).tags).toEqual(plan.tags);
  });
});
