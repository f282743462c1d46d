// The machine set-up the tests need, in one place for `npm test` (through
// web-test-runner.config.mjs), `.ci/run` and later suites: Debian packages in
// named groups, each package found by the files or commands it provides (not
// by dpkg, so a browser installed another way or named by an environment
// variable counts). Missing packages are installed with apt-get when this
// process may (root, or passwordless sudo); otherwise the run stops with one
// line naming the exact command to type. Node built-ins only: `.ci/run` runs
// this before `npm install`.
//
//   node scripts/setup.mjs [group…]    (default: browsers)
import {accessSync, constants, existsSync, readdirSync} from 'node:fs';
import {spawn, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Where each engine's executable is looked for, and the variable that overrides it. */
export const ENGINE_PATHS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    candidates: [
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/usr/bin/firefox',
    ],
  },
  webkit: {
    env: 'MINIBROWSER_PATH',
    candidates: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
  },
};

/**
 * Package groups. A package is needed when one of the things it `provides`
 * is missing: a file (any of `files`, one `*` per path segment allowed) or a
 * command on PATH, unless the variable `env` names a replacement or the
 * variable `unless` is set. `engine` limits a package to runs that use that
 * engine (BROWSERS).
 */
export const GROUPS = {
  browsers: [
    {
      name: 'chromium',
      engine: 'chromium',
      provides: [{files: ENGINE_PATHS.chromium.candidates, env: 'CHROMIUM_PATH'}],
    },
    {
      name: 'firefox-esr',
      engine: 'firefox',
      provides: [{files: ENGINE_PATHS.firefox.candidates, env: 'FIREFOX_PATH'}],
    },
    {
      // The driver depends on the WebKitGTK library that ships MiniBrowser.
      name: 'webkit2gtk-driver',
      engine: 'webkit',
      provides: [
        {files: ENGINE_PATHS.webkit.candidates, env: 'MINIBROWSER_PATH'},
        {command: 'WebKitWebDriver', env: 'WEBKIT_WEBDRIVER_PATH'},
      ],
    },
    {
      // MiniBrowser has no headless mode: without a display the launcher
      // starts its own Xvfb.
      name: 'xvfb',
      engine: 'webkit',
      provides: [{command: 'Xvfb', env: 'XVFB_PATH', unless: 'DISPLAY'}],
    },
    {
      // For `xvfb-run`, the usual way to give other tools a display.
      name: 'xauth',
      engine: 'webkit',
      provides: [{command: 'xauth', unless: 'DISPLAY'}],
    },
  ],
  wordpress: [
    {name: 'wordpress', provides: [{files: ['/usr/share/wordpress/wp-settings.php']}]},
    {
      name: 'wordpress-theme-twentytwentythree',
      provides: [{files: ['/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css']}],
    },
    {name: 'php-cli', provides: [{command: 'php'}]},
    {name: 'php-mysql', provides: [{files: ['/etc/php/*/mods-available/mysqli.ini']}]},
    {name: 'php-mbstring', provides: [{files: ['/etc/php/*/mods-available/mbstring.ini']}]},
    {name: 'php-xml', provides: [{files: ['/etc/php/*/mods-available/dom.ini']}]},
    // NFKC and international domain names in the PHP link builder.
    {name: 'php-intl', provides: [{files: ['/etc/php/*/mods-available/intl.ini']}]},
    // In /usr/sbin, which is not on an ordinary user's PATH.
    {name: 'mariadb-server', provides: [{files: ['/usr/sbin/mariadbd']}]},
    {name: 'phpunit', provides: [{command: 'phpunit'}]},
  ],
};

/** Engines named by BROWSERS (comma-separated), all three by default. */
export function requestedEngines(value = process.env.BROWSERS) {
  if (!value || !value.trim()) return [...ENGINES];
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!ENGINES.includes(name)) {
      throw new Error(
        `[message-us] BROWSERS names an unknown engine "${name}"; use a comma-separated subset of ${ENGINES.join(',')}, e.g. BROWSERS=chromium,webkit`
      );
    }
  }
  return [...new Set(names)];
}

