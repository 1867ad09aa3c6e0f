/* global signalR -- loaded by index.html from lib/signalr.min.js (copied from npm at build time). */
import { ApiError } from './api.js';

// Retries quickly at first; after this long SignalR gives up and our own loop keeps trying at a slower pace,
// because a server that is being redeployed can be down for minutes.
const automaticReconnectWindowMs = 30_000;
const quickRetryDelaysMs = [0, 1000, 2000, 4000];
const slowRetryDelayMs = 3000;

// The client keeps the status of a refused negotiation only in its error's message.
const refused = error => /Status code '401'/.test(String(error?.message));

/**
 * The page's one subscription to the correlator hub. It remembers the last event sequence it saw and, after any
 * reconnect, subscribes again from there, so the server replays exactly what was missed; duplicates are dropped.
 */
export class LiveConnection {
  #connection;
  #topics;
  #handlers;
  #resuming = false;
  #looping = false;

  /** The highest event sequence applied so far (null until the first subscription answered). */
  lastSequence = null;

  /**
   * accessTokenFactory gives the key to connect with ('' for none); when the server refuses the connection for want
   * of a valid key, start() rejects, or onKeyRefused is called after a reconnect, with an ApiError of status 401.
   */
  constructor({ url = '/hubs/correlator', topics = ['all'], accessTokenFactory = () => '', onEvent, onState, onCaughtUp, onReset, onKeyRefused }) {
    this.#topics = topics;
    this.#handlers = { onEvent, onState, onCaughtUp, onReset, onKeyRefused };
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl(url, { accessTokenFactory })
      .withAutomaticReconnect({
        // A refused key ends the retries at once, so the closing connection tells the page to ask for one.
        nextRetryDelayInMilliseconds: context => context.elapsedMilliseconds < automaticReconnectWindowMs && !refused(context.retryReason)
          ? quickRetryDelaysMs[Math.min(context.previousRetryCount, quickRetryDelaysMs.length - 1)]
          : null,
      })
      .configureLogging(signalR.LogLevel.Warning)
      .build();

    for (const type of ['discrepancy', 'tally']) this.#connection.on(type, event => this.#receive(event));
    this.#connection.on('caughtUp', message => this.#caughtUp(message));
    this.#connection.onreconnecting(() => this.#state('reconnecting'));
    this.#connection.onreconnected(() => this.#subscribe().catch(() => this.#connection.stop()));
    this.#connection.onclose(() => this.#startLoop().catch(error => this.#handlers.onKeyRefused?.(error)));
  }

  start() {
    return this.#startLoop();
  }

  async #startLoop() {
    if (this.#looping) return;
    this.#looping = true;
    this.#state(this.lastSequence === null ? 'connecting' : 'reconnecting');
    try {
      for (;;) {
        try {
          await this.#connection.start();
          await this.#subscribe();
          return;
        } catch (error) {
          // A connection that opened but could not subscribe is useless: close it and start over.
          if (this.#connection.state !== signalR.HubConnectionState.Disconnected) await this.#connection.stop();
          // Retrying cannot mend a missing or refused key; only the user can.
          if (refused(error)) throw new ApiError(401, { title: 'The hub refused the connection' });
          this.#state('disconnected');
          await new Promise(resolve => setTimeout(resolve, slowRetryDelayMs));
        }
      }
    } finally {
      this.#looping = false;
    }
  }

  async #subscribe() {
    this.#resuming = this.lastSequence !== null;
    let result;
    try {
      result = await this.#connection.invoke('Subscribe', this.#topics, this.lastSequence);
    } catch (error) {
      // The server refuses a resume point beyond its event log: its data was reset, so what this page shows is from
      // another log. The page starts over rather than retrying a resume that can never be taken.
      if (this.#resuming && String(error?.message).includes('afterSequence:') && this.#handlers.onReset) {
        this.#handlers.onReset();
        return;
      }
      throw error;
    }
    if (this.lastSequence === null) this.lastSequence = result?.lastSequence ?? 0;
    this.#state('connected');
  }

  #receive(event) {
    if (this.lastSequence !== null && event.sequence <= this.lastSequence) return;
    this.lastSequence = event.sequence;
    this.#handlers.onEvent?.(event);
  }

  #caughtUp(message) {
    if (this.#resuming) this.#handlers.onCaughtUp?.(message);
    this.#resuming = false;
  }

  #state(state) {
    this.#handlers.onState?.(state);
  }
}
