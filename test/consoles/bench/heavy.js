// A heavy Okta admin page for `npm run bench`: ≥ 10,000 nodes, a side nav whose "Multifactor" link
// is the guide's target (step "Security › Multifactor"), and three modes driven by the bench:
//   bench.churn(perSecond)  — the page's own script mutates the DOM at that rate
//   bench.insert()          — (re)inserts the target; resolves with ms until the highlight covers it
//   bench.driver()          — the same measurement with driver.js 1.8.0 and its waitForElement
const grid = document.getElementById('grid');
const rows = [];
for (let r = 0; r < 1300; r++) {
  const tr = document.createElement('tr');
  for (let c = 0; c < 7; c++) {
    const td = document.createElement('td');
    td.textContent = `r${r}c${c}`;
    tr.append(td);
  }
  rows.push(tr);
}
const table = document.createElement('table');
const tbody = document.createElement('tbody');
tbody.append(...rows);
table.append(tbody);
grid.append(table);

const security = document.getElementById('security');
let target = null;

function makeTarget() {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = '/admin/access/multifactor';
  a.id = 'bench-target';
  a.textContent = 'Multifactor';
  li.append(a);
  return li;
}

function removeTarget() {
  target?.remove();
  target = null;
}

function covers(hl, el) {
  const h = hl.getBoundingClientRect();
  const t = el.getBoundingClientRect();
  return h.width > 0 && h.left <= t.left && h.top <= t.top && h.right >= t.right && h.bottom >= t.bottom;
}

/** Resolves with the ms from inserting the target to the guide's highlight covering it. */
function insert() {
  removeTarget();
  const host = document.querySelector('[data-duo-okta-guide]');
  const hl = host?.shadowRoot?.querySelector('[part~="highlight"]');
  if (!hl) return Promise.reject(new Error('no overlay'));
  return new Promise((resolve) => {
    // Let the guide see the target gone first.
    setTimeout(() => {
      const li = makeTarget();
      let t0 = 0;
      const done = () => {
        if (!covers(hl, li.firstChild)) return;
        obs.disconnect();
        resolve(performance.now() - t0);
      };
      const obs = new MutationObserver(done);
      obs.observe(hl, { attributes: true });
      t0 = performance.now();
      security.append(li);
      target = li;
    }, 50 + Math.random() * 100);
  });
}

let driverObj = null;
/** The same with driver.js: a one-step tour driven before the target exists, so its
 *  waitForElement (a MutationObserver in drive()) finds it; resolves when its highlight is on it. */
async function driver() {
  removeTarget();
  driverObj?.destroy();
  await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
  return new Promise((resolve) => {
    let t0 = 0;
    driverObj = window.driver.js.driver({
      animate: false,
      smoothScroll: false,
      waitForElement: 5000,
      steps: [{ element: '#bench-target', popover: { title: 'Multifactor', description: 'Click Multifactor.' } }],
      onHighlighted: (el) => {
        if (el && el.id === 'bench-target') resolve(performance.now() - t0);
      },
    });
    driverObj.drive();
    const li = makeTarget();
    t0 = performance.now();
    security.append(li);
    target = li;
  });
}

/** The page's own churn: `perSecond` childList mutations a second, spread over 10 ms ticks. */
let churnTimer = 0;
function churn(perSecond) {
  clearInterval(churnTimer);
  if (!perSecond) return;
  const perTick = Math.max(1, Math.round(perSecond / 100));
  let n = 0;
  churnTimer = setInterval(() => {
    for (let i = 0; i < perTick; i++) {
      const row = rows[(n * 7919) % rows.length];
      const cell = row.children[n % 7];
      if (n % 2) cell.textContent = `v${n}`;
      else {
        // An element swapped, as a framework re-rendering a cell does.
        const td = document.createElement('td');
        td.textContent = `e${n}`;
        cell.replaceWith(td);
      }
      n++;
    }
  }, 10);
}

/** Loads driver.js 1.8.0 as a page script (its CSS too) and creates its driver. */
async function loadDriver() {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/__bench/driver.css';
  document.head.append(css);
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/__bench/driver.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

/** driver.js's first drawing, like the guide's at start (its target not in the page yet): a one-step
 *  tour whose popover has no element, then the layout that reads its size. Resolves with the ms. */
async function driverFirst() {
  driverObj?.destroy();
  const t0 = performance.now();
  driverObj = window.driver.js.driver({ animate: false, steps: [{ popover: { title: 'Multifactor', description: 'Click Multifactor.' } }] });
  driverObj.drive();
  const popover = document.querySelector('.driver-popover');
  if (!popover || !popover.offsetHeight) throw new Error('driver.js drew no popover');
  const ms = performance.now() - t0;
  driverObj.destroy();
  driverObj = null;
  return ms;
}

window.bench = { insert, driver, driverFirst, churn, loadDriver, nodes: () => document.getElementsByTagName('*').length };
