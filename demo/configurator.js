// The configurator page: form ⇄ model ⇄ preview, outputs, page URL and
// department presets. The rules live in configurator-model.js; this file
// only moves values between the page and the model.
import {SUPPORTED_LOCALES, parseComputedColor} from '../dist/core/index.js';
import {
  EXAMPLE_BUSINESS_ID,
  FIELDS,
  appliesTo,
  defaults,
  elementAttributes,
  fromParams,
  htmlSnippet,
  legacyMarkup,
  mergePresets,
  messagesLink,
  parsePresets,
  serializePresets,
  toParams,
  validate,
} from './configurator-model.js';
import {qrSvg} from './qr-svg.js';

/** @typedef {import('./configurator-model.js').Config} Config */
/** @typedef {import('./configurator-model.js').Preset} Preset */
/** @typedef {import('./configurator-model.js').BuildInfo} BuildInfo */

/** localStorage key of the department presets: the configurator's own, never the widget's. */
const STORAGE_KEY = 'message-us-configurator:presets';

const form = /** @type {HTMLFormElement} */ (document.getElementById('config'));
const $ = (/** @type {string} */ selector) =>
  /** @type {HTMLElement} */ (document.querySelector(selector));

/** @type {BuildInfo} */
let build = {version: null, integrity: {}};
/** Fields the user has edited, so an empty required ID is flagged only once touched. */
const touched = new Set();
/** The current outputs, for the copy and download buttons. */
const outputs = {snippet: '', link: '', legacy: '', qr: ''};

// Form ⇄ configuration ------------------------------------------------------

/** @param {string} name */
function control(name) {
  return /** @type {any} */ (form.elements.namedItem(name));
}

/** @returns {Config} */
function readForm() {
  /** @type {Config} */
  const config = {};
  for (const field of FIELDS) {
    const el = control(field.name);
    config[field.name] = field.kind === 'check' ? Boolean(el.checked) : String(el.value);
  }
  return config;
}

/** @param {Config} config */
function writeForm(config) {
  for (const field of FIELDS) {
    const el = control(field.name);
    const value = config[field.name];
    if (field.kind === 'check') el.checked = value === true;
    else el.value = String(value);
  }
}

function fillLanguages() {
  const select = /** @type {HTMLSelectElement} */ (control('lang'));
  const names =
    typeof Intl.DisplayNames === 'function'
      ? (/** @type {string} */ code) => {
          try {
            return new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;
          } catch {
            return code;
          }
        }
      : (/** @type {string} */ code) => code;
  for (const code of SUPPORTED_LOCALES) {
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = `${names(code)} (${code})`;
    select.append(option);
  }
}

// A colour picker only speaks #rrggbb. It shows the colour in effect: the
// field's colour when the browser can read it, else the theme's; using the
// picker writes into the field.
function syncPickers() {
  const light = control('theme').value === 'light';
  /** @type {Record<string, string>} */
  const themed = {
    color: light ? '#000000' : '#ffffff',
    'text-color': light ? '#000000' : '#ffffff',
    background: light ? '#ffffff' : '#000000',
  };
  themed['icon-color'] = hexOf(control('text-color').value) ?? themed['text-color'];
  themed['icon-background'] = hexOf(control('background').value) ?? themed.background;
  for (const picker of document.querySelectorAll('input[data-picker-for]')) {
    const input = /** @type {HTMLInputElement} */ (picker);
    const name = input.dataset.pickerFor ?? '';
    input.value = hexOf(control(name).value) ?? themed[name] ?? '#000000';
  }
}

/**
 * A CSS colour as #rrggbb (alpha dropped), or null when the browser cannot
 * read it.
 * @param {string} value
 */
