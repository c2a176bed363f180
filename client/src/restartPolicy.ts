/**
 * When to restart a language server that stopped: a few times within a time window,
 * then stop trying and say so. Pure, with an injectable clock, so it is unit-tested.
 */
export interface RestartDecision {
  restart: boolean;
  /** Stops within the window, this one included. */
  recentStops: number;
}

export class RestartPolicy {
  private stops: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a stop and decides whether to restart. */
  onStopped(): RestartDecision {
    const t = this.now();
    this.stops = this.stops.filter((s) => t - s < this.windowMs);
    this.stops.push(t);
    return { restart: this.stops.length <= this.maxRestarts, recentStops: this.stops.length };
  }

  /** Forgets earlier stops (after a restart the user asked for). */
  reset(): void {
    this.stops = [];
  }
}
