// Okta admin Dashboard (/admin/dashboard).
import { config, h, mount } from '/_static/common/ui.js';

export default {
  title: 'Dashboard',
  render(el) {
    const okta = config().okta;
    const card = (title, ...body) => h('section', { class: 'card', 'aria-label': title }, h('h2', {}, title), ...body);
    mount(
      el,
      h('h1', {}, 'Dashboard'),
      h(
        'div',
        { class: 'card-grid' },
        card('Status', h('p', {}, 'Okta service: ', h('strong', {}, 'Operational'))),
        card('Tasks', h('p', {}, 'No tasks need your attention.')),
        card(
          'Overview',
          h('dl', { class: 'kv' }, h('dt', {}, 'Organization'), h('dd', {}, okta.displayName), h('dt', {}, 'Users'), h('dd', {}, '42'), h('dt', {}, 'Apps'), h('dd', {}, '7')),
        ),
      ),
    );
  },
};