function hexOf(value) {
  const text = String(value).trim();
  if (!text || !env.isColor(text)) return null;
  const rgb = parseComputedColor(env.computedColor(text));
  if (!rgb) return null;
  return `#${rgb
    .slice(0, 3)
    .map((channel) => Math.round(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}

// Validation ----------------------------------------------------------------

const probe = $('#color-probe');

/** @type {import('./configurator-model.js').Env} */
const env = {
  isColor: (value) => CSS.supports('color', value),
  isFontFamily: (value) => CSS.supports('font-family', value),
  computedColor(value) {
    probe.style.color = '';
    probe.style.color = value;
    return getComputedStyle(probe).color;
  },
  baseUrl: document.baseURI,
};

/**
 * Shows each field's problems under it, wires them to the field with
 * `aria-describedby` (already in the markup) and sets `aria-invalid` for
 * errors. Returns the errors that block the outputs.
 * @param {Config} config
 * @returns {Array<{field: string, message: string}>}
 */
function showProblems(config) {
  const type = config.element === 'banner' ? 'banner' : 'button';
  const problems = validate(config, env);
  /** @type {Array<{field: string, message: string}>} */
  const blocking = [];
  for (const field of FIELDS) {
    const list = document.getElementById(`f-${field.name}-msg`);
    const el = control(field.name);
    let found = appliesTo(field.name, type) ? (problems.get(field.name) ?? []) : [];
    // An empty required field is not shouted about before anyone typed in it.
    if (field.name === 'business-id' && !touched.has(field.name)) {
      found = found.filter((p) => p.code !== 'missing-business-id');
    }
    for (const problem of found) {
      if (problem.severity === 'error')
        blocking.push({field: field.name, message: problem.message});
    }
    if (el instanceof HTMLElement) {
      if (found.some((p) => p.severity === 'error')) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
    if (!list) continue;
    list.replaceChildren(
      ...found.map((problem) => {
        const item = document.createElement('li');
        item.className = problem.severity;
        item.dataset.code = problem.code;
        const tag = document.createElement('strong');
        tag.textContent = problem.severity === 'error' ? 'Error: ' : 'Warning: ';
        item.append(tag, problem.message);
        return item;
      })
    );
  }
  return blocking;
}

// Preview -------------------------------------------------------------------

/**
 * Brings the preview element in line with the attributes: same element
 * kept while only attributes change, so it does not warn again for
 * problems it already reported.
 * @param {HTMLElement} screen @param {string} tag @param {Array<[string, string]>} attributes
 */
function renderPreview(screen, tag, attributes) {
  let element = screen.querySelector('message-us-button, message-us-banner');
  if (!element || element.localName !== tag) {
    screen.replaceChildren();
    element = document.createElement(tag);
    element.addEventListener('message-us-outcome', () => describeOutcome(screen));
    // A preview must not open Messages or dial from the configurator.
    element.addEventListener('message-us-click', (event) => event.preventDefault());
  }
  const wanted = new Map(attributes);
  for (const name of element.getAttributeNames()) {
    if (!wanted.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  if (!element.isConnected) screen.append(element);
  /** @type {any} */ (element).updateComplete?.then(() => describeOutcome(screen));
}

/** @param {HTMLElement} screen */
function describeOutcome(screen) {
  const caption = /** @type {HTMLElement} */ (screen.parentElement?.querySelector('.outcome'));
  const el = /** @type {any} */ (screen.querySelector('message-us-button, message-us-banner'));
  if (!el) return;
  const channels = /** @type {Record<string, string>} */ ({
    phone: 'a call',
    sms: 'a text message',
    whatsapp: 'WhatsApp',
    web: 'your fallback page',
  });
  const text =
    el.outcome === 'messages'
      ? 'Opens Apple Messages.'
      : el.outcome === 'fallback'
        ? `Offers ${channels[el.channel] ?? el.channel}: ${el.href}`
        : el.outcome === 'hidden'
          ? 'Shows nothing here. Choose a fallback to offer a call, a text or a page.'
          : 'Not shown: the configuration has an error.';
  caption.textContent = text;
  caption.dataset.outcome = el.outcome;
}

/** @param {Config} config @param {boolean} blocked */
function updatePreviews(config, blocked) {
  const tag = `message-us-${config.element === 'banner' ? 'banner' : 'button'}`;
  for (const [id, platform] of [
    ['preview-apple', 'apple'],
    ['preview-other', 'other'],
  ]) {
    const screen = /** @type {HTMLElement} */ ($(`#${id} .screen`));
    const caption = /** @type {HTMLElement} */ ($(`#${id} .outcome`));
    const idOk = elementAttributes(config).some(([name]) => name === 'business-id') && !blocked;
    if (!idOk) {
      const note = document.createElement('p');
      note.className = 'placeholder';
      note.textContent = 'The preview appears once the business ID is a valid UUID.';
      screen.replaceChildren(note);
      caption.textContent = '';
      delete caption.dataset.outcome;
      continue;
    }
    renderPreview(screen, tag, [...elementAttributes(config), ['platform', platform]]);
  }
}

