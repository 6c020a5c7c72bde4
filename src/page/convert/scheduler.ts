/**
 * Spreads conversion over time: work runs in slices of `sliceMs` so that no main-thread task
 * gets near 50 ms. Three queues, in this order of priority:
 * - subtrees the page added or changed (walked into nodes first, then converted),
 * - nodes to convert soon (what those walks found, attributes the page changed),
 * - the initial backlog, in the order given.
 * So content added later (infinite scroll, SPA navigation) goes before the rest of the backlog.
 */

export interface SchedulerOptions {
  /** Longest stretch of work per task, ms. */
  sliceMs: number;
  /** Runs a callback in a later task. */
  schedule: (callback: () => void) => void;
  now: () => number;
  /** Converts one node (a Text, or an Element's attributes). */
  process: (node: Node) => void;
  /** Appends the nodes to convert under a changed subtree; false when nothing was looked at. */
  expand: (root: Node, into: Node[]) => boolean;
}

export interface SliceStats {
  slices: number;
  /** Longest slice of work, ms. */
  longestSliceMs: number;
  /** Time of the first slice (the visible part), ms. */
  firstSliceMs: number;
}

export class WorkScheduler {
  private urgent: Node[] = [];
  private backlog: Node[] = [];
  private backlogAt = 0;
  private readonly roots = new Set<Node>();
  private scheduled = false;
  private running = true;
  private idleWaiters: (() => void)[] = [];

  readonly timing: SliceStats = { slices: 0, longestSliceMs: 0, firstSliceMs: 0 };

  constructor(private readonly options: SchedulerOptions) {}

  /** True until stop(). */
  get active(): boolean {
    return this.running;
  }

  /** Queues the initial work and runs the first slice at once. */
  start(backlog: Node[]): void {
    this.backlog = backlog;
    this.runSlice();
  }

  /** A subtree (or text node) the page added or changed. Call kick() after queuing. */
  walkLater(root: Node): void {
    this.roots.add(root);
  }

  /** A node to convert before the backlog. Call kick() after queuing. */
  convertSoon(node: Node): void {
    this.urgent.push(node);
  }

  /** Work items still queued. */
  remaining(): number {
    return this.urgent.length + this.roots.size + (this.backlog.length - this.backlogAt);
  }

  /** Resolves when all queued work is done (or the scheduler is stopped). */
  idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (!this.running || this.remaining() === 0) resolve();
      else this.idleWaiters.push(resolve);
    });
  }

  /** Drops queued work for good; idle() resolves. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.urgent = [];
    this.backlog = [];
    this.backlogAt = 0;
    this.roots.clear();
    this.settle();
  }

  /** Makes sure a slice is coming. */
  kick(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    this.options.schedule(() => this.runSlice());
  }

  private settle(): void {
    if (this.remaining() === 0 || !this.running) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private runSlice(): void {
    this.scheduled = false;
    if (!this.running) return this.settle();
    const { sliceMs, now, process, expand } = this.options;
    const start = now();
    for (;;) {
      if (this.roots.size > 0) {
        const list: Node[] = [];
        for (const root of this.roots) {
          this.roots.delete(root);
          if (!expand(root, list)) continue;
          if (now() - start >= sliceMs) break;
        }
        this.urgent = this.urgent.length ? this.urgent.concat(list) : list;
      } else if (this.urgent.length > 0) {
        // Process up to the time limit; keep the rest.
        let k = 0;
        while (k < this.urgent.length) {
          process(this.urgent[k++]!);
          if (now() - start >= sliceMs) break;
        }
        this.urgent = k >= this.urgent.length ? [] : this.urgent.slice(k);
      } else if (this.backlogAt < this.backlog.length) {
        while (this.backlogAt < this.backlog.length) {
          process(this.backlog[this.backlogAt++]!);
          if (now() - start >= sliceMs) break;
        }
        if (this.backlogAt >= this.backlog.length) {
          this.backlog = [];
          this.backlogAt = 0;
        }
      } else {
        break;
      }
      if (now() - start >= sliceMs) break;
    }
    const took = now() - start;
    const t = this.timing;
    t.slices++;
    if (t.slices === 1) t.firstSliceMs = took;
    t.longestSliceMs = Math.max(t.longestSliceMs, took);
    if (this.remaining() > 0) this.kick();
    this.settle();
  }
}
