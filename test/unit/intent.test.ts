import { afterEach, describe, expect, it } from 'vitest';
import { ScrollIntent } from '../../src/content/intent';

// happy-dom has no trusted events: the admin's are made by marking synthetic ones trusted
// (and it ignores a WheelEvent's modifier keys, so Ctrl is set the same way).
function fire<E extends Event>(target: EventTarget, ev: E, trusted = true, ctrlKey = false): void {
  Object.defineProperty(ev, 'isTrusted', { value: trusted });
  if (ctrlKey) Object.defineProperty(ev, 'ctrlKey', { value: true });
  target.dispatchEvent(ev);
}

let life = new AbortController();
afterEach(() => {
  life.abort();
  life = new AbortController();
  document.body.replaceChildren();
});

describe('scroll intent', () => {
  const ours = document.createElement('div');
  const make = () => new ScrollIntent(life.signal, (t) => t === ours);

  it('a trusted wheel, touch move or scroll key in the page counts', () => {
    for (const ev of [new WheelEvent('wheel', { deltaY: 100, bubbles: true }), new TouchEvent('touchmove', { bubbles: true }), new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }), new KeyboardEvent('keydown', { key: ' ', bubbles: true })]) {
      const intent = make();
      fire(document.body, ev);
      expect(intent.scrolled, ev.type).toBe(true);
    }
  });

  it('a page script’s own events, Ctrl + wheel (zoom), the overlay’s, typing and keys on controls do not', () => {
    const intent = make();
    fire(document.body, new WheelEvent('wheel', { deltaY: 100, bubbles: true }), false);
    fire(document.body, new WheelEvent('wheel', { deltaY: 100, bubbles: true }), true, true);
    fire(ours, new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    const input = document.createElement('input');
    const button = document.createElement('button');
    const tab = document.createElement('span');
    tab.setAttribute('role', 'tab');
    document.body.append(input, button, tab);
    for (const key of [' ', 'ArrowDown', 'End']) fire(input, new KeyboardEvent('keydown', { key, bubbles: true }));
    // Space presses a button; arrows move between tabs.
    fire(button, new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    fire(tab, new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    fire(document.body, new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(intent.scrolled).toBe(false);
  });

  it('the middle button (autoscroll) counts; stops listening once aborted', () => {
    const intent = make();
    fire(document.body, new PointerEvent('pointerdown', { button: 1, bubbles: true }));
    expect(intent.scrolled).toBe(true);
    intent.scrolled = false;
    life.abort();
    fire(document.body, new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    expect(intent.scrolled).toBe(false);
  });
});
