// Following a target that moves in a CSS transition or animation: frame by frame while the page's
// own events say one runs on the target or an ancestor, and only while the target really moves
// (an endless animation beside it, a spinner, must not cost a frame forever).
const STILL_FRAMES = 30;

export class Follower {
  /** Transitions and animations begun and not yet ended or cancelled. */
  private running = 0;
  private frame = 0;

  constructor(private readonly target: () => Element | null, private readonly onFrame: () => void, signal: AbortSignal) {
    const track = (ev: Event) => {
      const t = this.target();
      if (!t || !(ev.target instanceof Element) || !ev.target.contains(t)) return;
      // transitionrun and transitionend/cancel pair up (transitionstart comes only after a delay).
      if (ev.type === 'transitionrun' || ev.type === 'animationstart') this.running++;
      else if (ev.type !== 'transitionstart') this.running = Math.max(0, this.running - 1);
      if (this.running > 0) this.follow();
    };
    for (const type of ['transitionrun', 'transitionstart', 'transitionend', 'transitioncancel', 'animationstart', 'animationend', 'animationcancel']) {
      addEventListener(type, track, { capture: true, passive: true, signal });
    }
    signal.addEventListener('abort', () => this.reset());
  }

  /** Whether the target is moving now (its callout spot is kept until it stops). */
  get active(): boolean {
    return this.frame !== 0;
  }

  /** A new target: what ran on the one before says nothing about it. */
  reset(): void {
    this.running = 0;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private follow(): void {
    if (this.frame) return;
    let still = 0;
    let last = '';
    const tick = () => {
      const t = this.target();
      const r = t?.isConnected && this.running > 0 ? t.getBoundingClientRect() : null;
      const at = r ? `${r.left},${r.top},${r.width},${r.height}` : '';
      still = at === last ? still + 1 : 0;
      last = at;
      // Stopped: inactive before this last placement, so the callout's spot is chosen afresh.
      if (!r || still >= STILL_FRAMES) this.frame = 0;
      else this.frame = requestAnimationFrame(tick);
      this.onFrame();
    };
    this.frame = requestAnimationFrame(tick);
  }
}
