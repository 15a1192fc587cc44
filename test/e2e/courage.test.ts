// Our Classic Duo form against Courage's own: the page renders the username-format select with the
// real Courage Select + Chosen, and builds the rest of the form by hand; here the real BaseForm
// (from @okta/okta-signin-widget, served at /_vendor/courage.js) renders the same fields beside it,
// and the hooks a locator may use must agree, so the imitation cannot drift from Courage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

/** What a locator may rely on in a Courage form, per field and for the buttons; runs in the page. */
function hooks(form: Element) {
  const classes = (el: Element | null | undefined, keep: RegExp) => [...(el?.classList ?? [])].filter((c) => keep.test(c)).sort();
  const fields = [...form.querySelectorAll('[data-se^="o-form-input-"]:not([data-se="o-form-input-container"])')].map((wrapper) => {
    const name = wrapper.getAttribute('data-se')!.slice('o-form-input-'.length);
    const container = wrapper.parentElement!;
    const fieldset = container.parentElement!;
    const label = fieldset.querySelector(':scope > [data-se="o-form-label"] > label');
    const control = wrapper.querySelector('select,input,textarea')!;
    return {
      name,
      fieldset: [fieldset.getAttribute('data-se'), classes(fieldset, /^o-form-fieldset$/)],
      label: [label?.parentElement?.className, (label?.textContent ?? '').trim(), label?.getAttribute('for') === control.id],
      container: [container.getAttribute('data-se'), container.className],
      wrapper: classes(wrapper, /^(o-form-input-name-|o-form-control$|o-form-select$|okta-form-input-field$|input-fix$)/),
      control: [control.tagName, control.getAttribute('type'), control.getAttribute('name')],
    };
  });
  const buttons = [...form.querySelectorAll('.o-form-button-bar > *')].map((b) => [b.tagName, b.getAttribute('type'), b.className, (b as HTMLInputElement).value, b.getAttribute('data-type')]);
  return { head: [form.tagName, form.getAttribute('data-se')], fields, buttons };
}

describe('the Classic Duo form and Courage', () => {
  it('has the hooks Courage\'s own BaseForm renders for the same fields: data-se, classes, labels, controls, buttons', async () => {
    await s.reset({ renderDelayMs: 50 });
    const page = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/multifactor#duo`);
    await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
    const ours = page.locator('form').filter({ has: page.getByLabel('Integration key') });
    await ours.locator('.chzn-container').waitFor();
    const [mine, real] = await page.evaluate(`(() => {
      const hooks = ${hooks.toString()};
      const ours = [...document.querySelectorAll('form')].find((f) => f.querySelector('[data-se="o-form-input-integrationKey"]'));
      // The same fields, read off our form, rendered by Courage's BaseForm.
      const inputs = [...ours.querySelectorAll('[data-se^="o-form-input-"]:not([data-se="o-form-input-container"])')].map((w) => {
        const control = w.querySelector('select,input');
        const name = w.getAttribute('data-se').slice('o-form-input-'.length);
        const label = w.parentElement.parentElement.querySelector('label').textContent.trim();
        return control.tagName === 'SELECT'
          ? { name, label, type: 'select', options: Object.fromEntries([...control.options].map((o) => [o.value, o.textContent])) }
          : { name, label, type: control.type };
      });
      const { Model, BaseForm } = window.Courage;
      const Form = BaseForm.extend({ save: 'Save', inputs });
      const form = new Form({ model: new Model() }).render();
      const holder = document.createElement('div');
      holder.hidden = true;
      holder.append(form.el);
      document.body.append(holder);
      return [hooks(ours), hooks(form.el)];
    })()`) as [ReturnType<typeof hooks>, ReturnType<typeof hooks>];
    expect(mine.fields.map((f) => f.name)).toEqual(['integrationKey', 'secretKey', 'host', 'userNameFormat']);
    expect(mine).toEqual(real);
  });
});
