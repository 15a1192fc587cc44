import { chromium } from 'playwright-core';
import { startConsoles } from './test/consoles/server.ts';
const c = await startConsoles({ port: 0, variant: { renderDelayMs: 50 } });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [`--host-resolver-rules=${c.hostResolverRules}`, '--ignore-certificate-errors', '--no-sandbox'] });
const p = await b.newPage();
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto('https://acme-admin.okta.com/admin/access/multifactor#duo');
await p.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
await p.waitForTimeout(300);
const html = await p.evaluate(() => {
  const { Model, BaseForm } = (window as any).Courage;
  const Form = BaseForm.extend({ save: 'Save', inputs: [
    { name: 'integrationKey', label: 'Integration key', type: 'text' },
    { name: 'secretKey', label: 'Secret key', type: 'password' },
    { name: 'userNameFormat', label: 'Duo Security Username Format', type: 'select', options: { OKTA_USERNAME: 'Okta username', EMAIL: 'Email' } },
  ] });
  const f = new Form({ model: new Model() });
  document.body.append(f.render().el);
  return f.el.outerHTML;
});
await p.waitForTimeout(100);
console.log(html);
await b.close(); await c.close();
