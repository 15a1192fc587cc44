// The Duo capture on markup we did not write: every label element and value holder the issue lists,
// masked and plain, with both label sets. Each page is built here from its parts.
import { describe, expect, it } from 'vitest';
import { readKeys } from '../../src/content/capture';
import { accessibleName } from '../../src/engine/locate';
import { duoSteps } from '../../src/guides/duo';
import { DUO_APP } from '../consoles/fixtures';

const spec = duoSteps.find((s) => s.id === 'duo.capture')!.capture!;
const LABELS = {
  ikey: ['Integration key', 'Secret key', 'API hostname'],
  client: ['Client ID', 'Client secret', 'API hostname'],
  odd: ['Integration\u00a0Key:', '  Secret\n key ', 'API Hostname'],
} as const;
type LabelSet = keyof typeof LABELS;

/** How the value sits in its holder. */
const HOLDERS: Record<string, (value: string) => string> = {
  input: (v) => `<input type="text" readonly value="${v}"> <button type="button">Copy</button>`,
  code: (v) => `<code>${v}</code><button type="button">Copy</button>`,
  span: (v) => `<span>${v}</span>`,
  div: (v) => `<div>${v}</div><div class="hint">Keep this safe.</div>`,
  textarea: (v) => `<textarea readonly>${v}</textarea>`,
  'copy before': (v) => `<button type="button" aria-label="Copy to clipboard">Copy</button> <span>${v}</span>`,
  'hide and copy after, then a warning': (v) => `<span>${v}</span> <button type="button">Hide</button> <button type="button">Copy</button> <p>Don't write down your secret key or share it with anyone.</p>`,
  'nested spans and a tooltip': (v) => `<span><span class="mono"><span>${v}</span></span></span><span role="tooltip">Click to copy</span>`,
  'bare text beside the label': (v) => `${v} <a href="#copy">Copy</a>`,
  'odd whitespace': (v) => `\n   <span>\u00a0${v}\n</span>  `,
};

/** How the masked secret looks instead. */
const MASKS: Record<string, string> = {
  dots: `<span>••••••••••</span> <button type="button">Show</button> <button type="button">Copy</button>`,
  'empty placeholder': `<input type="password" readonly placeholder="hidden"> <button type="button" aria-label="Show secret key">👁</button>`,
  'aria-label hidden': `<span aria-label="Secret key hidden"></span><a href="#" role="button">Reveal</a>`,
  'nothing but a Show control': `<button type="button">Click to view</button>`,
  'the value hidden by CSS in an element named hidden': `<span aria-label="hidden" style="color: transparent">${DUO_APP.skey}</span> <button type="button">Show</button>`,
};

/** The label and its holder in one of the layouts real consoles use. */
const LAYOUTS: Record<string, (label: string, holder: string) => string> = {
  dt: (l, h) => `<div class="row"><dt>${l}</dt><dd>${h}</dd></div>`,
  th: (l, h) => `<tr><th scope="row">${l}</th><td>${h}</td></tr>`,
  label: (l, h) => `<div class="field"><label>${l}</label><div class="value">${h}</div></div>`,
  div: (l, h) => `<div class="grid-row"><div class="k">${l}</div><div class="v">${h}</div></div>`,
  span: (l, h) => `<p><span class="k">${l}</span> ${h}</p>`,
};
const WRAP: Record<string, (rows: string) => string> = {
  dt: (r) => `<dl>${r}</dl>`,
  th: (r) => `<table><tbody>${r}</tbody></table>`,
  label: (r) => r,
  div: (r) => `<div class="grid">${r}</div>`,
  span: (r) => r,
};

function page(layout: string, labels: LabelSet, holder: string, mask?: string): void {
  const [ikeyLabel, skeyLabel, hostLabel] = LABELS[labels];
  const make = HOLDERS[holder]!;
  const rows = [
    LAYOUTS[layout]!(ikeyLabel, make(DUO_APP.ikey)),
    LAYOUTS[layout]!(skeyLabel, mask ? MASKS[mask]! : make(DUO_APP.skey)),
    LAYOUTS[layout]!(hostLabel, make(DUO_APP.host)),
  ].join('');
  document.body.innerHTML = `<header>Acme Corp</header><main><h1>Okta</h1><section aria-labelledby="d"><h2 id="d">Details</h2>${WRAP[layout]!(rows)}<p>Don't write down your secret key.</p></section></main>`;
}

