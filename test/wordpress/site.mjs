/* global process, console, fetch, setTimeout */
// A real WordPress from Debian's packages (docs/wordpress.md in the shared
// notes): MariaDB, a writable copy of /usr/share/wordpress in a temporary
// folder, the plugin unzipped from dist/wordpress/message-us.zip, installed
// and activated from PHP, served by `php -S`. One start per run; stop()
// undoes everything start() did and nothing else.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import JSZip from 'jszip';
import * as setup from '../../scripts/setup.mjs';

export const ZIP = 'dist/wordpress/message-us.zip';
/**
 * Installs the Debian packages WordPress, PHP and MariaDB need when any is
 * missing (as root or with sudo), or throws with the one line to run: the
 * repository's shared set-up (scripts/setup.mjs, group `wordpress`).
 */
export async function ensurePackages() {
  await setup.ensurePackages('wordpress');
}

function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      const other = createServer();
      other.listen(0, '127.0.0.1', () => {
        const {port} = other.address();
        other.close(() => resolve(port));
      });
    });
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

function mysql(sql) {
  execFileSync('mysql', ['-e', sql], {stdio: ['ignore', 'ignore', 'inherit']});
}

function php(dir, code) {
  const file = join(dir, `message-us-${Date.now()}.php`);
  writeFileSync(file, code);
  try {
    return execFileSync('php', [file], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // WordPress prints a whole HTML error page; the cause is in its log.
    const log = existsSync(join(dir, 'debug.log'))
      ? readFileSync(join(dir, 'debug.log'), 'utf8')
      : '';
    throw new Error(
      `PHP failed (${error.status}): ${error.stderr || ''}${log.split('\n').slice(-8).join('\n')}`
    );
  } finally {
    rmSync(file, {force: true});
  }
}

async function unzip(zipFile, target) {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const path = join(target, entry.name);
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, await entry.async('nodebuffer'));
  }
}

async function waitForHttp(url, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`[message-us] ${url} did not answer within ${timeout} ms`);
}

/**
 * Starts WordPress with the plugin active.
 *
 * @param {string} setupPhp PHP run after wp_install() and activation, with
 *   WordPress loaded; whatever it echoes (JSON) is returned as `data`.
 */
export async function start(setupPhp) {
  await ensurePackages();
  if (!existsSync(ZIP)) {
    throw new Error(
      `[message-us] ${ZIP} is missing; run "npm run build && npm run build:wordpress".`
    );
  }
  const site = {startedMariadb: false, dir: null, database: null, user: null, server: null};
  try {
    if (spawnSync('mysqladmin', ['ping'], {stdio: 'ignore'}).status !== 0) {
      execFileSync('service', ['mariadb', 'start'], {stdio: 'ignore'});
      site.startedMariadb = true;
    }
    // Names unique to this run, so engineers sharing the machine do not collide.
    site.database = `message_us_test_${process.pid}`;
    site.user = `mu_${process.pid}`;
    mysql(
      `DROP DATABASE IF EXISTS ${site.database}; CREATE DATABASE ${site.database};` +
        ` CREATE USER IF NOT EXISTS '${site.user}'@'localhost' IDENTIFIED BY 'wp';` +
        ` GRANT ALL ON ${site.database}.* TO '${site.user}'@'localhost';`
    );
    site.dir = mkdtempSync(join(tmpdir(), 'message-us-wp-'));
    cpSync('/usr/share/wordpress', site.dir, {recursive: true, dereference: true});
    site.port = await freePort(Number(process.env.WP_PORT) || 8089);
    site.origin = `http://127.0.0.1:${site.port}`;
    writeFileSync(
      join(site.dir, 'wp-config.php'),
      `<?php
define('DB_NAME', '${site.database}'); define('DB_USER', '${site.user}'); define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', '${site.origin}'); define('WP_SITEURL', '${site.origin}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`
    );
    await unzip(ZIP, join(site.dir, 'wp-content/plugins'));
    const output = php(
      site.dir,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
ob_start();
wp_install('Test', 'admin', 'a@example.com', true, '', 'admin-pass');
$activated = activate_plugin('message-us/message-us.php');
if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
switch_theme('twentytwentythree');
ob_end_clean();
${setupPhp}
`
    );
    site.data = JSON.parse(output.slice(output.indexOf('{')));
    site.server = spawn('php', ['-S', `127.0.0.1:${site.port}`, '-t', site.dir], {
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
      stdio: 'ignore',
      // Its own process group, so stop() ends the server and its workers by
      // this one PID.
      detached: true,
    });
    await waitForHttp(`${site.origin}/wp-login.php`);
    return site;
  } catch (error) {
    stop(site);
    throw error;
  }
}

/** The PHP errors WordPress logged (WP_DEBUG_LOG), or ''. */
export function debugLog(site) {
  const file = join(site.dir, 'debug.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Runs PHP with WordPress loaded; returns what it echoes. */
export function runPhp(site, code) {
  return php(
    site.dir,
    `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';\nrequire __DIR__ . '/wp-load.php';\n${code}\n`
  );
}

/** Undoes start(): the server by its PID, the database and user, the folder, MariaDB if started here. */
export function stop(site) {
  if (site.server && site.server.exitCode === null) {
    try {
      process.kill(-site.server.pid, 'SIGTERM');
    } catch {
      site.server.kill('SIGTERM');
    }
  }
  if (site.database) {
    try {
      mysql(
        `DROP DATABASE IF EXISTS ${site.database}; DROP USER IF EXISTS '${site.user}'@'localhost';`
      );
    } catch (error) {
      console.error(`[message-us] could not drop ${site.database}: ${error.message}`);
    }
  }
  if (site.dir) rmSync(site.dir, {recursive: true, force: true});
  if (site.startedMariadb) spawnSync('service', ['mariadb', 'stop'], {stdio: 'ignore'});
}