// Outputs -------------------------------------------------------------------

/**
 * @param {'snippet' | 'link' | 'legacy' | 'qr'} name
 * @param {string} value Empty when there is nothing to copy yet.
 * @param {string} placeholder
 */
function setOutput(name, value, placeholder) {
  const changed = outputs[name] !== value;
  outputs[name] = value;
  const target = /** @type {HTMLElement} */ ($(`[data-output="${name}"]`));
  if (name === 'qr') {
    if (value) target.innerHTML = value;
    else target.textContent = placeholder;
    const svg = target.querySelector('svg');
    svg?.setAttribute('aria-label', 'QR code of the link');
  } else {
    /** @type {HTMLElement} */ (target.querySelector('code')).textContent = value || placeholder;
  }
  for (const button of document.querySelectorAll(`[data-copy="${name}"]`)) {
    /** @type {HTMLButtonElement} */ (button).disabled = !value;
  }
  if (name === 'qr') /** @type {HTMLButtonElement} */ ($('#qr-download')).disabled = !value;
  if (changed) status(name, '');
}

/** @param {string} name @param {string} text @param {'ok' | 'error' | ''} [kind] */
function status(name, text, kind = '') {
  const el = /** @type {HTMLElement} */ ($(`[data-status="${name}"]`));
  el.textContent = text;
  el.className = `status ${kind}`.trim();
}

/** @param {Config} config @param {Array<{field: string, message: string}>} blocking */
function updateOutputs(config, blocking) {
  const summary = $('#summary');
  const missingId = String(config['business-id']).trim() === '';
  if (blocking.length > 0 || missingId) {
    summary.hidden = false;
    summary.replaceChildren();
    const intro = document.createElement('p');
    intro.style.margin = '0';
    if (blocking.length === 0) {
      intro.textContent = 'Enter your business ID to get the code.';
      summary.append(intro);
    } else {
      intro.textContent =
        blocking.length === 1
          ? 'Fix this to get the code:'
          : `Fix these ${blocking.length} problems to get the code:`;
      const list = document.createElement('ul');
      for (const {field, message} of blocking) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#f-${field}`;
        link.textContent = message;
        item.append(link);
        list.append(item);
      }
      summary.append(intro, list);
    }
    const wait = 'Nothing yet: see the message above.';
    setOutput('snippet', '', wait);
    setOutput('link', '', wait);
    setOutput('legacy', '', wait);
    setOutput('qr', '', wait);
    $('#out-legacy-note').textContent = '';
    $('#out-snippet-note').textContent = '';
    return;
  }
  summary.hidden = true;
  summary.replaceChildren();

  const link = messagesLink(config) ?? '';
  setOutput('snippet', htmlSnippet(config, build), '');
  setOutput('link', link, '');
  const legacy = legacyMarkup(config, build);
  setOutput('legacy', legacy.html, '');
  const svg = qrSvg(link);
  setOutput('qr', svg ?? '', 'The link is too long for a QR code; shorten the prefilled message.');

  $('#out-snippet-note').textContent = build.version
    ? `Pinned to version ${build.version} with its integrity hash: browsers refuse the file if it ever changes. Paste the script once per page, in <head> or before </body>.`
    : 'Not pinned to a version: build the project (npm run build) for a pinned URL with its integrity hash.';
  const notes = ['For pages already written for Apple’s script: only the script changes.'];
  if (String(config.body) !== '') {
    notes.push(
      'Apple’s own script is not known to read data-apple-business-body; message-us’s compatibility layer does.'
    );
  }
  if (legacy.unmapped.length > 0) {
    notes.push(
      `Apple’s markup has no attributes for ${legacy.unmapped.join(', ')}; use the HTML snippet to keep them.`
    );
  }
  $('#out-legacy-note').textContent = notes.join(' ');
}

// Page URL ------------------------------------------------------------------

/** @param {Config} config */
function updateUrl(config) {
  const query = toParams(config).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) {
    history.replaceState(history.state, '', url);
  }
}

// Update cycle --------------------------------------------------------------

