import { writePosts } from './write-posts';

/**
 * Imports a module of the site (lib/posts or something built on it) afresh,
 * with the post store pointed at a temporary folder of the given posts.
 */
export async function loadSiteStore<T>(files: Record<string, string>, load: () => Promise<T>, nodeEnv = 'production'): Promise<T> {
  const env = process.env as Record<string, string | undefined>;
  const saved = { dir: env.POSTS_DIR, nodeEnv: env.NODE_ENV };
  env.POSTS_DIR = writePosts(files);
  env.NODE_ENV = nodeEnv;
  let loaded!: T;
  try {
    await jest.isolateModulesAsync(async () => {
      loaded = await load();
    });
  } finally {
    env.POSTS_DIR = saved.dir;
    env.NODE_ENV = saved.nodeEnv;
  }
  return loaded;
}
