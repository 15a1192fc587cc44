// Settings > Features (/admin/settings/features): feature toggles (role="switch").
import { api, h, mount, toast, uid } from '/_static/common/ui.js';

const STAGE = { EA: 'Early Access', GA: 'General Availability', BETA: 'Beta' };

export default {
  title: 'Features',
  async render(el) {
    const features = await api('GET', '/api/v1/features');
    const row = (f) => {
      const nameId = uid('feature-name');
      const descId = uid('feature-desc');
      const label = h('span', { class: 'switch-state', 'aria-hidden': 'true' });
      const sw = h('button', {
        type: 'button',
        role: 'switch',
        class: 'switch',
        'aria-labelledby': nameId,
        'aria-describedby': descId,
        'data-feature-id': f.id,
      });
      sw.appendChild(label);
      const paint = () => {
        const on = f.status === 'ENABLED';
        sw.setAttribute('aria-checked', String(on));
        label.textContent = on ? 'On' : 'Off';
      };
      sw.addEventListener('click', async () => {
        const enable = f.status !== 'ENABLED';
        sw.disabled = true;
        try {
          const updated = await api('POST', `/api/v1/features/${f.id}/lifecycle/${enable ? 'enable' : 'disable'}`, {});
          f.status = updated.status;
          paint();
          toast(`${f.name}: ${enable ? 'enabled' : 'disabled'}`);
        } finally {
          sw.disabled = false;
        }
      });
      paint();
      return h(
        'li',
        { class: 'feature-row' },
        h('div', { class: 'feature-text' }, h('p', { id: nameId, class: 'feature-name' }, f.name), h('p', { id: descId, class: 'subtle' }, f.description)),
        h('span', { class: 'feature-stage' }, STAGE[f.stage && f.stage.value] || ''),
        sw,
      );
    };
    mount(
      el,
      h('h1', {}, 'Features'),
      h('p', { class: 'subtle' }, 'Turn Early Access and other self-service features on or off for your org.'),
      h('section', { class: 'card', 'aria-labelledby': 'features-ea' }, h('h2', { id: 'features-ea' }, 'Early Access'), h('ul', { class: 'feature-list' }, ...features.filter((f) => f.stage?.value !== 'GA').map(row))),
      h('section', { class: 'card', 'aria-labelledby': 'features-ga' }, h('h2', { id: 'features-ga' }, 'General Availability'), h('ul', { class: 'feature-list' }, ...features.filter((f) => f.stage?.value === 'GA').map(row))),
    );
  },
};
