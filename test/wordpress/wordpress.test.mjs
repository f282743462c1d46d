/* global process, document, window, performance, customElements, wp, HTMLSelectElement, URL, fetch */
// The WordPress plugin in a real WordPress 6.1 (Debian's packages) and
// Chromium: the markup served to visitors without JavaScript, the bundle and
// the upgraded elements, the settings page, and the block editor. One
// WordPress is started for all tests (see site.mjs); run with
// `npm run test:wordpress` after `npm run build && npm run build:wordpress`.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {puppeteerCore} from '@web/test-runner-chrome';
import {debugLog, runPhp, start, stop} from './site.mjs';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const SITE_ID = '33333333-aaaa-4444-bbbb-777777777777';
const LINK = `https://bcrw.apple.com/urn:biz:${ID}`;
const SITE_LINK = `https://bcrw.apple.com/urn:biz:${SITE_ID}`;
const BUNDLE_PATH = '/wp-content/plugins/message-us/assets/message-us.js';
const TIMEOUT = {timeout: 90000};
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

const schema = JSON.parse(readFileSync('dist/schema.json', 'utf8'));

// Posts as the editors store them: block comments written by WordPress's own
// serialize_block(), shortcodes inside paragraphs with `&` as `&amp;`, smart
// quotes typed raw.
const SETUP = `
global $wpdb;
wp_set_current_user(1);
update_user_meta(1, $wpdb->get_blog_prefix() . 'persisted_preferences', array('core/edit-post' => array('welcomeGuide' => false), '_modified' => gmdate('c')));
update_option('message_us_settings', array('business_id' => '${SITE_ID}', 'defaults' => array('theme' => 'light', 'scale' => '1.25'), 'floating' => false, 'analytics' => array('ga4', 'meta')));
function mu_block($name, $attrs) { return serialize_block(array('blockName' => $name, 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array())); }
function mu_parent($name, $attrs, $inner) { return serialize_block(array('blockName' => $name, 'attrs' => $attrs, 'innerBlocks' => $inner, 'innerHTML' => '', 'innerContent' => array_merge(array("\n"), ...array_map(function () { return array(null, "\n"); }, $inner)))); }
function mu_child($name, $attrs) { return array('blockName' => $name, 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array()); }
function mu_post($title, $content) { return wp_insert_post(wp_slash(array('post_title' => $title, 'post_content' => $content, 'post_status' => 'publish')), true); }
function mu_p($text) { return "<!-- wp:paragraph -->\\n<p>" . $text . "</p>\\n<!-- /wp:paragraph -->\\n"; }
echo json_encode(array(
  'blocks' => mu_post('Blocks', mu_block('message-us/button', array('businessId' => ' 22222222-DDDD-4444-BBBB-777777777777 ', 'intent' => ' billing ', 'group' => 'support', 'body' => 'Fish & Chips (large)', 'platform' => 'apple', 'scale' => 1.5, 'iconOnly' => true)) . "\\n" . mu_block('message-us/banner', array('cta' => 'Chat with us', 'rounded' => false, 'platform' => 'apple'))),
  'shortcodes' => mu_post('Shortcodes', mu_p('[message_us business-id="${ID}" intent="orders" body="Hi &amp; welcome" platform="apple"]') . mu_p("[message_us type=\\"banner\\" business_id=\\"${ID}\\" body=\\u{201C}Tea for two\\u{201D} cta=\\u{201C}Ask us\\u{201D} platform=\\"apple\\"]") . mu_p('[message_us business-id="${ID}" body="Say &amp;amp; this" platform="apple"]')),
  'plain' => mu_post('Plain', mu_p('Nothing to see.')),
  'launcher' => mu_post('Launcher', mu_parent('message-us/launcher', array('businessId' => '${ID}', 'heading' => 'Talk to us', 'greeting' => 'Who would you like to talk to?', 'position' => 'bottom-start', 'platform' => 'apple'), array(mu_child('message-us/button', array('intent' => 'billing_question', 'group' => 'billing', 'label' => 'Billing')), mu_child('message-us/banner', array('intent' => 'sales', 'body' => 'Hi & hello', 'cta' => 'Sales'))))),
  'launcherSite' => mu_post('Site launcher', mu_parent('message-us/launcher', array('platform' => 'apple'), array(mu_child('message-us/button', array('label' => 'Support')), mu_child('message-us/button', array('businessId' => '${ID}', 'label' => 'Shop'))))),
));
`;