/** The executable `name` on PATH, or null. */
export function findCommand(name, path = process.env.PATH) {
  for (const dir of (path ?? '').split(':')) {
    if (!dir) continue;
    try {
      accessSync(`${dir}/${name}`, constants.X_OK);
      return `${dir}/${name}`;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/** Whether a file exists; one `*` per path segment matches any name. */
export function fileExists(pattern) {
  if (!pattern.includes('*')) return existsSync(pattern);
  const parts = pattern.split('/');
  const star = parts.findIndex((part) => part.includes('*'));
  const dir = parts.slice(0, star).join('/') || '/';
  const [before, after] = parts[star].split('*');
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  const rest = parts.slice(star + 1).join('/');
  return names
    .filter(
      (n) => n.startsWith(before) && n.endsWith(after) && n.length >= before.length + after.length
    )
    .some((n) => fileExists(rest ? `${dir}/${n}/${rest}` : `${dir}/${n}`));
}

/** The real machine, as seen by planPackages. */
export function machine(env = process.env) {
  return {
    uid: process.getuid?.() ?? -1,
    env,
    hasCommand: (name) => findCommand(name, env.PATH) !== null,
    hasFile: fileExists,
    canSudo: () =>
      findCommand('sudo', env.PATH) !== null &&
      spawnSync('sudo', ['-n', 'true'], {stdio: 'ignore', env}).status === 0,
  };
}

/**
 * The one line printed when the packages of `plan` cannot be installed:
 * why, the exact command to type, and the variables that replace them.
 */
export function instructionFor({missing, overrides, typed}, reason) {
  return (
    `[message-us] Missing Debian packages ${missing.join(' ')} (${reason}). Run: ${typed}` +
    (overrides.length
      ? ` (on other systems, set ${listing(overrides)} to the executables instead).`
      : '.')
  );
}

function listing(names) {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * What to do for the named groups on a machine (`probe`, see machine()):
 * the missing packages, the commands that install them, and the one-line
 * instruction to print when they cannot be installed here. Pure apart from
 * the probe's answers, so tests can describe any machine.
 *
 * @example
 *   planPackages(['browsers'], {uid: 0, env: {BROWSERS: 'chromium'},
 *     hasCommand: (c) => c === 'apt-get', hasFile: () => false})
 *   // → {missing: ['chromium'], commands: [['apt-get', 'update', '-qq'],
 *   //     ['apt-get', 'install', …, 'chromium']], instruction: null, …}
 */
export function planPackages(groupNames, probe, {groups = GROUPS, aptUpdated = false} = {}) {
  const env = probe.env ?? {};
  const engines = requestedEngines(env.BROWSERS);
  const missing = [];
  const overrides = [];
  for (const groupName of groupNames) {
    const group = groups[groupName];
    if (!group) {
      throw new Error(
        `[message-us] Unknown package group "${groupName}"; use one or more of ${Object.keys(groups).join(', ')}, e.g. node scripts/setup.mjs browsers`
      );
    }
    for (const pkg of group) {
      if (pkg.engine && !engines.includes(pkg.engine)) continue;
      const unmet = pkg.provides.filter(
        (need) =>
          !(need.env && env[need.env]) &&
          !(need.unless && env[need.unless]) &&
          !(need.files ? need.files.some((f) => probe.hasFile(f)) : probe.hasCommand(need.command))
      );
      if (unmet.length === 0 || missing.includes(pkg.name)) continue;
      missing.push(pkg.name);
      for (const need of unmet)
        if (need.env && !overrides.includes(need.env)) overrides.push(need.env);
    }
  }
  const sudo = probe.uid === 0 ? '' : 'sudo ';
  const typed = `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const plan = {missing, overrides, typed, commands: [], reason: null, instruction: null};
  if (missing.length === 0) return plan;

  if (!probe.hasCommand('apt-get')) plan.reason = 'no apt-get on this machine';
  else if (probe.uid !== 0 && !probe.canSudo()) {
    plan.reason = 'cannot install them: not root, and no passwordless sudo';
  }
  if (plan.reason) {
    plan.instruction = instructionFor(plan, plan.reason);
    return plan;
  }
  const prefix = probe.uid === 0 ? [] : ['sudo', '-n', 'DEBIAN_FRONTEND=noninteractive'];
  if (!aptUpdated) plan.commands.push([...prefix, 'apt-get', 'update', '-qq']);
  plan.commands.push([
    ...prefix,
    'apt-get',
    'install',
    '-y',
    '-qq',
    '--no-install-recommends',
    // Another apt on a shared machine: wait for its lock instead of failing.
    '-o',
    'DPkg::Lock::Timeout=300',
    ...missing,
  ]);
  return plan;
}

// One `apt-get update` per process: a second group installed later in the
// same run reuses the package lists the first one fetched.
const processApt = {updated: false};

/** Runs a command quietly; resolves to its exit status and output. */
export function runQuietly(argv, env) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...env, DEBIAN_FRONTEND: 'noninteractive'},
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({status: 127, output: error.message}));
    child.on('close', (status) => resolve({status, output}));
  });
}

/**
 * Makes sure the packages of the named groups are present, installing the
 * missing ones when this process may. Resolves to the list of packages
 * installed (empty when all were present); rejects with an Error whose
 * message is the one-line instruction when they cannot be installed.
 */
export async function ensurePackages(
  groupNames,
  {
    log = console.log,
    env = process.env,
    probe = machine(env),
    groups = GROUPS,
    run = runQuietly,
    apt = processApt,
  } = {}
) {
  const names = Array.isArray(groupNames) ? groupNames : [groupNames];
  const plan = planPackages(names, probe, {groups, aptUpdated: apt.updated});
  if (plan.missing.length === 0) return [];
  if (plan.instruction) throw new Error(plan.instruction);

  log(`[message-us] Installing Debian packages: ${plan.missing.join(' ')}`);
  const start = Date.now();
  for (const argv of plan.commands) {
    const {status, output} = await run(argv, env);
    if (status !== 0) {
      // apt's own last words say why (no such package, no network, …).
      log(output.trimEnd().split('\n').slice(-20).join('\n'));
      throw new Error(instructionFor(plan, `\`${argv.join(' ')}\` exited with ${status}`));
    }
    if (argv[argv.indexOf('apt-get') + 1] === 'update') apt.updated = true;
  }
  const after = planPackages(names, probe, {groups, aptUpdated: true});
  if (after.missing.length > 0) {
    throw new Error(instructionFor(after, 'still missing after apt-get install'));
  }
  log(`[message-us] Installed in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return plan.missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  if (names.length === 0) names.push('browsers');
  try {
    const installed = await ensurePackages(names);
    if (installed.length === 0) {
      console.log(`[message-us] Debian packages for ${names.join(', ')}: all present`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