function update() {
  const config = readForm();
  const type = config.element === 'banner' ? 'banner' : 'button';
  for (const el of document.querySelectorAll('[data-applies]')) {
    const applies = /** @type {HTMLElement} */ (el).dataset.applies;
    /** @type {HTMLElement} */ (el).hidden = applies !== type;
  }
  syncPickers();
  const blocking = showProblems(config);
  const idBlocked = blocking.some((b) => b.field === 'business-id');
  updatePreviews(config, idBlocked);
  updateOutputs(config, blocking);
  updateUrl(config);
}

// Copy and download ---------------------------------------------------------

/**
 * Copies with the asynchronous clipboard API, falling back to the older
 * selection command where it is missing or refused (insecure origins,
 * embedded frames), and finally to selecting the text for the user.
 * @param {string} text @returns {Promise<boolean>}
 */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** @param {HTMLButtonElement} button */
async function onCopy(button) {
  const name = /** @type {'snippet' | 'link' | 'legacy' | 'qr'} */ (button.dataset.copy);
  const text = outputs[name];
  if (!text) return;
  if (await copyText(text)) {
    // The fallback's hidden text area took the focus; give it back.
    button.focus();
    status(name, 'Copied to the clipboard.', 'ok');
  } else if (name === 'qr') {
    status(name, 'The browser refused to copy: use Download SVG instead.', 'error');
  } else {
    // Focus first: WebKit drops a selection when the focus moves after it.
    const target = $(`[data-output="${name}"]`);
    target.focus();
    const range = document.createRange();
    range.selectNodeContents(target);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    status(
      name,
      'The browser refused to copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
      'error'
    );
  }
}

/**
 * Offers text as a file download. The object URL lives for a minute: some
 * browsers start reading it only after the click has returned.
 * @param {string} filename @param {string} text @param {string} type
 */
function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Department presets --------------------------------------------------------

/** @returns {Preset[]} */
function loadPresets() {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed = parsePresets(raw);
    return 'presets' in parsed ? parsed.presets : [];
  } catch {
    // Storage blocked (private mode, sandboxed frame): presets last for the page.
    return memoryPresets;
  }
}

/** @type {Preset[]} */
let memoryPresets = [];

/** @param {Preset[]} presets */
function storePresets(presets) {
  memoryPresets = presets;
  try {
    localStorage.setItem(STORAGE_KEY, serializePresets(presets));
  } catch {
    presetStatus(
      'This browser does not allow storage here; presets last until the page closes.',
      'error'
    );
  }
}

/** @param {string} text @param {'ok' | 'error' | ''} [kind] */
function presetStatus(text, kind = '') {
  const el = $('#preset-status');
  el.textContent = text;
  el.className = `status ${kind}`.trim();
}

/** @param {string} [select] Name to select afterwards. */
function renderPresets(select) {
  const presets = loadPresets();
  const list = /** @type {HTMLSelectElement} */ ($('#department'));
  const previous = select ?? list.value;
  list.replaceChildren();
  const first = document.createElement('option');
  first.value = '';
  first.textContent = presets.length ? 'Choose a department' : 'No presets saved yet';
  list.append(first);
  for (const preset of presets) {
    const option = document.createElement('option');
    option.value = preset.name;
    option.textContent = preset.name;
    list.append(option);
  }
  list.value = presets.some((p) => p.name === previous) ? previous : '';
  onDepartmentChange();
}

function onDepartmentChange() {
  const chosen = /** @type {HTMLSelectElement} */ ($('#department')).value !== '';
  /** @type {HTMLButtonElement} */ ($('#preset-apply')).disabled = !chosen;
  /** @type {HTMLButtonElement} */ ($('#preset-delete')).disabled = !chosen;
}

function applyPreset() {
  const name = /** @type {HTMLSelectElement} */ ($('#department')).value;
  const preset = loadPresets().find((p) => p.name === name);
  if (!preset) return;
  control('intent').value = preset.intent;
  control('group').value = preset.group;
  control('body').value = preset.body;
  update();
  presetStatus(`Applied “${preset.name}”.`, 'ok');
}

function savePreset() {
  const input = /** @type {HTMLInputElement} */ ($('#preset-name'));
  const name = input.value.trim();
  if (!name) {
    presetStatus('Name the department first, e.g. Billing.', 'error');
    input.focus();
    return;
  }
  const preset = {
    name,
    intent: String(control('intent').value),
    group: String(control('group').value),
    body: String(control('body').value),
  };
  const {presets, replaced} = mergePresets(loadPresets(), [preset]);
  storePresets(presets);
  renderPresets(name);
  input.value = '';
  presetStatus(replaced ? `Updated “${name}”.` : `Saved “${name}”.`, 'ok');
}