let site;
let browser;

// Interrupted runs clean up too (the after hook would not run).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    if (site) stop(site);
    process.exit(130);
  });
}

before(async () => {
  site = await start(SETUP);
  browser = await puppeteerCore.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, TIMEOUT);

after(async () => {
  await browser?.close();
  const log = site ? debugLog(site) : '';
  if (site) stop(site);
  // PHP notices and warnings from the plugin fail the run.
  const ours = log.split('\n').filter((line) => line.includes('/plugins/message-us/'));
  assert.deepEqual(ours, [], 'PHP reported problems in the plugin');
});

function url(path) {
  return `${site.origin}${path}`;
}

/** A page that records every request it makes. */
async function open(path, {javascript = true, userAgent} = {}) {
  const page = await browser.newPage();
  if (userAgent) await page.setUserAgent(userAgent);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setJavaScriptEnabled(javascript);
  const response = await page.goto(url(path), {waitUntil: 'load'});
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  return {page, requests};
}

/** Each element's attributes and no-JS link as the server sent them. */
function elements(page, tag) {
  return page.$$eval(tag, (nodes) =>
    nodes.map((node) => ({
      attributes: Object.fromEntries(
        node.getAttributeNames().map((name) => [name, node.getAttribute(name)])
      ),
      link: node.querySelector('a') && {
        href: node.querySelector('a').getAttribute('href'),
        text: node.querySelector('a').textContent,
      },
    }))
  );
}

/** The upgraded elements' shadow links. */
async function shadowLinks(page, tag) {
  await page.waitForFunction((name) => customElements.get(name) !== undefined, {}, tag);
  return page.$$eval(tag, async (nodes) => {
    const hrefs = [];
    for (const node of nodes) {
      await node.updateComplete;
      hrefs.push(node.shadowRoot?.querySelector('a')?.getAttribute('href') ?? null);
    }
    return hrefs;
  });
}

async function bundleTags(page) {
  return page.evaluate((path) => {
    const scripts = [...document.querySelectorAll('script[src]')].filter((s) =>
      new URL(s.src).pathname.endsWith(path)
    );
    return {
      scripts: scripts.map((s) => ({type: s.type, origin: new URL(s.src).origin})),
      fetched: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith(path)).length,
      origin: window.location.origin,
    };
  }, BUNDLE_PATH);
}

function phpunit(suite, env = {}) {
  const result = spawnSync('phpunit', ['-c', 'test/wordpress/phpunit.xml', '--testsuite', suite], {
    encoding: 'utf8',
    env: {...process.env, ...env},
  });
  const summary = /OK \((\d+) tests?, (\d+) assertions?\)/.exec(result.stdout);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.ok(summary, result.stdout);
  process.stdout.write(`# phpunit ${suite}: ${summary[0]}\n`);
  return Number(summary[1]);
}

test('PHPUnit: the PHP link builder passes every vector of link-vectors.json', TIMEOUT, () => {
  const vectors = JSON.parse(readFileSync('link-vectors.json', 'utf8')).vectors.length;
  // One test per vector plus the file's own check.
  assert.equal(phpunit('link'), vectors + 1);
});

test(
  'PHPUnit: the plugin inside WordPress (shortcode parsing, schema, settings, uninstall)',
  TIMEOUT,
  () => {
    const tests = readFileSync('test/wordpress/phpunit/PluginTest.php', 'utf8').match(
      /public function test_/g
    );
    assert.equal(phpunit('plugin', {WP_DIR: site.dir, WP_PORT: String(site.port)}), tests.length);
  }
);

