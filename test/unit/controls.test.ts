// Controls that are not native, names with extra words, and controls the admin shows the guide:
// markup as the real components render it (real-okta-components.md §1–§3), built here.
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/conditions';
import { choseIn, controlValues, nativeOf } from '../../src/engine/controls';
import { asStrategy, learnFrom, learnedIn } from '../../src/engine/learn';
import { locate, type Locator } from '../../src/engine/locate';
import { field, ruleDialog } from '../../src/guides/okta-shared';

/** Courage's Select with Chosen on: the native select hidden, the widget after it. */
const CHOSEN = `<main><form data-se="o-form"><div data-se="o-form-fieldset" class="o-form-fieldset">
  <div class="o-form-label"><label for="fmt">Duo Security Username Format</label></div>
  <div class="o-form-input"><span data-se="o-form-input-userNameFormat">
    <select id="fmt" name="userNameFormat" style="display:none"><option value="OKTA_USERNAME">Okta username</option><option value="EMAIL">Email</option></select>
    <div class="chzn-container chzn-container-single" id="fmt_chzn"><a class="chzn-single" href="javascript:void(0)"><span>Okta username</span></a>
      <div class="chzn-drop"><div class="chzn-search"><input type="text" role="combobox" aria-label="Duo Security Username Format"></div>
      <ul class="chzn-results"><li class="active-result">Okta username</li><li class="active-result">Email</li></ul></div></div>
  </span></div></div></form></main>`;

/** MUI Select as Odyssey renders it: a combobox named by label + value over an aria-hidden input. */
const MUI = `<main><div class="MuiFormControl-root"><label id="lbl">Identity Provider (IdP)</label>
  <div class="MuiInputBase-root"><div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="lbl val" id="val">Duo Security</div>
  <input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="0oa1duo"></div></div></main>
  <div role="presentation"><ul role="listbox" id="menu" aria-labelledby="lbl"><li role="option">Duo Security</li><li role="option">Other IdP</li></ul></div>`;

describe('Chosen over a hidden native select', () => {
  const format = field(/^duo security username format$/i, 'userNameFormat', 'look_field_username_format');

  it('is found by its label and shown as the visible widget, not the hidden select', () => {
    document.body.innerHTML = CHOSEN;
    const el = locate(document, format);
    expect(el?.id).toBe('fmt_chzn');
    expect(nativeOf(el!)?.id).toBe('fmt');
  });

  it('reads the admin\'s choice from the native select', () => {
    document.body.innerHTML = CHOSEN;
    (document.getElementById('fmt') as HTMLSelectElement).value = 'EMAIL';
    expect(controlValues(locate(document, format)!)).toEqual(['EMAIL', 'Email']);
    expect(holds({ value: format, matches: /^email$/i }, { root: document, kind: 'okta-admin', path: '/' })).toBe(true);
  });

  it('a click on one of its results is the admin choosing', () => {
    document.body.innerHTML = CHOSEN;
    const widget = locate(document, format)!;
    expect(choseIn(widget, document.querySelectorAll('.chzn-results li')[1]!)).toBe(true);
    expect(choseIn(widget, widget.querySelector('a')!)).toBe(false);
  });

  // Courage moves the open list to <body> and leaves a hidden clone beside the select; the select's
  // id ("input-13") has a character Chosen replaces in its container's ("input_13_chzn").
  it('is found while its list is open in <body>, by Chosen\'s id rule, and a result there is a choice', () => {
    document.body.innerHTML = CHOSEN.replaceAll('"fmt"', '"input-13"').replace('id="fmt_chzn"', 'id="input_13_chzn"');
    const widget = document.getElementById('input_13_chzn')!;
    const clone = widget.cloneNode(true) as Element;
    clone.removeAttribute('id');
    clone.setAttribute('style', 'visibility:hidden');
    widget.after(clone);
    document.body.appendChild(widget);
    const el = locate(document, format);
    expect(el).toBe(widget);
    expect(nativeOf(el!)?.id).toBe('input-13');
    expect(choseIn(el!, widget.querySelectorAll('.chzn-results li')[1]!)).toBe(true);
  });

  it('a hidden select with no widget still counts while its field shows', () => {
    document.body.innerHTML = CHOSEN;
    document.getElementById('fmt_chzn')!.remove();
    expect(locate(document, format)?.id).toBe('fmt');
  });
});

