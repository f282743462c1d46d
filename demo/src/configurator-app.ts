/**
 * `<configurator-app>`: the configurator page. Form ⇄ model ⇄ preview,
 * outputs, page URL and department presets. The rules live in model.ts
 * (read from the core's schema); this element only moves values between
 * the page and the model. It renders into the page (no shadow root), so
 * the page's styles, labels and `aria-describedby` links work as in any
 * form, and the live preview is the library's own elements.
 */
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import '../../src/index.js';
import '../../src/message-us-launcher/define.js';
import {parseComputedColor} from '../../src/core/index.js';
import type {MessageUsOutcomeDetail} from '../../src/index.js';
import {qrSvg} from '../qr-svg.js';
import {
  LAUNCHER_FIELDS,
  departmentConfig,
  launcherDefaults,
  launcherSnippet,
} from './launcher-model.js';
import {choiceLabel, languageName, sectionTitle, titleOf} from './labels.js';
import {
  EXAMPLE_BUSINESS_ID,
  appliesTo,
  applyPreset,
  defaults,
  elementAttributes,
  fieldNamed,
  fileName,
  fromParams,
  hintOf,
  htmlSnippet,
  legacyMarkup,
  mergePresets,
  messagesLink,
  noJsStyleTag,
  parsePresets,
  presetOf,
  sections,
  serializePresets,
  tagOf,
  toParams,
  typeOf,
  validate,
  type BuildInfo,
  type Config,
  type Env,
  type FieldSpec,
  type Preset,
  type Problem,
  type Section,
} from './model.js';

/** localStorage key of the department presets: the configurator's own, never the widget's. */
export const STORAGE_KEY = 'message-us-configurator:presets';

type OutputName = 'snippet' | 'link' | 'legacy' | 'qr' | 'launcher';
type StatusKind = 'ok' | 'error' | '';
interface Status {
  text: string;
  kind: StatusKind;
}
type Side = 'apple' | 'other';

/** Least time between two writes of the page address, in milliseconds. */
const URL_INTERVAL = 200;

const CHANNELS: Record<string, string> = {
  phone: 'a call',
  sms: 'a text message',
  whatsapp: 'WhatsApp',
  web: 'your fallback page',
};

/** Fields whose text is not prose: no spell-checking, no autocorrection. */
const CODE_LIKE = new Set(['text', 'color', 'font', 'number']);

/**
 * Copies with the asynchronous clipboard API, falling back to the older
 * selection command where it is missing or refused (insecure origins,
 * embedded frames).
 */
async function copyText(text: string): Promise<boolean> {
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

/**
 * Offers text as a file download. The object URL lives for a minute: some
 * browsers start reading it only after the click has returned.
 */
function download(filename: string, text: string, type: string): void {
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

async function fetchJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url, {cache: 'no-cache'});
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** The SRI hash of a file of the local build, or null when it cannot be read. */
async function fileIntegrity(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, {cache: 'no-cache'});
    if (!response.ok) return null;
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-384', await response.arrayBuffer())
    );
    return `sha384-${btoa(String.fromCharCode(...digest))}`;
  } catch {
    return null;
  }
}

/**
 * The version and SRI hashes of the local build: the snippet pins the CDN
 * URLs to this version and its hashes. Read by the configurator page only;
 * the widget never fetches anything.
 */
async function loadBuild(): Promise<BuildInfo> {
  const root = new URL('../../', import.meta.url);
  const [pkg, integrity, css] = await Promise.all([
    fetchJson(new URL('package.json', root).href),
    fetchJson(new URL('dist/cdn/integrity.json', root).href),
    fileIntegrity(new URL('dist/no-js.css', root).href),
  ]);
  const hashes =
    integrity && typeof integrity === 'object' ? {...(integrity as Record<string, string>)} : {};
  if (css) hashes['no-js.css'] = css;
  const version = (pkg as {version?: unknown} | null)?.version;
  return {version: typeof version === 'string' && integrity ? version : null, integrity: hashes};
}

/** @tag configurator-app */
export class ConfiguratorAppElement extends LitElement {
  static override properties = {
    config: {state: true},
    build: {state: true},
    presets: {state: true},
    chosen: {state: true},
    department: {state: true},
    presetStatus: {state: true},
    statuses: {state: true},
    outcomes: {state: true},
    darkPage: {state: true},
    launcher: {state: true},
    skipped: {state: true},
  };

  config: Config = {...defaults(), ...fromParams(new URLSearchParams(location.search))};
  build: BuildInfo = {version: null, integrity: {}};
  presets: Preset[] = [];
  /** The department chosen in the list. */
  chosen = '';
  /** The department the configuration is for (last applied or saved): names files and snippets. */
  department = '';
  presetStatus: Status = {text: '', kind: ''};
  statuses: Partial<Record<OutputName, Status>> = {};
  outcomes: Partial<Record<Side, MessageUsOutcomeDetail>> = {};
  darkPage = false;
  /** The launcher's own options (heading, greeting, position…). */
  launcher: Config = launcherDefaults();
  /** Departments left out of the launcher; new presets are in by default. */
  skipped: ReadonlySet<string> = new Set();