test('blocks without JavaScript: exact attributes and no-JS links', TIMEOUT, async () => {
  const {page} = await open(`/?p=${site.data.blocks}`, {javascript: false});
  assert.deepEqual(await elements(page, 'message-us-button'), [
    {
      attributes: {
        'business-id': ' 22222222-DDDD-4444-BBBB-777777777777 ',
        intent: ' billing ',
        group: 'support',
        body: 'Fish & Chips (large)',
        platform: 'apple',
        scale: '1.5',
        'icon-only': '',
      },
      link: {
        href: `${LINK}?biz-intent-id=billing&biz-group-id=support&body=Fish%20%26%20Chips%20%28large%29`,
        text: 'Message Us',
      },
    },
  ]);
  // No business ID on the block: the site-wide one, written out.
  assert.deepEqual(await elements(page, 'message-us-banner'), [
    {
      attributes: {
        'business-id': SITE_ID,
        cta: 'Chat with us',
        platform: 'apple',
        rounded: 'false',
      },
      link: {href: SITE_LINK, text: 'Chat with us'},
    },
  ]);
  await page.close();
});

test(
  'blocks with JavaScript: one module bundle from the site, shadow links exact',
  TIMEOUT,
  async () => {
    const {page, requests} = await open(`/?p=${site.data.blocks}`);
    const tags = await bundleTags(page);
    assert.deepEqual(tags.scripts, [{type: 'module', origin: tags.origin}]);
    assert.equal(tags.fetched, 1);
    assert.deepEqual(
      requests.filter((request) => !request.startsWith(site.origin)),
      [],
      'no request leaves the site'
    );
    assert.deepEqual(await shadowLinks(page, 'message-us-button'), [
      `${LINK}?biz-intent-id=billing&biz-group-id=support&body=Fish%20%26%20Chips%20%28large%29`,
    ]);
    assert.deepEqual(await shadowLinks(page, 'message-us-banner'), [SITE_LINK]);
    // The shadow root replaces the light-DOM link: one visible link per element.
    const visible = await page.$$eval('message-us-button > a, message-us-banner > a', (links) =>
      links.map((link) => link.getClientRects().length > 0)
    );
    assert.deepEqual(visible, [false, false]);
    await page.close();
  }
);

test('shortcodes: the prefilled text is exactly what the author typed', TIMEOUT, async () => {
  const {page} = await open(`/?p=${site.data.shortcodes}`, {javascript: false});
  assert.deepEqual(await elements(page, 'message-us-button'), [
    {
      attributes: {'business-id': ID, intent: 'orders', body: 'Hi & welcome', platform: 'apple'},
      link: {href: `${LINK}?biz-intent-id=orders&body=Hi%20%26%20welcome`, text: 'Message Us'},
    },
    {
      attributes: {'business-id': ID, body: 'Say &amp; this', platform: 'apple'},
      link: {href: `${LINK}?body=Say%20%26amp%3B%20this`, text: 'Message Us'},
    },
  ]);
  assert.deepEqual(await elements(page, 'message-us-banner'), [
    {
      attributes: {'business-id': ID, body: 'Tea for two', cta: 'Ask us', platform: 'apple'},
      link: {href: `${LINK}?body=Tea%20for%20two`, text: 'Ask us'},
    },
  ]);
  await page.close();

  const upgraded = await open(`/?p=${site.data.shortcodes}`);
  assert.deepEqual(await shadowLinks(upgraded.page, 'message-us-button'), [
    `${LINK}?biz-intent-id=orders&body=Hi%20%26%20welcome`,
    `${LINK}?body=Say%20%26amp%3B%20this`,
  ]);
  assert.deepEqual(await shadowLinks(upgraded.page, 'message-us-banner'), [
    `${LINK}?body=Tea%20for%20two`,
  ]);
  assert.equal((await bundleTags(upgraded.page)).fetched, 1);
  await upgraded.page.close();
});

