// Which page changes the guide looks at: churn elsewhere is skipped, anything an open step could
// find is not.
import { beforeEach, describe, expect, it } from 'vitest';
import { inPass, locate } from '../../src/engine/locate';
import { interestOf, mayMatter } from '../../src/engine/relevance';
import { oktaClassic } from '../../src/guides/okta-classic';

const okta = oktaClassic.steps.filter((s) => s.console.startsWith('okta'));
const interest = interestOf(okta);
const added = (target: Node, ...nodes: Node[]) => ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;
const removed = (target: Node, ...nodes: Node[]) => ({ type: 'childList', target, addedNodes: [], removedNodes: nodes }) as unknown as MutationRecord;
const text = (target: Node) => ({ type: 'characterData', target, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;

beforeEach(() => {
  document.body.innerHTML = `<main><h1>Multifactor</h1><section><h2>Duo Security</h2><button>Inactive</button></section>
    <div id="live"><table><tbody><tr><td>r1c1</td><td>r1c2</td></tr></tbody></table><span id="clock">12:00</span></div></main>`;
  inPass(() => locate(document, { any: [{ role: 'button', name: /^inactive$/i }], describe: 'look_factor_status_active' }), 'now');
});

describe('page changes no open step could see', () => {
  it('a table cell replaced by another and a clock ticking are skipped', () => {
    const tr = document.querySelector('tr')!;
    const cell = document.createElement('td');
    cell.textContent = 'r1c3';
    const old = tr.firstElementChild!;
    old.replaceWith(cell);
    expect(mayMatter([added(tr, cell), removed(tr, old)], interest)).toBe(false);
    const clock = document.getElementById('clock')!.firstChild!;
    clock.nodeValue = '12:01';
    expect(mayMatter([text(clock)], interest)).toBe(false);
  });
});

describe('page changes that may matter', () => {
  it('a button a step looks for, inserted', () => {
    const b = document.createElement('button');
    b.textContent = 'Add Rule';
    document.querySelector('main')!.append(b);
    expect(mayMatter([added(document.querySelector('main')!, b)], interest)).toBe(true);
  });

  it('a cell naming Duo inserted into a row (the row\'s name changes)', () => {
    const tr = document.querySelector('tr')!;
    const cell = document.createElement('td');
    cell.textContent = 'Duo Authentication';
    tr.append(cell);
    expect(mayMatter([added(tr, cell)], interest)).toBe(true);
  });

  it('the status a step waits for, written in place', () => {
    const status = document.querySelector('button')!.firstChild!;
    status.nodeValue = 'Active';
    expect(mayMatter([text(status)], interest)).toBe(true);
  });

  it('something the last look found, gone', () => {
    const button = document.querySelector('button')!;
    button.remove();
    expect(mayMatter([removed(document.querySelector('section')!, button)], interest)).toBe(true);
  });

  it('the current step\'s target gone after an idle look at other steps and a diagnostics pass found nothing', () => {
    inPass(() => locate(document, { any: [{ role: 'button', name: /^nothing here$/i }], describe: 'look_factor_status_active' }), 'idle');
    inPass(() => locate(document, { any: [{ role: 'link', name: /^nowhere$/i }], describe: 'look_factor_status_active' }));
    const button = document.querySelector('button')!;
    const section = document.querySelector('section')!;
    section.remove();
    expect(mayMatter([removed(document.querySelector('main')!, section)], interest)).toBe(true);
    expect(button.isConnected).toBe(false);
  });
});
