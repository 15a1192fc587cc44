// Following a moving target: only while the page says a transition or animation runs on it and
// it really moves; nothing left running after the guide is torn down.
import { afterEach, describe, expect, it } from 'vitest';
import { Follower } from '../../src/content/follow';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await frame();
}

let life = new AbortController();
afterEach(() => life.abort());

function setUp(): { follower: Follower; target: HTMLElement; parent: HTMLElement; placed: () => number; moveBy: (n: number) => void } {
  document.body.innerHTML = '<div><button>Protect</button></div>';
  const parent = document.querySelector('div')!;
  const target = document.querySelector('button')!;
  // happy-dom lays nothing out: the target "moves" while `moves` frames are left.
  let x = 0;
  let moves = 0;
  target.getBoundingClientRect = () => {
    if (moves > 0) {
      moves--;
      x++;
    }
    return new DOMRect(x, 0, 10, 10);
  };
  let count = 0;
  life = new AbortController();
  const follower = new Follower(() => target, () => count++, life.signal);
  return { follower, target, parent, placed: () => count, moveBy: (n) => (moves = n) };
}

const run = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));

describe('Follower', () => {
  it('follows while the target moves, then stops once it has stood still for a while', async () => {
    const { follower, parent, placed, moveBy } = setUp();
    moveBy(40);
    run(parent, 'transitionrun');
    expect(follower.active).toBe(true);
    await frames(100);
    expect(follower.active).toBe(false);
    // 40 moving frames, then about 30 still ones: an endless animation does not cost a frame forever.
    expect(placed()).toBeGreaterThan(60);
    expect(placed()).toBeLessThan(80);
  });

  it('stops at the end of the transition, and ignores transitions elsewhere', async () => {
    const { follower, parent, placed, moveBy } = setUp();
    moveBy(1000);
    const other = document.body.appendChild(document.createElement('p'));
    run(other, 'transitionrun');
    expect(follower.active).toBe(false);
    run(parent, 'transitionrun');
    await frames(3);
    run(parent, 'transitionend');
    await frames(3);
    expect(follower.active).toBe(false);
    const after = placed();
    await frames(5);
    expect(placed()).toBe(after);
  });

  it('a cancel that was never started does not leave the count below zero', async () => {
    const { follower, parent, moveBy } = setUp();
    moveBy(1000);
    run(parent, 'animationcancel');
    run(parent, 'animationstart');
    expect(follower.active).toBe(true);
  });

  it('torn down, it stops and no longer listens', async () => {
    const { follower, parent, placed, moveBy } = setUp();
    moveBy(1000);
    run(parent, 'transitionrun');
    await frames(3);
    life.abort();
    const at = placed();
    await frames(5);
    expect(placed()).toBe(at);
    run(parent, 'transitionrun');
    expect(follower.active).toBe(false);
  });
});
