/** @jest-environment node */
import { mdiAlphaABox, mdiNumeric1Box, mdiSailBoat } from '@mdi/js';
import { materialIconPath } from '@/lib/mdx/material-icons';

describe('materialIconPath', () => {
  it('finds an icon by its kebab-case name, as mkdocs-material writes it', () => {
    expect(materialIconPath('sail-boat')).toBe(mdiSailBoat);
    expect(materialIconPath('numeric-1-box')).toBe(mdiNumeric1Box);
    expect(materialIconPath('alpha-a-box')).toBe(mdiAlphaABox);
  });

  it.each(['no-such-icon', 'SailBoat', 'sail_boat', 'sail--boat', '-sail', '', 'constructor', '__proto__', 'to-string'])(
    'knows no icon named %j',
    (name) => {
      expect(materialIconPath(name)).toBeUndefined();
    },
  );
});
