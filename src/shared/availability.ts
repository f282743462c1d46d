/**
 * Business hours in an element: watches the page clock while the element
 * has hours, keeps `:state(open)` / `:state(closed)` in step, and
 * dispatches `message-us-availability` when the state changes. What the
 * element shows inside and outside the hours is decided in the core
 * (`resolveView()`); this only wakes the element at the right moment.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {View} from '../core/view.js';
import {nextViewChange} from '../core/hours.js';
import {pageClock, pageNow} from './availability-clock.js';
import {setState} from './states.js';

/** `detail` of the `message-us-availability` event. */
export interface MessageUsAvailabilityDetail {
  /** Whether the business is open now. */
  open: boolean;
  /** The next opening or closing as an ISO string, or null when nothing changes. */
  next: string | null;
}

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly view?: View;
}

/** Wakes its element at each opening, closing and (for the note) midnight. */
export class AvailabilityController implements ReactiveController {
  private stop?: () => void;
  /** The hours the clock is watched for, as a key; '' for none. */
  private watched = '';
  /** The `open next` pair last announced; null before the first update. */
  private announced: string | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.watched = '';
  }

  hostUpdated(): void {
    this.watch();
    const view = this.host.view;
    const open = view?.open ?? true;
    const next = view?.next ?? null;
    setState(this.host, 'open', open);
    setState(this.host, 'closed', !open);
    const key = `${open} ${next}`;
    // Announced once at first when there are hours, then on every change.
    const quiet = this.announced === null && !view?.availability;
    if (key === this.announced) return;
    this.announced = key;
    if (quiet) return;
    const detail: MessageUsAvailabilityDetail = {open, next};
    this.host.dispatchEvent(
      new CustomEvent('message-us-availability', {detail, bubbles: true, composed: true})
    );
  }

  /** Subscribes to the page clock for the view's hours, once per set of hours. */
  private watch(): void {
    const view = this.host.view;
    const config = this.host.isConnected ? view?.availability : null;
    const {hours, timezone, 'closed-on': closedOn, 'after-hours': mode} = view?.values ?? {};
    const key = config ? JSON.stringify([hours, timezone, closedOn, mode]) : '';
    if (key === this.watched) return;
    this.stop?.();
    this.stop = undefined;
    this.watched = key;
    if (config) {
      this.stop = pageClock.subscribe(
        () => this.host.requestUpdate(),
        () => nextViewChange(config, mode, pageNow())
      );
    }
  }
}