function deletePreset() {
  const name = /** @type {HTMLSelectElement} */ ($('#department')).value;
  storePresets(loadPresets().filter((p) => p.name !== name));
  renderPresets('');
  presetStatus(`Deleted “${name}”.`, 'ok');
}

function exportPresets() {
  const presets = loadPresets();
  if (presets.length === 0) {
    presetStatus('There are no presets to export yet.', 'error');
    return;
  }
  download('message-us-presets.json', serializePresets(presets), 'application/json');
  presetStatus(`Exported ${presets.length} preset${presets.length === 1 ? '' : 's'}.`, 'ok');
}

/** @param {HTMLInputElement} input */
async function importPresets(input) {
  const file = input.files?.[0];
  if (!file) return;
  let text = '';
  try {
    text = await file.text();
  } catch {
    presetStatus(`“${file.name}” could not be read.`, 'error');
    return;
  }
  const parsed = parsePresets(text);
  input.value = '';
  if ('error' in parsed) {
    presetStatus(`“${file.name}” was not imported. ${parsed.error}`, 'error');
    return;
  }
  const {presets, added, replaced} = mergePresets(loadPresets(), parsed.presets);
  storePresets(presets);
  renderPresets();
  presetStatus(`Imported “${file.name}”: ${added} new, ${replaced} replaced.`, 'ok');
}

// Build information -----------------------------------------------------------

/** @param {string} url */
async function fetchJson(url) {
  try {
    const response = await fetch(url, {cache: 'no-cache'});
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/**
 * The version and SRI hashes of the local build: the snippet pins the CDN
 * URL to this version and its hash. Both files are read by the configurator
 * page only; the widget never fetches anything.
 * @returns {Promise<BuildInfo>}
 */
async function loadBuild() {
  const [pkg, integrity] = await Promise.all([
    fetchJson(new URL('../package.json', import.meta.url).href),
    fetchJson(new URL('../dist/cdn/integrity.json', import.meta.url).href),
  ]);
  const version = typeof pkg?.version === 'string' && integrity ? pkg.version : null;
  return {version, integrity: integrity && typeof integrity === 'object' ? integrity : {}};
}

// Start ---------------------------------------------------------------------

async function start() {
  fillLanguages();
  writeForm({...defaults(), ...fromParams(new URLSearchParams(location.search))});
  if (String(control('business-id').value).trim()) touched.add('business-id');

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = /** @type {HTMLInputElement} */ (event.target);
    if (target.dataset.pickerFor) {
      control(target.dataset.pickerFor).value = target.value;
      touched.add(target.dataset.pickerFor);
    } else if (target.name) {
      touched.add(target.name);
    }
    // Unnamed controls (the preset tools) are not part of the configuration.
    if (target.name || target.dataset.pickerFor) update();
  });
  form.addEventListener('change', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.id === 'preset-import') importPresets(/** @type {HTMLInputElement} */ (target));
    else if (target.id === 'department') onDepartmentChange();
    else if (/** @type {HTMLInputElement} */ (target).name) update();
  });
  $('#use-example').addEventListener('click', () => {
    control('business-id').value = EXAMPLE_BUSINESS_ID;
    touched.add('business-id');
    update();
  });
  $('#preset-apply').addEventListener('click', applyPreset);
  $('#preset-delete').addEventListener('click', deletePreset);
  $('#preset-save').addEventListener('click', savePreset);
  $('#preset-export').addEventListener('click', exportPresets);
  $('#preset-name').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      savePreset();
    }
  });
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', () => onCopy(/** @type {HTMLButtonElement} */ (button)));
  }
  $('#qr-download').addEventListener('click', () => {
    if (outputs.qr) download('message-us-qr.svg', `${outputs.qr}\n`, 'image/svg+xml');
    status('qr', 'Downloaded message-us-qr.svg.', 'ok');
  });
  $('#dark-page').addEventListener('change', (event) => {
    $('#previews').classList.toggle(
      'dark-page',
      /** @type {HTMLInputElement} */ (event.target).checked
    );
  });

  renderPresets();
  update();
  build = await loadBuild();
  update();
  document.documentElement.dataset.ready = '';
}

start();
