import { el } from './dom.js';
import { apiKey, getJson, isUnauthorized, setApiKey } from './api.js';

// Any read behind the key tells whether the server takes it; the list of bases is small.
const checkPath = '/api/bases';

const messages = {
  needed: 'This server needs a key to read. Paste a viewer or operator key.',
  refused: 'The server refused that key. Paste a valid viewer or operator key.',
  checking: 'Checking the key…',
};

/**
 * Shown when the server will not let the page read without a key: one field for a viewer (or operator) key, kept in
 * the same store as the operator form's. A key the server takes is kept and onAccepted called; a refused one is
 * dropped and the prompt says so.
 */
export class KeyPrompt {
  #container;
  #message;
  #input;
  #onAccepted;

  constructor(container, { onAccepted }) {
    this.#container = container;
    this.#onAccepted = onAccepted;
    this.#message = el('p', { class: 'key-message', role: 'alert' });
    this.#input = el('input', { type: 'password', name: 'readingKey', autocomplete: 'off', required: true, placeholder: 'viewer or operator key', 'aria-label': 'Key' });
    container.replaceChildren(this.#message, el('form', { onsubmit: e => { e.preventDefault(); this.#check(this.#input.value.trim()); } },
      this.#input, el('button', { type: 'submit' }, 'Use key')));
  }

  /** Asks for a key; says the stored one was refused when there is one, since the server just turned it down. */
  show() {
    this.#say(apiKey() ? 'refused' : 'needed');
    this.#container.hidden = false;
    this.#input.focus();
  }

  async #check(key) {
    if (!key) return;
    this.#say('checking');
    setApiKey(key);
    try {
      await getJson(checkPath);
    } catch (error) {
      if (!isUnauthorized(error)) {
        this.#say('failed', `The key could not be checked: ${error.message}`);
        return;
      }
      setApiKey('');
      this.#input.select();
      this.#say('refused');
      return;
    }
    this.#onAccepted();
  }

  #say(state, text = messages[state]) {
    this.#container.dataset.state = state;
    this.#message.textContent = text;
  }
}
