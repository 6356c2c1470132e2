/** Timing for the hover card. */
export interface HoverIntentOptions {
  /** Dwell before a card opens from the pointer (the cardDelay setting), read each time. */
  openDelay: () => number;
  /** Dwell before an open card switches to another name, short so moving along a line feels direct. */
  switchDelay: number;
  /** Grace period after the pointer or focus leaves before the card closes. */
  closeDelay: number;
  /** Whether `mark` has a card to show at all (its entity may be unknown to the dictionary). */
  canOpen: (mark: Element) => boolean;
  onOpen: (mark: Element, via: 'pointer' | 'focus') => void;
  onClose: () => void;
}

/**
 * Decides when the card opens, switches and closes, like hover previews people already know: a short dwell before
 * opening, a grace period before closing so the pointer can travel onto the card, no close-and-reopen between
 * adjacent names, and Escape to dismiss at once.
 */
export class HoverIntent {
  private current: Element | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private onCard = false;

  constructor(private readonly options: HoverIntentOptions) {}

  /** The name whose card is open, if any. */
  get openFor(): Element | null {
    return this.current;
  }

  /** The pointer entered a highlighted name. */
  enterMark(mark: Element): void {
    this.cancelClose();
    this.cancelOpen();
    if (this.current === mark || !this.options.canOpen(mark)) return;
    const delay = this.current ? this.options.switchDelay : this.options.openDelay();
    this.openTimer = setTimeout(() => this.open(mark, 'pointer'), delay);
  }

  /** The pointer left a highlighted name (not onto the card, which reports itself). */
  leaveMark(): void {
    this.cancelOpen();
    if (this.current && !this.onCard) this.scheduleClose();
  }

  /** The pointer is on the card: keep it, and ignore names crossed on the way. */
  enterCard(): void {
    this.onCard = true;
    this.cancelOpen();
    this.cancelClose();
  }

  /** The pointer left the card. */
  leaveCard(): void {
    this.onCard = false;
    if (this.current) this.scheduleClose();
  }

  /** A highlighted name received keyboard focus: open its card at once. */
  focusMark(mark: Element): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.current !== mark && this.options.canOpen(mark)) this.open(mark, 'focus');
  }

  /** Focus left a highlighted name. */
  blurMark(): void {
    if (this.current && !this.onCard) this.scheduleClose();
  }

  /** Escape: close now. Returns whether a card was open. */
  dismiss(): boolean {
    this.cancelOpen();
    const wasOpen = this.current !== null;
    this.close();
    return wasOpen;
  }

  /** Stops every timer; used when the page is left or the feature switched off. */
  dispose(): void {
    this.cancelOpen();
    this.cancelClose();
    this.current = null;
  }

  private open(mark: Element, via: 'pointer' | 'focus'): void {
    this.openTimer = undefined;
    this.current = mark;
    this.options.onOpen(mark, via);
  }

  private close(): void {
    this.cancelClose();
    this.onCard = false;
    if (!this.current) return;
    this.current = null;
    this.options.onClose();
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(), this.options.closeDelay);
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