  /** Fields the user has edited, so an empty required ID is flagged only once touched. */
  #touched = new Set<string>();
  /** The outputs of the last render, for the copy and download buttons. */
  #outputs: Record<OutputName, string> = {
    snippet: '',
    link: '',
    legacy: '',
    qr: '',
    launcher: '',
  };
  /** Why there is no launcher snippet, when there is none. */
  #launcherNote = '';
  /** The launcher markup the preview shows, so it is rebuilt only when it changes. */
  #launcherPreview: string | null = null;
  /** Presets while storage is blocked (private mode, sandboxed frames). */
  #memoryPresets: Preset[] = [];
  /** Where the browser computes colours; inside this element, outside what it renders. */
  #probe: HTMLElement = Object.assign(document.createElement('span'), {
    id: 'color-probe',
    hidden: true,
  });

  #env: Env = {
    isColor: (value) => CSS.supports('color', value),
    isFontFamily: (value) => CSS.supports('font-family', value),
    computedColor: (value) => {
      const probe = this.#probe;
      probe.style.color = '';
      probe.style.color = value;
      return getComputedStyle(probe).color;
    },
    baseUrl: document.baseURI,
  };

  // The page's styles apply: this is the page, not a widget inside one.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // Before the first render, which judges colours; Lit renders after it.
    if (!this.#probe.isConnected) this.append(this.#probe);
    super.connectedCallback();
    if (String(this.config['business-id']).trim()) this.#touched.add('business-id');
    this.presets = this.#loadPresets();
    void this.#start();
  }

  async #start(): Promise<void> {
    await this.updateComplete;
    this.build = await loadBuild();
    await this.updateComplete;
    await this.#previewsSettled();
    document.documentElement.dataset.ready = '';
  }

  /** Waits until both previews have rendered what the configuration gives. */
  async #previewsSettled(): Promise<void> {
    const elements = [
      ...this.querySelectorAll('.screen > message-us-button, .screen > message-us-banner'),
    ];
    await Promise.all(
      elements.map((el) => (el as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete)
    );
    await this.updateComplete;
  }

  // Form ---------------------------------------------------------------------

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const picker = target.dataset.pickerFor;
    const name = picker ?? target.name;
    const field = name ? fieldNamed(name) : undefined;
    // Unnamed controls (the preset tools) are not part of the configuration.
    if (!field) return;
    let value: string | boolean;
    if (picker) value = target.value;
    else if (field.kind === 'tokens') {
      const checked = new Set(
        [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
          .filter((box) => box.checked)
          .map((box) => box.value)
      );
      value = (field.options ?? []).filter((word) => checked.has(word)).join(' ');
    } else if (field.kind === 'check') value = target.checked;
    else if (field.kind === 'radio') {
      if (!target.checked) return;
      value = target.value;
    } else value = target.value;
    this.#touched.add(name);
    if (this.config[name] !== value) this.config = {...this.config, [name]: value};
  }

  #useExample(): void {
    this.#touched.add('business-id');
    this.config = {...this.config, 'business-id': EXAMPLE_BUSINESS_ID};
  }

  // Presets ------------------------------------------------------------------

  #loadPresets(): Preset[] {
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      if (!raw) return [];
      const parsed = parsePresets(raw);
      return 'presets' in parsed ? parsed.presets : [];
    } catch {
      return this.#memoryPresets;
    }
  }

  #storePresets(presets: Preset[]): void {
    this.#memoryPresets = presets;
    this.presets = presets;
    try {
      localStorage.setItem(STORAGE_KEY, serializePresets(presets));
    } catch {
      this.#status(
        'This browser does not allow storage here; presets last until the page closes.',
        'error'
      );
    }
  }

  #status(text: string, kind: StatusKind = ''): void {
    this.presetStatus = {text, kind};
  }

  #applyPreset(): void {
    const preset = this.presets.find((p) => p.name === this.chosen);
    if (!preset) return;
    this.config = applyPreset(this.config, preset);
    if (String(this.config['business-id']).trim()) this.#touched.add('business-id');
    this.department = preset.name;
    this.#status(`Applied “${preset.name}”.`, 'ok');
  }

  #savePreset(): void {
    const input = this.querySelector<HTMLInputElement>('#preset-name')!;
    const name = input.value.trim();
    if (!name) {
      this.#status('Name the department first, e.g. Billing.', 'error');
      input.focus();
      return;
    }
    const {presets, replaced} = mergePresets(this.#loadPresets(), [presetOf(name, this.config)]);
    this.#storePresets(presets);
    this.chosen = name;
    this.department = name;
    input.value = '';
    this.#status(replaced ? `Updated “${name}”.` : `Saved “${name}”.`, 'ok');
  }

  #deletePreset(): void {
    const name = this.chosen;
    this.#storePresets(this.#loadPresets().filter((p) => p.name !== name));
    this.chosen = '';
    if (this.department === name) this.department = '';
    this.#status(`Deleted “${name}”.`, 'ok');
  }

  #exportPresets(): void {
    const presets = this.#loadPresets();
    if (presets.length === 0) {
      this.#status('There are no presets to export yet.', 'error');
      return;
    }
    download('message-us-presets.json', serializePresets(presets), 'application/json');
    this.#status(`Exported ${presets.length} preset${presets.length === 1 ? '' : 's'}.`, 'ok');
  }

  async #importPresets(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    let text = '';
    try {
      text = await file.text();
    } catch {
      this.#status(`“${file.name}” could not be read.`, 'error');
      return;
    }
    const parsed = parsePresets(text);
    input.value = '';
    if ('error' in parsed) {
      this.#status(`“${file.name}” was not imported. ${parsed.error}`, 'error');
      return;
    }
    const {presets, added, replaced} = mergePresets(this.#loadPresets(), parsed.presets);
    this.#storePresets(presets);
    if (!presets.some((p) => p.name === this.chosen)) this.chosen = '';
    this.#status(`Imported “${file.name}”: ${added} new, ${replaced} replaced.`, 'ok');
  }

  // Outputs ------------------------------------------------------------------

  async #copy(name: OutputName, button: HTMLButtonElement): Promise<void> {
    const text = this.#outputs[name];
    if (!text) return;
    if (await copyText(text)) {
      // The fallback's hidden text area took the focus; give it back.
      button.focus();
      this.#setStatus(name, 'Copied to the clipboard.', 'ok');
    } else if (name === 'qr') {
      this.#setStatus(name, 'The browser refused to copy: use Download SVG instead.', 'error');
    } else {
      // Focus first: WebKit drops a selection when the focus moves after it.
      const target = this.querySelector<HTMLElement>(`[data-output="${name}"]`)!;
      target.focus();
      const range = document.createRange();
      range.selectNodeContents(target);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.#setStatus(
        name,
        'The browser refused to copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
        'error'
      );
    }
  }

  #downloadQr(): void {
    if (!this.#outputs.qr) return;
    const name = fileName('qr', 'svg', this.department);
    download(name, `${this.#outputs.qr}\n`, 'image/svg+xml');
    this.#setStatus('qr', `Downloaded ${name}.`, 'ok');
  }

  #setStatus(name: OutputName, text: string, kind: StatusKind): void {
    this.statuses = {...this.statuses, [name]: {text, kind}};
  }

  // Update cycle -------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A status describes the output it was given for; a new output clears it.
    if (
      changed.has('config') ||
      changed.has('build') ||
      changed.has('department') ||
      changed.has('presets') ||
      changed.has('launcher') ||
      changed.has('skipped')
    ) {
      const next = this.#computeOutputs();
      const statuses = {...this.statuses};
      for (const name of Object.keys(next) as OutputName[]) {
        if (next[name] !== this.#outputs[name]) delete statuses[name];
      }
      this.#outputs = next;
      this.statuses = statuses;
    }
  }

  protected override updated(): void {
    this.#syncPreviews();
    this.#syncLauncherPreview();
    this.#scheduleUrl();
  }

  #lastUrlWrite = -Infinity;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Keeps the page address in step with the form, at most five times a
   * second: WebKit refuses more than 100 `replaceState` calls in 10 seconds
   * (a fast typist gets there), and throws. While a write waits, the element
   * carries `data-url-pending`.
   */
  #scheduleUrl(): void {
    if (this.#urlTimer !== undefined) return;
    const wait = this.#lastUrlWrite + URL_INTERVAL - performance.now();
    if (wait <= 0) {
      this.#writeUrl();
      return;
    }
    this.dataset.urlPending = '';
    this.#urlTimer = setTimeout(() => {
      this.#urlTimer = undefined;
      delete this.dataset.urlPending;
      this.#writeUrl();
    }, wait);
  }

  #writeUrl(): void {
    const query = toParams(this.config).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    this.#lastUrlWrite = performance.now();
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // Refused anyway (a sandboxed frame, a stricter limit): the form
      // still works, only the address lags until the next edit.
    }
  }

  /** Problems by field, only those of the chosen element, the untouched empty ID spared. */
  #problems(): Map<string, Problem[]> {
    const type = typeOf(this.config);
    const all = validate(this.config, this.#env);
    const shown = new Map<string, Problem[]>();
    for (const [name, list] of all) {
      if (!appliesTo(name, type)) continue;
      const found =
        name === 'business-id' && !this.#touched.has(name)
          ? list.filter((p) => p.code !== 'missing-business-id')
          : list;
      if (found.length) shown.set(name, found);
    }
    return shown;
  }

  #blocking(problems: Map<string, Problem[]>): Array<{field: string; message: string}> {
    return [...problems].flatMap(([field, list]) =>
      list.filter((p) => p.severity === 'error').map((p) => ({field, message: p.message}))
    );
  }

  #computeOutputs(): Record<OutputName, string> {
    const problems = this.#problems();
    const missingId = String(this.config['business-id']).trim() === '';
    const launcher = this.#launcherOutput();
    this.#launcherNote = 'note' in launcher ? launcher.note : '';
    const launcherText = 'snippet' in launcher ? launcher.snippet : '';
    if (this.#blocking(problems).length > 0 || missingId) {
      return {snippet: '', link: '', legacy: '', qr: '', launcher: launcherText};
    }
    const link = messagesLink(this.config) ?? '';
    return {
      launcher: launcherText,
      snippet: htmlSnippet(this.config, this.build, this.department),
      link,
      legacy: legacyMarkup(this.config, this.build, this.department).html,
      qr: qrSvg(link) ?? '',
    };
  }

  // Launcher -----------------------------------------------------------------

  /** The ticked departments, in the presets' order. */
  #chosenPresets(): Preset[] {
    return this.presets.filter((preset) => !this.skipped.has(preset.name));
  }

  /**
   * The launcher snippet, or a sentence saying why there is none: no
   * presets, none ticked, or a department whose code the form would
   * withhold too (no ID, an error).
   */
  #launcherOutput(): {snippet: string} | {note: string} {
    if (this.presets.length === 0) {
      return {
        note: 'No department presets saved yet. Save each department’s configuration under “Department presets” above; the launcher then lists them.',
      };
    }
    const chosen = this.#chosenPresets();
    if (chosen.length === 0) return {note: 'Tick at least one department for the launcher.'};
    const formId = String(this.config['business-id'] ?? '').trim();
    for (const preset of chosen) {
      const config = departmentConfig(preset, formId);
      if (String(config['business-id']).trim() === '') {
        return {
          note: `The department “${preset.name}” has no business ID: enter yours in the form, or save the department again with one.`,
        };
      }
      const error = [...validate(config, this.#env).values()]
        .flat()
        .find((problem) => problem.severity === 'error');
      if (error) return {note: `Fix the department “${preset.name}” first: ${error.message}`};
    }
    return {snippet: launcherSnippet(chosen, this.launcher, this.build, formId)};
  }

  #onLauncherInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const field = LAUNCHER_FIELDS.find((spec) => spec.name === target.name);
    if (!field) return;
    const value = field.kind === 'check' ? target.checked : target.value;
    if (this.launcher[field.name] !== value)
      this.launcher = {...this.launcher, [field.name]: value};
  }

  #onDepartmentTick(event: Event): void {
    const target = event.target as HTMLInputElement;
    const name = target.dataset.launcherDepartment;
    if (name === undefined) return;
    const skipped = new Set(this.skipped);
    if (target.checked) skipped.delete(name);
    else skipped.add(name);
    this.skipped = skipped;
  }

  /**
   * Shows the launcher snippet as a real, open launcher on an Apple
   * device. Rebuilt only when the markup changes, so it does not warn
   * again for what it already reported.
   */
  #syncLauncherPreview(): void {
    const stage = this.querySelector<HTMLElement>('#launcher-stage');
    const text = this.#outputs.launcher;
    if (!stage || !text) {
      this.#launcherPreview = null;
      return;
    }
    // The snippet without its script tag: the page has the elements already.
    const markup = text.slice(text.indexOf('\n') + 1);
    if (markup === this.#launcherPreview && stage.firstElementChild) return;
    this.#launcherPreview = markup;
    const template = document.createElement('template');
    template.innerHTML = markup;
    const launcher = template.content.querySelector('message-us-launcher');
    launcher?.setAttribute('platform', 'apple');
    launcher?.setAttribute('open', '');
    stage.replaceChildren(template.content);
  }

  #renderLauncher() {
    const text = this.#outputs.launcher;
    const status = this.statuses.launcher;
    return html`
      <section class="panel outputs" id="launcher" aria-labelledby="launcher-h">
        <h2 id="launcher-h">Launcher from your departments</h2>
        <p class="hint" id="launcher-hint">
          One button in a corner of the page that lists your saved departments. What every ticked
          department shares (business ID, fallbacks, hours, analytics…) is written once on the
          launcher; each department keeps what differs, and its name as the label unless it has its
          own.
        </p>
        ${
          this.presets.length
            ? html`<fieldset class="field full choice-group" @change=${this.#onDepartmentTick}>
                <legend class="label">Departments in the launcher</legend>
                <div class="choices">
                  ${this.presets.map(
                    (preset) =>
                      html`<label class="choice"
                        ><input
                          type="checkbox"
                          data-launcher-department=${preset.name}
                          .checked=${live(!this.skipped.has(preset.name))}
                        />
                        ${preset.name}</label
                      >`
                  )}
                </div>
              </fieldset>`
            : nothing
        }
        <div
          class="fields"
          data-section="launcher"
          @input=${this.#onLauncherInput}
          @change=${this.#onLauncherInput}
        >
          ${LAUNCHER_FIELDS.map((field) => this.#renderField(field, [], false, this.launcher))}
        </div>
        ${
          text
            ? html`<div class="output">
                  <div class="output-head">
                    <h3 id="out-launcher-h">Launcher snippet</h3>
                    <button
                      type="button"
                      data-copy="launcher"
                      aria-describedby="out-launcher-h"
                      @click=${(event: Event) =>
                        this.#copy('launcher', event.currentTarget as HTMLButtonElement)}
                    >
                      Copy
                    </button>
                  </div>
                  <pre
                    tabindex="0"
                    data-output="launcher"
                    aria-labelledby="out-launcher-h"
                  ><code>${text}</code></pre>
                  <p
                    class="status ${status?.kind ?? ''}"
                    role="status"
                    data-status="launcher"
                    .textContent=${status?.text ?? ''}
                  ></p>
                </div>
                <div
                  id="launcher-stage"
                  role="region"
                  aria-label="Preview of the launcher on an iPhone"
                  style="position: relative; transform: translateZ(0); height: 28rem; overflow: hidden; border-radius: 12px; background: #f2f2f7"
                  @message-us-click=${(event: Event) => event.preventDefault()}
                ></div>`
            : html`<p class="hint" id="launcher-note">${this.#launcherNote}</p>`
        }
      </section>
    `;
  }

  // Preview ------------------------------------------------------------------

  /** The ID the preview uses: the user's, Apple's example while blank, or null while invalid. */
  #previewId(): {id: string; example: boolean} | null {
    const attributes = new Map(elementAttributes(this.config));
    const own = attributes.get('business-id');
    if (!own) return {id: EXAMPLE_BUSINESS_ID, example: true};
    const idProblems = validate(this.config, this.#env).get('business-id') ?? [];
    return idProblems.some((p) => p.severity === 'error') ? null : {id: own, example: false};
  }

  /**
   * Brings each preview element in line with the attributes: the same
   * element is kept while only attributes change, so it does not warn
   * again for problems it already reported.
   */
  #syncPreviews(): void {
    const tag = tagOf(this.config);
    const id = this.#previewId();
    for (const side of ['apple', 'other'] as const) {
      const screen = this.querySelector<HTMLElement>(`#preview-${side} .screen`);
      if (!screen) continue;
      if (!id) {
        if (!screen.querySelector('p.placeholder')) {
          const note = document.createElement('p');
          note.className = 'placeholder';
          note.textContent = 'The preview appears once the business ID is a valid UUID.';
          screen.replaceChildren(note);
        }
        continue;
      }
      let element = screen.querySelector<HTMLElement>('message-us-button, message-us-banner');
      if (!element || element.localName !== tag) {
        element = document.createElement(tag);
        element.addEventListener('message-us-outcome', (event) => {
          const detail = (event as CustomEvent<MessageUsOutcomeDetail>).detail;
          this.outcomes = {...this.outcomes, [side]: {...detail}};
        });
        // A preview must not open Messages or dial from the configurator.
        element.addEventListener('message-us-click', (event) => event.preventDefault());
        screen.replaceChildren(element);
      }
      const wanted = new Map(elementAttributes(this.config));
      wanted.set('business-id', id.id);
      wanted.set('platform', side);
      for (const name of element.getAttributeNames()) {
        if (!wanted.has(name)) element.removeAttribute(name);
      }
      for (const [name, value] of wanted) {
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    }
  }

  // Rendering ----------------------------------------------------------------

  override render(): TemplateResult {
    const problems = this.#problems();
    const blocking = this.#blocking(problems);
    return html`
      <div class="configurator">
        <form
          id="config"
          class="settings"
          novalidate
          aria-label="Configuration"
          @submit=${(event: Event) => event.preventDefault()}
          @input=${this.#onInput}
          @change=${this.#onInput}
        >
          ${this.#renderPresets()}
          ${sections().map(([section, fields]) => this.#renderSection(section, fields, problems))}
        </form>
        <div class="results" id="results">
          ${this.#renderPreview()} ${this.#renderOutputs(blocking)} ${this.#renderLauncher()}
        </div>
      </div>
    `;
  }

  #resize: ResizeObserver | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
  }

  override firstUpdated(): void {
    // The preview sticks to the top on a phone: focusing a field scrolls it
    // below the preview (configurator.css reads this height).
    const panel = this.querySelector<HTMLElement>('.preview-panel')!;
    this.#resize = new ResizeObserver(() => {
      document.documentElement.style.setProperty(
        '--configurator-sticky',
        `${panel.offsetHeight}px`
      );
    });
    this.#resize.observe(panel);
  }

  #renderSection(section: Section, fields: FieldSpec[], problems: Map<string, Problem[]>) {
    const type = typeOf(this.config);
    return html`
      <div class="panel" data-section=${section}>
        <fieldset>
          <legend>${sectionTitle(section)}</legend>
          <div class="fields">
            ${fields.map((field) =>
              this.#renderField(
                field,
                problems.get(field.name) ?? [],
                field.applies !== 'none' && !appliesTo(field.name, type)
              )
            )}
          </div>
        </fieldset>
      </div>
    `;
  }

  #describedBy(field: FieldSpec, hint: string): string {
    return [hint ? `f-${field.name}-hint` : '', `f-${field.name}-msg`].filter(Boolean).join(' ');
  }

  #renderField(field: FieldSpec, found: Problem[], hidden: boolean, values = this.config) {
    const {name} = field;
    const value = values[name];
    const hint = this.#hint(field);
    const invalid = found.some((p) => p.severity === 'error') ? 'true' : nothing;
    // One line: whitespace inside the list would show in its text and keep
    // it from being :empty.
    // prettier-ignore
    const messages = html`<ul class="messages" id="f-${name}-msg">${found.map((p) => html`<li class=${p.severity} data-code=${p.code}><strong>${p.severity === 'error' ? 'Error: ' : 'Warning: '}</strong>${p.message}</li>`)}</ul>`;
    const hintLine = hint ? html`<p class="hint" id="f-${name}-hint">${hint}</p>` : nothing;
    const kind = field.option?.kind;
    const wide =
      name === 'business-id' ||
      kind === 'verbatim' ||
      kind === 'font' ||
      field.kind === 'radio' ||
      field.kind === 'tokens' ||
      field.section === 'snippet' ||
      name === 'unsupported' ||
      name === 'fallback-href';

    if (field.kind === 'radio' || field.kind === 'tokens') {
      const type = field.kind === 'radio' ? 'radio' : 'checkbox';
      const chosen =
        field.kind === 'tokens' ? new Set(String(value).split(' ')) : new Set([String(value)]);
      return html`
        <fieldset
          class="field full choice-group"
          ?hidden=${hidden}
          aria-describedby=${this.#describedBy(field, hint)}
        >
          <legend
            class=${titleOf(name) === sectionTitle(field.section) ? 'visually-hidden' : 'label'}
          >
            ${titleOf(name)}
          </legend>
          <div class="choices">
            ${(field.options ?? []).map(
              (option) =>
                html`<label class="choice"
                  ><input
                    type=${type}
                    name=${name}
                    id="f-${name}-${option}"
                    value=${option}
                    .checked=${live(chosen.has(option))}
                  />
                  ${choiceLabel(name, option)}</label
                >`
            )}
          </div>
          ${hintLine} ${messages}
        </fieldset>
      `;
    }

    if (field.kind === 'check') {
      return html`
        <div class="field full" ?hidden=${hidden}>
          <label class="choice"
            ><input
              type="checkbox"
              name=${name}
              id="f-${name}"
              aria-describedby=${this.#describedBy(field, hint)}
              .checked=${live(value === true)}
            />
            ${titleOf(name)}</label
          >
          ${hintLine} ${messages}
        </div>
      `;
    }

    const label = html`<label for="f-${name}">${titleOf(name)}</label>`;
    if (field.kind === 'select') {
      return html`
        <div class="field ${wide ? 'full' : ''}" ?hidden=${hidden}>
          ${label}
          <select
            id="f-${name}"
            name=${name}
            aria-describedby=${this.#describedBy(field, hint)}
            aria-invalid=${invalid}
          >
            ${(field.options ?? []).map(
              (option) =>
                html`<option
                  value=${option}
                  lang=${name === 'lang' && option ? option : nothing}
                  .selected=${live(option === value)}
                >
                  ${name === 'lang' ? languageName(option) : choiceLabel(name, option)}
                </option>`
            )}
          </select>
          ${hintLine} ${messages}
        </div>
      `;
    }

    const common = {
      id: `f-${name}`,
      describedBy: this.#describedBy(field, hint),
    };
    const text = String(value ?? '');
    if (kind === 'verbatim') {
      return html`
        <div class="field full" ?hidden=${hidden}>
          ${label}
          <textarea
            id=${common.id}
            name=${name}
            rows="2"
            aria-describedby=${common.describedBy}
            aria-invalid=${invalid}
            .value=${live(text)}
          ></textarea>
          ${hintLine} ${messages}
        </div>
      `;
    }
    const input = html`<input
      id=${common.id}
      name=${name}
      type=${name === 'phone' ? 'tel' : name === 'fallback-href' ? 'url' : 'text'}
      inputmode=${kind === 'number' ? 'decimal' : nothing}
      autocomplete="off"
      spellcheck=${CODE_LIKE.has(kind ?? '') && name !== 'label' && name !== 'cta' && name !== 'context' && name !== 'fallback-label' ? 'false' : nothing}
      placeholder=${this.#placeholder(field) || nothing}
      ?required=${name === 'business-id'}
      aria-describedby=${common.describedBy}
      aria-invalid=${invalid}
      .value=${live(text)}
    />`;
    let control: TemplateResult = input;
    if (name === 'business-id') {
      control = html`<div class="row">
        ${input}
        <button type="button" class="secondary" id="use-example" @click=${this.#useExample}>
          Use Apple’s example ID
        </button>
      </div>`;
    } else if (kind === 'color') {
      control = html`<div class="color-row">
        ${input}
        <input
          type="color"
          data-picker-for=${name}
          aria-label="Pick the ${titleOf(name).toLowerCase()}"
          .value=${live(this.#pickerValue(name))}
        />
      </div>`;
    }
    return html`
      <div class="field ${wide ? 'full' : ''}" ?hidden=${hidden}>
        ${label} ${control} ${hintLine} ${messages}
      </div>
    `;
  }

  #hint(field: FieldSpec): string {
    if (field.name === 'element') return '';
    if (field.name === 'lang') return 'By default the label follows the page’s lang.';
    if (field.name === 'nojs') {
      return 'Without JavaScript, visitors see this link on every device, styled by no-js.css; with it, the element decides as usual and the link is not shown.';
    }
    if (field.name === 'all-languages') {
      return 'With a language chosen, the snippet loads that language’s bundle (message-us.de.js for German), about 3.3 KB smaller. Tick this when other elements on the page, or this one without a language, show another language.';
    }
    return hintOf(field.name);
  }

  #placeholder(field: FieldSpec): string {
    const kind = field.option?.kind;
    if (kind === 'color') return field.name === 'icon-background' ? 'none' : 'theme';
    if (kind === 'font') return 'system font';
    if (field.name === 'label' || field.name === 'cta' || field.name === 'body') return '';
    return field.option?.example ?? '';
  }

  /**
   * A colour picker only speaks #rrggbb. It shows the colour in effect: the
   * field's colour when the browser can read it, else the theme's.
   */
  #pickerValue(name: string): string {
    const light = this.config.theme === 'light';
    const text = light ? '#000000' : '#ffffff';
    const back = light ? '#ffffff' : '#000000';
    const themed: Record<string, string> = {
      color: text,
      'text-color': text,
      background: back,
      'icon-color': this.#hexOf(String(this.config['text-color'] ?? '')) ?? text,
      'icon-background': this.#hexOf(String(this.config.background ?? '')) ?? back,
    };
    return this.#hexOf(String(this.config[name] ?? '')) ?? themed[name] ?? '#000000';
  }

  #hexOf(value: string): string | null {
    const text = value.trim();
    if (!text || !this.#env.isColor(text)) return null;
    const rgb = parseComputedColor(this.#env.computedColor(text));
    if (!rgb) return null;
    return `#${rgb
      .slice(0, 3)
      .map((channel) => Math.round(channel).toString(16).padStart(2, '0'))
      .join('')}`;
  }

  #renderPresets() {
    const chosen = this.chosen !== '';
    return html`
      <div class="panel" data-section="presets">
        <fieldset>
          <legend>Department presets</legend>
          <p class="hint" id="presets-hint">
            Save the whole configuration (routing, label, look, fallback, analytics) under a
            department name, so your team sets up every button the same way. Presets stay in this
            browser (the widget itself never stores anything); share them as a JSON file.
          </p>
          <div class="row">
            <div class="field">
              <label for="department">Saved department</label>
              <select
                id="department"
                aria-describedby="presets-hint"
                @change=${(event: Event) => {
                  this.chosen = (event.target as HTMLSelectElement).value;
                }}
              >
                <option value="" .selected=${live(this.chosen === '')}>
                  ${this.presets.length ? 'Choose a department' : 'No presets saved yet'}
                </option>
                ${this.presets.map(
                  (preset) =>
                    html`<option
                      value=${preset.name}
                      .selected=${live(this.chosen === preset.name)}
                    >
                      ${preset.name}
                    </option>`
                )}
              </select>
            </div>
            <button
              type="button"
              id="preset-apply"
              ?disabled=${!chosen}
              @click=${this.#applyPreset}
            >
              Apply
            </button>
            <button
              type="button"
              class="secondary"
              id="preset-delete"
              ?disabled=${!chosen}
              @click=${this.#deletePreset}
            >
              Delete
            </button>
          </div>
          <div class="row">
            <div class="field">
              <label for="preset-name">Department name</label>
              <input
                id="preset-name"
                type="text"
                autocomplete="off"
                @keydown=${(event: KeyboardEvent) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    this.#savePreset();
                  }
                }}
              />
            </div>
            <button type="button" class="secondary" id="preset-save" @click=${this.#savePreset}>
              Save this configuration
            </button>
          </div>
          <div class="row">
            <button
              type="button"
              class="secondary"
              id="preset-export"
              @click=${this.#exportPresets}
            >
              Export presets (JSON)
            </button>
            <div class="field">
              <label for="preset-import">Import presets (JSON file)</label>
              <input
                id="preset-import"
                type="file"
                accept="application/json,.json"
                @change=${(event: Event) => this.#importPresets(event.target as HTMLInputElement)}
              />
            </div>
          </div>
          <p
            class="status ${this.presetStatus.kind}"
            id="preset-status"
            role="status"
            .textContent=${this.presetStatus.text}
          ></p>
        </fieldset>
      </div>
    `;
  }

  #renderPreview() {
    const id = this.#previewId();
    const example = id?.example === true;
    const device = (side: Side, title: string) => {
      const outcome = this.outcomes[side];
      return html`<figure class="device" id="preview-${side}">
        <div class="screen"></div>
        <figcaption>
          <strong
            >${title}
            ${example ? html`<span class="example-badge">Example</span>` : nothing}</strong
          >
          <span
            class="outcome"
            data-outcome=${outcome && id ? outcome.outcome : nothing}
            .textContent=${outcome && id ? this.#describe(outcome) : ''}
          ></span>
        </figcaption>
      </figure>`;
    };
    return html`
      <section class="panel preview-panel" aria-labelledby="preview-h">
        <div class="output-head">
          <h2 id="preview-h">Preview</h2>
          <label class="choice"
            ><input
              type="checkbox"
              id="dark-page"
              .checked=${live(this.darkPage)}
              @change=${(event: Event) => {
                this.darkPage = (event.target as HTMLInputElement).checked;
              }}
            />
            Dark page</label
          >
        </div>
        ${
          example
            ? html`<p class="example-note" id="example-note">
                <strong>Example:</strong> shown with Apple’s example business ID. Enter yours to get
                your code.
              </p>`
            : nothing
        }
        <div class="previews ${this.darkPage ? 'dark-page' : ''}" id="previews">
          ${device('apple', 'iPhone, iPad, Mac')} ${device('other', 'Android, Windows and others')}
        </div>
      </section>
    `;
  }

  #describe(detail: MessageUsOutcomeDetail): string {
    switch (detail.outcome) {
      case 'messages':
        return 'Opens Apple Messages.';
      case 'fallback':
        return `Offers ${CHANNELS[detail.channel ?? ''] ?? detail.channel}: ${detail.href}`;
      case 'hidden':
        return 'Shows nothing here. Choose a fallback to offer a call, a text or a page.';
      default:
        return 'Not shown: the configuration has an error.';
    }
  }

  #renderOutputs(blocking: Array<{field: string; message: string}>) {
    const missingId = String(this.config['business-id']).trim() === '';
    const ready = blocking.length === 0 && !missingId;
    const wait = 'Nothing yet: see the message above.';
    const status = (name: OutputName) => {
      const s = this.statuses[name];
      return html`<p
        class="status ${s?.kind ?? ''}"
        role="status"
        data-status=${name}
        .textContent=${s?.text ?? ''}
      ></p>`;
    };
    const code = (name: OutputName) =>
      html`<pre
        tabindex="0"
        data-output=${name}
        aria-labelledby="out-${name}-h"
      ><code>${this.#outputs[name] || (ready ? '' : wait)}</code></pre>`;
    const copy = (name: OutputName, secondary = false) =>
      html`<button
        type="button"
        class=${secondary ? 'secondary' : ''}
        data-copy=${name}
        aria-describedby="out-${name}-h"
        ?disabled=${!this.#outputs[name]}
        @click=${(event: Event) => this.#copy(name, event.currentTarget as HTMLButtonElement)}
      >
        ${name === 'qr' ? 'Copy SVG' : 'Copy'}
      </button>`;
    const legacy = ready ? legacyMarkup(this.config, this.build) : null;
    const legacyNotes = legacy
      ? [
          'For pages already written for Apple’s script: only the script changes.',
          ...(String(this.config.body) !== ''
            ? [
                'Apple’s own script is not known to read data-apple-business-body; message-us’s compatibility layer does.',
              ]
            : []),
          ...(legacy.unmapped.length > 0
            ? [
                `Apple’s markup has no attributes for ${legacy.unmapped.join(', ')}; use the HTML snippet to keep them.`,
              ]
            : []),
        ].join(' ')
      : '';
    const snippetNote = !ready
      ? ''
      : this.build.version
        ? `Pinned to version ${this.build.version} with its integrity hash: browsers refuse the file if it ever changes. Paste the script once per page, in <head> or before </body>.`
        : 'Not pinned to a version: build the project (npm run build) for a pinned URL with its integrity hash.';
    return html`
      <section class="panel outputs" aria-labelledby="outputs-h">
        <h2 id="outputs-h">Your code</h2>
        ${
          this.department
            ? html`<p class="hint" id="department-note">
                For the department <strong>${this.department}</strong>: snippets and file names
                carry its name.
              </p>`
            : nothing
        }
        <div class="summary" id="summary" ?hidden=${ready}>
          ${
            blocking.length === 0
              ? html`<p>Enter your business ID to get the code.</p>`
              : html`<p>
                    ${
                      blocking.length === 1
                        ? 'Fix this to get the code:'
                        : `Fix these ${blocking.length} problems to get the code:`
                    }
                  </p>
                  <ul>
                    ${blocking.map(
                      ({field, message}) =>
                        html`<li><a href="#f-${this.#focusTarget(field)}">${message}</a></li>`
                    )}
                  </ul>`
          }
        </div>

        <div class="output">
          <div class="output-head">
            <h3 id="out-snippet-h">HTML snippet</h3>
            ${copy('snippet')}
          </div>
          ${code('snippet')}
          <p class="hint" id="out-snippet-note">${snippetNote}</p>
          ${status('snippet')}
        </div>

        <div class="output">
          <div class="output-head">
            <h3 id="out-link-h">Link</h3>
            ${copy('link')}
          </div>
          ${code('link')}
          <p class="hint" id="out-link-note">
            For emails, chat signatures and anywhere HTML does not go. In a page without JavaScript,
            tick “${titleOf('nojs')}”: the snippet then holds this link inside the element and loads
            no-js.css, which gives the link the button’s look until the element takes over.
          </p>
          ${
            ready && this.config.nojs === true
              ? html`<pre class="nojs-css" data-output="nojs-css"><code>${noJsStyleTag(
                  this.build
                )}</code></pre>`
              : nothing
          }
          ${status('link')}
        </div>

        <div class="output">
          <div class="output-head">
            <h3 id="out-qr-h">QR code</h3>
            <div class="row">
              <button
                type="button"
                id="qr-download"
                aria-describedby="out-qr-h"
                ?disabled=${!this.#outputs.qr}
                @click=${this.#downloadQr}
              >
                Download SVG
              </button>
              ${copy('qr', true)}
            </div>
          </div>
          <div class="qr">
            <div class="qr-image" data-output="qr" .innerHTML=${this.#qrMarkup(ready)}></div>
            <p class="hint">
              For print and in-store signs. Scanning it on an iPhone opens the conversation in Apple
              Messages.
            </p>
          </div>
          ${status('qr')}
        </div>

        <div class="output">
          <div class="output-head">
            <h3 id="out-legacy-h">Apple’s legacy markup</h3>
            ${copy('legacy')}
          </div>
          ${code('legacy')}
          <p class="hint" id="out-legacy-note">${legacyNotes}</p>
          ${status('legacy')}
        </div>
      </section>
    `;
  }

  /** The control a problem links to (a token list's first checkbox). */
  #focusTarget(field: string): string {
    const spec = fieldNamed(field);
    return spec && (spec.kind === 'tokens' || spec.kind === 'radio')
      ? `${field}-${spec.options?.[0]}`
      : field;
  }

  /**
   * The QR code's SVG, made by this page from the link (never from user
   * markup), labelled for screen readers; or a sentence saying why not.
   */
  #qrMarkup(ready: boolean): string {
    if (!ready) return 'Nothing yet: see the message above.';
    if (!this.#outputs.qr) {
      return 'The link is too long for a QR code; shorten the prefilled message.';
    }
    return this.#outputs.qr.replace('<svg ', '<svg aria-label="QR code of the link" ');
  }
}

customElements.define('configurator-app', ConfiguratorAppElement);

declare global {
  interface HTMLElementTagNameMap {
    'configurator-app': ConfiguratorAppElement;
  }
}
