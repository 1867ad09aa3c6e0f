// A test client of the correlator hub through the official @microsoft/signalr Node client; records what it receives.
import * as signalR from '@microsoft/signalr';
import { eventually } from './reports.mjs';

export class HubSubscriber {
  events = [];
  caughtUp = [];
  #connection;

  constructor(serverUrl) {
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl(`${serverUrl}/hubs/correlator`)
      .configureLogging(signalR.LogLevel.Error)
      .build();
    // Braces matter: a handler that returns a value is sent back to the server as a client result.
    for (const type of ['discrepancy', 'tally']) this.#connection.on(type, event => { this.events.push(event); });
    this.#connection.on('caughtUp', message => { this.caughtUp.push(message); });
  }

  /** Connects and subscribes; with afterSequence the server first replays the events after it, then says caughtUp. */
  async subscribe(topics, afterSequence = null) {
    await this.#connection.start();
    const result = await this.#connection.invoke('Subscribe', topics, afterSequence);
    if (afterSequence !== null) await eventually(() => this.caughtUp.length > 0, { what: 'caughtUp' });
    return result;
  }

  get lastSequence() {
    return this.events.length ? this.events.at(-1).sequence : null;
  }

  discrepancies() {
    return this.events.filter(event => event.type === 'discrepancy');
  }

  waitForDiscrepancy(predicate, what) {
    return eventually(() => this.discrepancies().find(event => predicate(event.data)), { what });
  }

  stop() {
    return this.#connection.stop();
  }
}
