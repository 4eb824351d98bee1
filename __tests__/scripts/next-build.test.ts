/** @jest-environment node */
import { BUILD_HEAP_MB, nextBuildCommand, withBuildHeapLimit } from '../../scripts/lib/next-build.mjs';

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

  it('is part of the command every build runs, telemetry off, the rest of the environment kept', () => {
    const { command, args, env } = nextBuildCommand({ POSTS_DIR: '/tmp/posts' });
    expect(command).toBe(process.execPath);
    expect(args.at(-1)).toBe('build');
    expect(args[0]).toMatch(/node_modules[/\\]next[/\\]dist[/\\]bin[/\\]next$/);
    expect(env).toMatchObject({ POSTS_DIR: '/tmp/posts', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--max-old-space-size=${BUILD_HEAP_MB}` });
  });
});