/** The launcher's direct children as the server sent them. */
function departments(page) {
  return page.$$eval('message-us-launcher', (launchers) =>
    launchers.map((launcher) => ({
      attributes: Object.fromEntries(
        launcher.getAttributeNames().map((name) => [name, launcher.getAttribute(name)])
      ),
      children: [...launcher.children].map((node) => ({
        tag: node.localName,
        attributes: Object.fromEntries(
          node.getAttributeNames().map((name) => [name, node.getAttribute(name)])
        ),
        links: [...node.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      })),
    }))
  );
}

const BILLING = `${LINK}?biz-intent-id=billing_question&biz-group-id=billing`;
const SALES = `${LINK}?biz-intent-id=sales&body=Hi%20%26%20hello`;

test(
  'launcher block without JavaScript: the departments inside it, each with its no-JS link',
  TIMEOUT,
  async () => {
    const {page} = await open(`/?p=${site.data.launcher}`, {javascript: false});
    assert.deepEqual(await departments(page), [
      {
        attributes: {
          'business-id': ID,
          heading: 'Talk to us',
          greeting: 'Who would you like to talk to?',
          position: 'bottom-start',
          platform: 'apple',
        },
        // The departments' own attributes only (the element reads the rest from
        // the launcher); their links are built from both.
        children: [
          {
            tag: 'message-us-button',
            attributes: {intent: 'billing_question', group: 'billing', label: 'Billing'},
            links: [[BILLING, 'Billing']],
          },
          {
            tag: 'message-us-banner',
            attributes: {intent: 'sales', body: 'Hi & hello', cta: 'Sales'},
            links: [[SALES, 'Sales']],
          },
        ],
      },
    ]);
    await page.close();

    // No business ID on the launcher: the site-wide one is written on it, and a
    // department with its own keeps it.
    const {page: sitePage} = await open(`/?p=${site.data.launcherSite}`, {javascript: false});
    assert.deepEqual(await departments(sitePage), [
      {
        attributes: {'business-id': SITE_ID, platform: 'apple'},
        children: [
          {
            tag: 'message-us-button',
            attributes: {label: 'Support'},
            links: [[SITE_LINK, 'Support']],
          },
          {
            tag: 'message-us-button',
            attributes: {'business-id': ID, label: 'Shop'},
            links: [[LINK, 'Shop']],
          },
        ],
      },
    ]);
    await sitePage.close();
  }
);

/** Each department's shadow link once the launcher and its departments have upgraded. */
async function departmentLinks(page) {
  await page.waitForFunction(() => customElements.get('message-us-launcher') !== undefined);
  return page.evaluate(async () => {
    const launcher = document.querySelector('message-us-launcher');
    await launcher.updateComplete;
    const hrefs = [];
    for (const node of launcher.children) {
      await node.updateComplete;
      hrefs.push(node.shadowRoot?.querySelector('a')?.getAttribute('href') ?? null);
    }
    return hrefs;
  });
}

test(
  "launcher block with JavaScript: one bundle; the departments inherit the launcher's business ID",
  TIMEOUT,
  async () => {
    const {page, requests} = await open(`/?p=${site.data.launcher}`);
    const tags = await bundleTags(page);
    assert.deepEqual(tags.scripts, [{type: 'module', origin: tags.origin}]);
    assert.equal(tags.fetched, 1);
    assert.deepEqual(
      requests.filter((request) => !request.startsWith(site.origin)),
      [],
      'no request leaves the site'
    );
    assert.deepEqual(await departmentLinks(page), [BILLING, SALES]);
    await page.close();

    const {page: sitePage} = await open(`/?p=${site.data.launcherSite}`);
    assert.deepEqual(await departmentLinks(sitePage), [SITE_LINK, LINK]);
    await sitePage.close();
  }
);

test('site-wide defaults are printed as meta elements', TIMEOUT, async () => {
  const {page} = await open(`/?p=${site.data.plain}`, {javascript: false});
  const meta = await page.$$eval('head meta[name^="message-us:"]', (nodes) =>
    nodes.map((node) => [node.getAttribute('name'), node.getAttribute('content')])
  );
  assert.deepEqual(meta, [
    ['message-us:business-id', SITE_ID],
    ['message-us:theme', 'light'],
    ['message-us:scale', '1.25'],
    ['message-us:analytics', 'ga4 meta'],
  ]);
  await page.close();
});

test('no bundle on a page without a button when the floating button is off', TIMEOUT, async () => {
  const {page, requests} = await open(`/?p=${site.data.plain}`);
  assert.deepEqual((await bundleTags(page)).scripts, []);
  assert.equal(requests.filter((request) => request.includes('message-us.js')).length, 0);
  assert.equal(await page.$$eval('message-us-button', (nodes) => nodes.length), 0);
  await page.close();
});

/** A page in the admin, logging in first when the browser is not yet. */
async function logIn() {
  const page = await browser.newPage();
  await page.goto(url('/wp-admin/'), {waitUntil: 'load'});
  if (page.url().includes('/wp-login.php')) {
    // wp-login.php focuses the user field 200 ms after load, which can steal
    // keystrokes meant for the password on a busy machine: set the values.
    await page.$eval('#user_login', (input) => (input.value = 'admin'));
    await page.$eval('#user_pass', (input) => (input.value = 'admin-pass'));
    await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#wp-submit')]);
  }
  assert.match(page.url(), /\/wp-admin\/$/);
  return page;
}

test('settings page: logged-out visitors are sent to the login form', TIMEOUT, async () => {
  const response = await fetch(url('/wp-admin/options-general.php?page=message-us'), {
    redirect: 'manual',
  });
  assert.equal(response.status, 302);
  assert.match(response.headers.get('location'), /\/wp-login\.php\?/);
});

test(
  'settings page: the form turns on the floating button and changes a default',
  TIMEOUT,
  async () => {
    const page = await logIn();
    await page.goto(url('/wp-admin/options-general.php?page=message-us'), {waitUntil: 'load'});
    // A nonce-protected Settings API form.
    assert.equal(
      await page.$eval('input[name="option_page"]', (input) => input.value),
      'message_us'
    );
    assert.match(
      await page.$eval('input[name="_wpnonce"]', (input) => input.value),
      /^[0-9a-f]{10}$/
    );
    // One control per schema attribute except the business ID (its own field).
    const names = await page.$$eval('[name^="message_us_settings[defaults]"]', (nodes) =>
      nodes.map((node) => /\[defaults\]\[([^\]]+)\]/.exec(node.name)[1])
    );
    const all = new Set(Object.values(schema.$defs).flatMap((def) => Object.keys(def.properties)));
    all.delete('business-id');
    all.delete('analytics');
    assert.deepEqual(new Set(names), all);
    await page.click('#message-us-floating');
    await page.click('#message-us-analytics-gtm');
    await page.select('#message-us-default-theme', 'dark');
    await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#submit')]);
    // WordPress removes settings-updated=true from the address bar; its notice stays.
    assert.equal(
      await page.$eval('#setting-error-settings_updated > p', (notice) =>
        notice.textContent.trim()
      ),
      'Settings saved.'
    );
    await page.close();

    const saved = JSON.parse(runPhp(site, "echo json_encode(get_option('message_us_settings'));"));
    assert.deepEqual(saved, {
      business_id: SITE_ID,
      defaults: {theme: 'dark', scale: '1.25'},
      floating: true,
      analytics: ['ga4', 'gtm', 'meta'],
    });

    // As an iPhone sees it: the floating button has no platform attribute.
    const {page: plain} = await open(`/?p=${site.data.plain}`, {userAgent: IPHONE});
    assert.deepEqual(await elements(plain, '.message-us-floating message-us-button'), [
      {attributes: {'business-id': SITE_ID}, link: {href: SITE_LINK, text: 'Message Us'}},
    ]);
    assert.deepEqual(await shadowLinks(plain, 'message-us-button'), [SITE_LINK]);
    assert.equal((await bundleTags(plain)).fetched, 1);
    assert.equal(
      await plain.$eval('meta[name="message-us:theme"]', (node) => node.getAttribute('content')),
      'dark'
    );
    await plain.close();

    // With the floating button on, a page with blocks still loads the bundle once.
    const {page: blocks} = await open(`/?p=${site.data.blocks}`);
    const tags = await bundleTags(blocks);
    assert.equal(tags.scripts.length, 1);
    assert.equal(tags.fetched, 1);
    await blocks.close();
  }
);

