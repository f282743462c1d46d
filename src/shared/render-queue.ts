/**
 * First renders spread over tasks. A page of a hundred buttons would
 * otherwise render them all in the task that evaluates the script, one
 * long task that holds up input; here the renders of one task stop once
 * they have taken a few milliseconds (counted from the definition, so the
 * upgrades count), and the rest continue in tasks of their own (messages,
 * which no engine delays the way it clamps nested timers), in document
 * order, each under the 50 ms of a long task.
 *
 * A waiting element has no shadow root yet, so the author's no-JS link
 * inside it still shows; it is in `:state(pending)`, which the no-JS CSS
 * matches as it matches `:not(:defined)` (src/no-js.css): nothing moves
 * while it waits. Engines that cannot match `:state()` render every
 * element at once, as before.
 */
import {isServer} from 'lit';

// Milliseconds of first renders per task: few in a task of the page's (its
// script's evaluation and upgrades come before them, and the page may have
// more to do), more in a task of our own, which holds nothing else; both
// well under the 50 ms of a long task. Measured in bench/README.md.
let pageBudget = 15;
let ownBudget = 40;
/** When the current task's renders began; reset by the next message. */
let taskStart: number | undefined;
const waiting: Array<() => void> = [];
let drained: Array<() => void> = [];
let port: MessagePort | undefined;
let posted = false;
let supported: boolean | undefined;

function post(): void {
  if (posted) return;
  posted = true;
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = next;
    port = channel.port2;
  }
  port.postMessage(0);
}

function next(): void {
  posted = false;
  taskStart = undefined;
  if (!waiting.length) return;
  taskStart = performance.now();
  // Posted first: the next task resets the clock and renders what still
  // waits (taskStart is only ever set with a message on its way).
  post();
  // At least one per task, so a page always makes progress.
  do waiting.shift()!();
  while (waiting.length && performance.now() - taskStart < ownBudget);
  if (waiting.length) return;
  const callbacks = drained;
  drained = [];
  callbacks.forEach((callback) => callback());
}

/** Counts this task's time from now: called just before the elements are defined. */
export function startTask(): void {
  // Not on a server (Node has MessageChannel, and an open port would keep
  // the process alive): it renders no tasks of a page.
  if (isServer || taskStart !== undefined || typeof MessageChannel === 'undefined') return;
  taskStart = performance.now();
  post();
}

/**
 * Runs a first render now, when this task has time left and nothing
 * renders before it, or queues it for a later task.
 *
 * @param render - Attaches the root and renders; never throws.
 * @returns Whether the render was queued (it has not run yet).
 */
export function renderInTurn(render: () => void): boolean {
  supported ??=
    !isServer &&
    typeof MessageChannel !== 'undefined' &&
    typeof CSS !== 'undefined' &&
    CSS.supports('selector(:state(pending))');
  if (supported) {
    startTask();
    if (waiting.length || performance.now() - taskStart! >= pageBudget) {
      waiting.push(render);
      return true;
    }
  }
  render();
  return false;
}

/**
 * Calls back now when no first render is waiting, else right after the
 * task that renders the last of them.
 *
 * @param callback - Runs once; never throws.
 */
export function afterRenders(callback: () => void): void {
  if (waiting.length) drained.push(callback);
  else callback();
}

/**
 * @internal Sets the render time of every task, in ms (tests: 0 renders
 * one element per task of ours and none in the page's); returns a function
 * that restores the budgets.
 */
export function setRenderBudget(ms: number): () => void {
  const previous = [pageBudget, ownBudget];
  pageBudget = ownBudget = ms;
  return () => ([pageBudget, ownBudget] = previous);
}
