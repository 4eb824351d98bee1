/** @jest-environment node */
import { plainPostHtml } from '../../../helpers/mdx';

const render = async (source: string) => (await plainPostHtml(source)).html;

describe('task list items', () => {
  it('put each checkbox in a label with its text, and leave a nested list outside it', async () => {
    const html = await render('- [x] Back up etcd\n- [ ] Upgrade\n  - the control plane\n');
    expect(html).toContain('<li class="task-list-item"><label><input type="checkbox" disabled="" checked=""/> Back up etcd</label></li>');
    expect(html).toMatch(/<li class="task-list-item"><label><input type="checkbox" disabled=""\/> Upgrade\n?<\/label>\n?<ul>/);
  });

  it('label the checkbox of a loose list inside its paragraph', async () => {
    const html = await render('- [x] One\n\n- [ ] Two *more*\n');
    expect(html).toContain('<p><label><input type="checkbox" disabled="" checked=""/> One</label></p>');
    expect(html).toContain('<p><label><input type="checkbox" disabled=""/> Two <em>more</em></label></p>');
  });

  it('leave other lists alone', async () => {
    expect(await render('- plain\n')).toBe('<ul>\n<li>plain</li>\n</ul>');
  });
});