test(
  'editor: the sidebar is generated from the schema; a theme chosen in it is saved and rendered',
  TIMEOUT,
  async () => {
    const page = await logIn();
    await page.goto(url('/wp-admin/post-new.php'), {waitUntil: 'load'});
    await page.waitForFunction(
      () => window.wp?.blocks?.getBlockType?.('message-us/button') !== undefined,
      {
        timeout: 60000,
      }
    );
    await page.evaluate((id) => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      }
      wp.data.dispatch('core/block-editor').insertBlocks(
        wp.blocks.createBlock('message-us/button', {
          businessId: id,
          intent: 'editor',
          platform: 'apple',
        })
      );
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, ID);
    await page.waitForSelector('.message-us-panel-routing');

    // Every panel open, then one control per schema attribute, in its x-group.
    const properties = schema.$defs['message-us-button'].properties;
    const groups = [...new Set(Object.values(properties).map((property) => property['x-group']))];
    for (const group of groups) {
      const closed = await page.$(`.message-us-panel-${group}:not(.is-opened) > h2 > button`);
      if (closed) await closed.click();
    }
    const controls = await page.$$eval('[class*="message-us-panel-"]', (panels) =>
      panels.flatMap((panel) =>
        [...panel.querySelectorAll('.components-base-control')].map((control) => {
          const group = /message-us-panel-(\S+)/.exec(panel.className)[1];
          const input = control.querySelector('select, input');
          const kind =
            input instanceof HTMLSelectElement
              ? 'enum'
              : input.type === 'checkbox'
                ? 'boolean'
                : input.type;
          return [control.querySelector('label').textContent, group, kind];
        })
      )
    );
    const expected = Object.entries(properties).map(([name, property]) => [
      name,
      property['x-group'],
      property.enum
        ? 'enum'
        : property.type === 'boolean'
          ? 'boolean'
          : property.type === 'number'
            ? 'number'
            : 'text',
    ]);
    assert.deepEqual(
      controls.sort((a, b) => a[0].localeCompare(b[0])),
      expected.sort((a, b) => a[0].localeCompare(b[0]))
    );

    // Real DOM interaction: choose "light" in the generated theme SelectControl,
    // type a body, switch the icon-only ToggleControl.
    const themeId = await page.$$eval(
      '.message-us-panel-look .components-base-control',
      (nodes) =>
        nodes
          .find((node) => node.querySelector('label').textContent === 'theme')
          .querySelector('select').id
    );
    await page.select(`[id="${themeId}"]`, 'light');
    const bodyId = await page.$$eval(
      '.message-us-panel-routing .components-base-control',
      (nodes) =>
        nodes
          .find((node) => node.querySelector('label').textContent === 'body')
          .querySelector('input').id
    );
    await page.type(`[id="${bodyId}"]`, 'Tea & cake');
    const toggleId = await page.$$eval(
      '.message-us-panel-look .components-base-control',
      (nodes) =>
        nodes
          .find((node) => node.querySelector('label').textContent === 'icon-only')
          .querySelector('input').id
    );
    await page.click(`[id="${toggleId}"]`);

    // The editor previews the real element with the new attributes.
    await page.waitForFunction(() =>
      document.querySelector('.wp-block message-us-button[theme="light"]')
    );
    const preview = await page.$eval('.wp-block message-us-button', (node) =>
      Object.fromEntries(node.getAttributeNames().map((name) => [name, node.getAttribute(name)]))
    );
    assert.deepEqual(preview, {
      style: 'pointer-events: none;',
      'business-id': ID,
      intent: 'editor',
      body: 'Tea & cake',
      platform: 'apple',
      theme: 'light',
      'icon-only': '',
    });

    const saved = await page.evaluate(async () => {
      wp.data.dispatch('core/editor').editPost({title: 'From the editor', status: 'publish'});
      await wp.data.dispatch('core/editor').savePost();
      return {
        id: wp.data.select('core/editor').getCurrentPostId(),
        content: wp.data.select('core/editor').getEditedPostContent(),
      };
    });
    // Saved as attributes only (a dynamic block).
    const comment = /^<!-- wp:message-us\/button (\{.*\}) \/-->$/.exec(saved.content);
    assert.ok(comment, saved.content);
    assert.deepEqual(JSON.parse(comment[1]), {
      businessId: ID,
      intent: 'editor',
      body: 'Tea & cake',
      platform: 'apple',
      theme: 'light',
      iconOnly: true,
    });
    await page.close();

    const {page: front} = await open(`/?p=${saved.id}`, {javascript: false});
    assert.deepEqual(
      await elements(
        front,
        '.entry-content message-us-button, .wp-block-post-content message-us-button'
      ),
      [
        {
          attributes: {
            'business-id': ID,
            intent: 'editor',
            body: 'Tea & cake',
            platform: 'apple',
            theme: 'light',
            'icon-only': '',
          },
          link: {href: `${LINK}?biz-intent-id=editor&body=Tea%20%26%20cake`, text: 'Message Us'},
        },
      ]
    );
    await front.close();
  }
);