describe('capture by shape on markup we did not write', () => {
  for (const layout of Object.keys(LAYOUTS)) {
    for (const labels of Object.keys(LABELS) as LabelSet[]) {
      it.each(Object.keys(HOLDERS))(`${layout} labels, ${labels} label set, value in %s: reads exactly the three values`, (holder) => {
        page(layout, labels, holder);
        const reading = readKeys(document, spec);
        expect(reading.kind).toBe('read');
        if (reading.kind !== 'read') return;
        expect(reading.labels).toBe(labels === 'client' ? 'client' : 'ikey');
        expect(reading.values.ikey).toBe(DUO_APP.ikey);
        expect(reading.values.host).toBe(DUO_APP.host);
        // Compared without printing it: test output never shows the secret.
        expect(reading.values.skey === DUO_APP.skey).toBe(true);
      });
      it.each(Object.keys(MASKS))(`${layout} labels, ${labels} label set, secret masked as %s: points at the control that reveals it`, (mask) => {
        page(layout, labels, 'span', mask);
        const reading = readKeys(document, spec);
        expect(reading.kind).toBe('masked');
        if (reading.kind !== 'masked') return;
        expect(reading.reveal).not.toBeNull();
        expect(accessibleName(reading.reveal!)).toMatch(/^(show|reveal|click to view|show secret key)$/i);
        // The control beside the secret, not one of another row.
        expect(reading.reveal!.closest('dd,td,.value,.v,p')?.textContent).not.toContain(DUO_APP.ikey);
      });
    }
  }

  it('never joins neighbouring nodes: the key split over two spans is not a key', () => {
    page('dt', 'ikey', 'span');
    const dd = document.querySelector('dd')!;
    dd.innerHTML = `<span>${DUO_APP.ikey.slice(0, 10)}</span><span>${DUO_APP.ikey.slice(10)}</span>`;
    expect(readKeys(document, spec)).toEqual({ kind: 'missing', what: ['cred_ikey'] });
  });

  it('a value with a space inside is not taken for the secret: it says which value it could not find', () => {
    page('th', 'ikey', 'span');
    document.querySelectorAll('td')[1]!.innerHTML = `<span>${DUO_APP.skey.slice(0, 20)} ${DUO_APP.skey.slice(20)}</span> <button>Copy</button>`;
    expect(readKeys(document, spec)).toEqual({ kind: 'missing', what: ['cred_skey'] });
  });

  it('a near miss (19 characters) is read as it is, for the background to explain', () => {
    page('dt', 'ikey', 'code');
    document.querySelector('dd code')!.textContent = DUO_APP.ikey.slice(0, 19);
    const reading = readKeys(document, spec);
    expect(reading.kind === 'read' && reading.values.ikey).toBe(DUO_APP.ikey.slice(0, 19));
  });

  it('two different values of the right shape in one holder: neither is taken', () => {
    page('div', 'ikey', 'span');
    document.querySelector('.v')!.insertAdjacentHTML('beforeend', '<span>DIAAAAAAAAAAAAAAAAAA</span>');
    expect(readKeys(document, spec)).toEqual({ kind: 'missing', what: ['cred_ikey'] });
  });

  it('a hidden element holding the secret is not read: the admin reveals it first', () => {
    page('dt', 'ikey', 'span', 'dots');
    document.querySelectorAll('dd')[1]!.insertAdjacentHTML('beforeend', `<span hidden>${DUO_APP.skey}</span>`);
    expect(readKeys(document, spec).kind).toBe('masked');
  });

  it('no labels at all: says every value it could not find', () => {
    document.body.innerHTML = '<main><h1>Okta</h1><p>Nothing here.</p></main>';
    expect(readKeys(document, spec)).toEqual({ kind: 'missing', what: ['cred_ikey', 'cred_skey', 'cred_host'] });
  });

  it('a label in a <label for> names its field wherever the field is', () => {
    document.body.innerHTML = `<main><label for="a">Integration key</label><label for="b">Secret key</label><label for="c">API hostname</label>
      <div><input id="a" value="${DUO_APP.ikey}"><input id="b" value="${DUO_APP.skey}"><input id="c" value="${DUO_APP.host}"></div></main>`;
    const reading = readKeys(document, spec);
    expect(reading.kind === 'read' && reading.values.host).toBe(DUO_APP.host);
    expect(reading.kind === 'read' && reading.values.skey === DUO_APP.skey).toBe(true);
  });
});
