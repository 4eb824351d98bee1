/** @jest-environment node */
import { BUILD_HEAP_MB, nextBuildSteps, withBuildHeapLimit } from '../../scripts/lib/next-build.mjs';

describe('the build heap limit', () => {
  it('is added to NODE_OPTIONS, keeping the options already there', () => {
    expect(withBuildHeapLimit({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${BUILD_HEAP_MB}`);
    expect(withBuildHeapLimit({}).NODE_OPTIONS).toBe(`--max-old-space-size=${BUILD_HEAP_MB}`);
  });

  it('gives way to a limit the environment sets, in either spelling', () => {
    for (const NODE_OPTIONS of ['--max-old-space-size=4096', '--max_old_space_size=4096']) {
      expect(withBuildHeapLimit({ NODE_OPTIONS }).NODE_OPTIONS).toBe(NODE_OPTIONS);
    }
  });
});

describe('the build steps', () => {
  const steps = nextBuildSteps({ POSTS_DIR: '/tmp/posts' });

  it('compile, then prerender from what was compiled, each with Next.js in a process of its own', () => {
    expect(steps.map((step) => step.args.slice(1))).toEqual([
      ['build', '--experimental-build-mode=compile'],
      ['build', '--experimental-build-mode=generate'],
    ]);
    for (const step of steps) {
      expect(step.command).toBe(process.execPath);
      expect(step.args[0]).toMatch(/node_modules[/\\]next[/\\]dist[/\\]bin[/\\]next$/);
    }
  });

  it('run with the heap limit and telemetry off, the rest of the environment kept', () => {
    for (const { env } of steps) {
      expect(env).toMatchObject({ POSTS_DIR: '/tmp/posts', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--max-old-space-size=${BUILD_HEAP_MB}` });
    }
  });
});