test(
  'editor: a launcher with a department; its sidebar is generated from the schema; a position chosen in it is saved and rendered',
  TIMEOUT,
  async () => {
    const page = await logIn();
    await page.goto(url('/wp-admin/post-new.php'), {waitUntil: 'load'});
    await page.waitForFunction(
      () => window.wp?.blocks?.getBlockType?.('message-us/launcher') !== undefined,
      {timeout: 60000}
    );
    await page.evaluate((id) => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      }
      wp.data
        .dispatch('core/block-editor')
        .insertBlocks(
          wp.blocks.createBlock('message-us/launcher', {businessId: id, platform: 'apple'}, [
            wp.blocks.createBlock('message-us/button', {intent: 'billing', label: 'Billing'}),
          ])
        );
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, ID);
    await page.waitForSelector('.message-us-panel-routing');

    // The launcher's sidebar: one control per attribute of its schema.
    const properties = schema.$defs['message-us-launcher'].properties;
    const groups = [...new Set(Object.values(properties).map((property) => property['x-group']))];
    for (const group of groups) {
      const closed = await page.$(`.message-us-panel-${group}:not(.is-opened) > h2 > button`);
      if (closed) await closed.click();
    }
    const controls = await page.$$eval('[class*="message-us-panel-"]', (panels) =>
      panels.flatMap((panel) =>
        [...panel.querySelectorAll('.components-base-control')].map((control) => [
          control.querySelector('label').textContent,
          /message-us-panel-(\S+)/.exec(panel.className)[1],
        ])
      )
    );
    assert.deepEqual(
      controls.sort((a, b) => a[0].localeCompare(b[0])),
      Object.entries(properties)
        .map(([name, property]) => [name, property['x-group']])
        .sort((a, b) => a[0].localeCompare(b[0]))
    );

    // Real DOM interaction: choose a corner in the generated SelectControl.
    const positionId = await page.$$eval(
      '.message-us-panel-look .components-base-control',
      (nodes) =>
        nodes
          .find((node) => node.querySelector('label').textContent === 'position')
          .querySelector('select').id
    );
    await page.select(`[id="${positionId}"]`, 'top-start');

    // The department's preview reads the launcher's business ID and platform.
    const preview = await page.$eval('.wp-block message-us-button', (node) =>
      Object.fromEntries(node.getAttributeNames().map((name) => [name, node.getAttribute(name)]))
    );
    assert.deepEqual(preview, {
      style: 'pointer-events: none;',
      'business-id': ID,
      intent: 'billing',
      label: 'Billing',
      platform: 'apple',
    });

    const saved = await page.evaluate(async () => {
      wp.data
        .dispatch('core/editor')
        .editPost({title: 'Launcher from the editor', status: 'publish'});
      await wp.data.dispatch('core/editor').savePost();
      return {
        id: wp.data.select('core/editor').getCurrentPostId(),
        content: wp.data.select('core/editor').getEditedPostContent(),
      };
    });
    // The launcher's attributes in its comment, the department saved inside it.
    const comment =
      /^<!-- wp:message-us\/launcher (\{.*\}) -->\n<!-- wp:message-us\/button (\{.*\}) \/-->\n<!-- \/wp:message-us\/launcher -->$/.exec(
        saved.content
      );
    assert.ok(comment, saved.content);
    assert.deepEqual(JSON.parse(comment[1]), {
      businessId: ID,
      platform: 'apple',
      position: 'top-start',
    });
    assert.deepEqual(JSON.parse(comment[2]), {intent: 'billing', label: 'Billing'});
    await page.close();

    const {page: front} = await open(`/?p=${saved.id}`, {javascript: false});
    assert.deepEqual(await departments(front), [
      {
        attributes: {'business-id': ID, position: 'top-start', platform: 'apple'},
        children: [
          {
            tag: 'message-us-button',
            attributes: {intent: 'billing', label: 'Billing'},
            links: [[`${LINK}?biz-intent-id=billing`, 'Billing']],
          },
        ],
      },
    ]);
    await front.close();
  }
);