describe('an ARIA combobox (MUI Select)', () => {
  const idp: Locator = { any: [{ label: /^(idp|identity provider( \(idp\))?)$/i }], describe: 'look_idp_choice' };

  it('is found by the label part of its name and read by what it shows', () => {
    document.body.innerHTML = MUI;
    const el = locate(document, idp);
    expect(el?.getAttribute('role')).toBe('combobox');
    expect(controlValues(el!)).toEqual(['Duo Security', '0oa1duo']);
  });

  it('is still found while its menu is open and MUI has made the rest of the page aria-hidden', () => {
    document.body.innerHTML = MUI;
    const main = document.querySelector('main')!;
    const combo = locate(document, idp)!;
    combo.setAttribute('aria-expanded', 'true');
    combo.setAttribute('aria-controls', 'menu');
    main.setAttribute('aria-hidden', 'true');
    expect(locate(document, idp)).toBe(combo);
    // Closed, an aria-hidden combobox is hidden like anything else.
    combo.setAttribute('aria-expanded', 'false');
    expect(locate(document, idp)).toBeNull();
  });

  it('an option clicked in the listbox it opened is the admin choosing', () => {
    document.body.innerHTML = MUI;
    const combo = locate(document, idp)!;
    combo.setAttribute('aria-controls', 'menu');
    expect(choseIn(combo, document.querySelector('[role=option]')!)).toBe(true);
  });
});

describe('names as the real consoles write them', () => {
  it('a SimpleModal dialog with no role is the rule dialog by its heading', () => {
    document.body.innerHTML = `<main></main><div id="simplemodal-overlay"></div><div id="simplemodal-container"><div class="simplemodal-wrap">
      <form data-se="o-form"><h2 data-se="o-form-head">Add Rule</h2><label for="n">Rule Name</label><input id="n"></form></div></div>`;
    expect(locate(document, ruleDialog)?.id).toBe('simplemodal-container');
  });
});

describe('a control the admin shows the guide', () => {
  it('is remembered by role, name and landmark, and found again by them', () => {
    document.body.innerHTML = `<nav aria-label="Main"><ul><li><a href="/apps" id="x1" class="nav-3">Apps &amp; Services</a></li></ul></nav>`;
    const learned = learnFrom(document.querySelector('a')!);
    expect(learned).toEqual({ role: 'link', name: 'Apps & Services', scope: 'navigation' });
    expect(JSON.stringify(learned)).not.toMatch(/x1|nav-3/);
    expect(locate(document, { any: [asStrategy(learned!)], describe: 'look_page_heading' })).toBe(document.querySelector('a'));
  });

  it('a field by its label, from a click on the label or inside the widget', () => {
    document.body.innerHTML = CHOSEN;
    expect(learnFrom(document.querySelector('label')!)).toEqual({ label: 'Duo Security Username Format', scope: 'main' });
    expect(learnFrom(document.querySelector('.chzn-single span')!)).toEqual({ label: 'Duo Security Username Format', scope: 'main' });
  });

  it('refuses anything named like a value (a key, an address) or with no name', () => {
    document.body.innerHTML = `<main><button>DIWJ8X6AEYOR5OMC6TQ1</button><a href="#">admin@example.com</a><div><span>plain text</span></div><button></button></main>`;
    for (const el of document.querySelectorAll('button,a,span')) expect(learnFrom(el)).toBeNull();
  });

  it('reads only the account\'s own locators, dropping malformed entries', () => {
    const raw = { 'okta:acme.okta.com': { 'classic.factor': { role: 'link', name: 'Duo' }, bad: 5 }, 'okta:nova.okta.com': { x: { label: 'y' } } };
    expect(learnedIn(raw, 'okta:acme.okta.com')).toEqual({ 'classic.factor': { role: 'link', name: 'Duo' } });
    expect(learnedIn(undefined, 'okta:acme.okta.com')).toEqual({});
  });
});
