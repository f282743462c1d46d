// The machine set-up (scripts/setup.mjs): what it installs, with which
// commands, and the one line it prints when it cannot, on machines described
// by injected probes; then the real CLI as an unprivileged user and as root
// without apt-get. Nothing here installs or removes a package.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  ensurePackages,
  fileExists,
  instructionFor,
  planPackages,
  requestedEngines,
} from '../../scripts/setup.mjs';

const SETUP = new URL('../../scripts/setup.mjs', import.meta.url);
const INSTALL = [
  'install',
  '-y',
  '-qq',
  '--no-install-recommends',
  '-o',
  'DPkg::Lock::Timeout=300',
];
const SUDO = ['sudo', '-n', 'DEBIAN_FRONTEND=noninteractive'];

/**
 * A machine for planPackages: `commands` and `files` are what exists, and
 * `canSudo` counts how often it is asked.
 */
function probe({uid = 0, env = {}, commands = ['apt-get'], files = [], sudo = false} = {}) {
  const p = {
    uid,
    env,
    sudoChecks: 0,
    hasCommand: (name) => commands.includes(name),
    hasFile: (path) => files.includes(path),
    canSudo: () => {
      p.sudoChecks++;
      return sudo;
    },
  };
  return p;
}

// Everything the browsers group looks for, as Debian installs it.
const BROWSER_FILES = [
  '/usr/bin/chromium',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];
const BROWSER_COMMANDS = ['apt-get', 'WebKitWebDriver', 'Xvfb', 'xauth'];

test('a machine with every browser package plans nothing and never asks sudo', () => {
  const machine = probe({uid: 1000, commands: BROWSER_COMMANDS, files: BROWSER_FILES});
  const plan = planPackages(['browsers'], machine);
  assert.deepEqual(plan.missing, []);
  assert.deepEqual(plan.commands, []);
  assert.equal(plan.instruction, null);
  assert.equal(machine.sudoChecks, 0);
});

test('root on a fresh Debian: one update, one install of all five packages', () => {
  const machine = probe();
  const plan = planPackages(['browsers'], machine);
  const packages = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth'];
  assert.deepEqual(plan.missing, packages);
  assert.deepEqual(plan.commands, [
    ['apt-get', 'update', '-qq'],
    ['apt-get', ...INSTALL, ...packages],
  ]);
  assert.equal(plan.instruction, null);
  assert.equal(machine.sudoChecks, 0);
});

test('a user with passwordless sudo gets the same commands through sudo -n', () => {
  const machine = probe({uid: 1000, sudo: true, env: {BROWSERS: 'chromium'}});
  const plan = planPackages(['browsers'], machine);
  assert.deepEqual(plan.commands, [
    [...SUDO, 'apt-get', 'update', '-qq'],
    [...SUDO, 'apt-get', ...INSTALL, 'chromium'],
  ]);
  assert.equal(machine.sudoChecks, 1);
});

test('a user without sudo rights gets one line: the exact command and the overrides', () => {
  const plan = planPackages(['browsers'], probe({uid: 1000}));
  assert.deepEqual(plan.commands, []);
  assert.equal(
    plan.instruction,
    '[message-us] Missing Debian packages chromium firefox-esr webkit2gtk-driver xvfb xauth ' +
      '(cannot install them: not root, and no passwordless sudo). ' +
      'Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ' +
      'chromium firefox-esr webkit2gtk-driver xvfb xauth ' +
      '(on other systems, set CHROMIUM_PATH, FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_WEBDRIVER_PATH ' +
      'and XVFB_PATH to the executables instead).'
  );
  assert.ok(!plan.instruction.includes('\n'));
});

test('root without apt-get is told the command without sudo', () => {
  const plan = planPackages(['browsers'], probe({commands: [], env: {BROWSERS: 'firefox'}}));
  assert.deepEqual(plan.commands, []);
  assert.equal(
    plan.instruction,
    '[message-us] Missing Debian packages firefox-esr (no apt-get on this machine). ' +
      'Run: apt-get update && apt-get install -y --no-install-recommends firefox-esr ' +
      '(on other systems, set FIREFOX_PATH to the executables instead).'
  );
});

test('only the engines BROWSERS asks for are needed', () => {
  const cases = [
    ['chromium', ['chromium']],
    ['firefox', ['firefox-esr']],
    ['webkit', ['webkit2gtk-driver', 'xvfb', 'xauth']],
    ['webkit, Chromium', ['chromium', 'webkit2gtk-driver', 'xvfb', 'xauth']],
    ['', ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth']],
  ];
  for (const [browsers, missing] of cases) {
    assert.deepEqual(
      planPackages(['browsers'], probe({env: {BROWSERS: browsers}})).missing,
      missing,
      `BROWSERS=${browsers}`
    );
  }
});

test('an unknown engine or group is an error naming the valid ones', () => {
  assert.throws(() => planPackages(['browsers'], probe({env: {BROWSERS: 'safari'}})), {
    message:
      '[message-us] BROWSERS names an unknown engine "safari"; use a comma-separated subset of chromium,firefox,webkit, e.g. BROWSERS=chromium,webkit',
  });
  assert.throws(() => planPackages(['browser'], probe()), {
    message:
      '[message-us] Unknown package group "browser"; use one or more of browsers, wordpress, e.g. node scripts/setup.mjs browsers',
  });
  assert.deepEqual(requestedEngines(' firefox,firefox '), ['firefox']);
});

test('presence is judged by files and commands, and *_PATH or DISPLAY replace a package', () => {
  // Ubuntu's chromium-browser, no Firefox but FIREFOX_PATH, MiniBrowser
  // without its driver, and a display so no Xvfb is needed.
  const plan = planPackages(
    ['browsers'],
    probe({
      uid: 1000,
      env: {FIREFOX_PATH: '/opt/firefox/firefox', DISPLAY: ':0'},
      commands: ['apt-get'],
      files: ['/usr/bin/chromium-browser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'],
    })
  );
  assert.deepEqual(plan.missing, ['webkit2gtk-driver']);
  assert.deepEqual(plan.overrides, ['WEBKIT_WEBDRIVER_PATH']);
  assert.equal(
    plan.instruction,
    '[message-us] Missing Debian packages webkit2gtk-driver (cannot install them: not root, and no passwordless sudo). ' +
      'Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends webkit2gtk-driver ' +
      '(on other systems, set WEBKIT_WEBDRIVER_PATH to the executables instead).'
  );
});

test('two groups share one update and one install; a group without overrides says so', () => {
  const machine = probe({
    commands: ['apt-get', 'php'],
    files: [...BROWSER_FILES.slice(1), '/usr/share/wordpress/wp-settings.php'],
    env: {BROWSERS: 'chromium,firefox'},
  });
  const plan = planPackages(['browsers', 'wordpress'], machine);
  const missing = [
    'chromium',
    'wordpress-theme-twentytwentythree',
    'php-mysql',
    'php-mbstring',
    'php-xml',
    'php-intl',
    'mariadb-server',
    'phpunit',
  ];
  assert.deepEqual(plan.missing, missing);
  assert.deepEqual(plan.commands, [
    ['apt-get', 'update', '-qq'],
    ['apt-get', ...INSTALL, ...missing],
  ]);
  assert.equal(
    instructionFor(planPackages(['wordpress'], probe({commands: []})), 'why'),
    '[message-us] Missing Debian packages wordpress wordpress-theme-twentytwentythree php-cli php-mysql ' +
      'php-mbstring php-xml php-intl mariadb-server phpunit (why). Run: apt-get update && apt-get install -y ' +
      '--no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-mbstring ' +
      'php-xml php-intl mariadb-server phpunit.'
  );
});

test('once the package lists are fetched, a later plan skips apt-get update', () => {
  const plan = planPackages(['browsers'], probe({env: {BROWSERS: 'chromium'}}), {aptUpdated: true});
  assert.deepEqual(plan.commands, [['apt-get', ...INSTALL, 'chromium']]);
});

test('fileExists matches one * per path segment', () => {
  const root = mkdtempSync(join(tmpdir(), 'setup-glob-'));
  try {
    mkdirSync(join(root, 'php/8.2/mods-available'), {recursive: true});
    writeFileSync(join(root, 'php/8.2/mods-available/mysqli.ini'), '');
    assert.equal(fileExists(`${root}/php/*/mods-available/mysqli.ini`), true);
    assert.equal(fileExists(`${root}/php/8.*/mods-available/mysqli.ini`), true);
    assert.equal(fileExists(`${root}/php/7.*/mods-available/mysqli.ini`), false);
    assert.equal(fileExists(`${root}/php/*/mods-available/mbstring.ini`), false);
    assert.equal(fileExists(`${root}/php/8.2/mods-available/*.ini`), true);
    assert.equal(fileExists(`${root}/php/8.2/mods-available/*.conf`), false);
    assert.equal(fileExists(`${root}/php/8.2/mods-available/my*.ini`), true);
    assert.equal(fileExists(`${root}/php/8.2/mods-available/mb*.ini`), false);
    assert.equal(fileExists(`${root}/nope/*/x`), false);
  } finally {
    rmSync(root, {recursive: true});
  }
});

/**
 * ensurePackages on a described machine whose "apt-get" records the
 * commands and makes the packages it installs appear.
 */
function installingMachine({uid = 0, env = {}, status = 0, provides = {}} = {}) {
  const files = [];
  const commands = ['apt-get'];
  const ran = [];
  const lines = [];
  const machine = probe({uid, env, commands, files, sudo: true});
  const run = async (argv) => {
    ran.push(argv);
    if (argv.includes('install') && status === 0) {
      for (const name of argv.slice(argv.indexOf('DPkg::Lock::Timeout=300') + 1)) {
        files.push(...(provides[name]?.files ?? []));
        commands.push(...(provides[name]?.commands ?? []));
      }
    }
    return {status: argv.includes('install') ? status : 0, output: 'E: Unable to locate package'};
  };
  return {machine, run, ran, lines, log: (line) => lines.push(line)};
}

test('ensurePackages installs, says what, and updates the lists once per run', async () => {
  const m = installingMachine({
    env: {BROWSERS: 'chromium'},
    provides: {chromium: {files: ['/usr/bin/chromium']}, phpunit: {commands: ['phpunit']}},
  });
  const apt = {updated: false};
  const options = {probe: m.machine, run: m.run, log: m.log, apt};
  assert.deepEqual(await ensurePackages('browsers', options), ['chromium']);
  const groups = {tests: [{name: 'phpunit', provides: [{command: 'phpunit'}]}]};
  assert.deepEqual(await ensurePackages('tests', {...options, groups}), ['phpunit']);
  assert.deepEqual(m.ran, [
    ['apt-get', 'update', '-qq'],
    ['apt-get', ...INSTALL, 'chromium'],
    ['apt-get', ...INSTALL, 'phpunit'],
  ]);
  assert.equal(m.lines[0], '[message-us] Installing Debian packages: chromium');
  assert.match(m.lines[1], /^\[message-us\] Installed in \d+\.\d s$/);
  assert.equal(m.lines[2], '[message-us] Installing Debian packages: phpunit');
  assert.equal(m.lines.length, 4);
});

test('ensurePackages stops with the instruction when apt-get fails or installs too little', async () => {
  const failing = installingMachine({uid: 1000, env: {BROWSERS: 'firefox'}, status: 100});
  await assert.rejects(
    ensurePackages('browsers', {probe: failing.machine, run: failing.run, log: failing.log}),
    {
      message:
        '[message-us] Missing Debian packages firefox-esr (`sudo -n DEBIAN_FRONTEND=noninteractive apt-get ' +
        'install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 firefox-esr` exited with 100). ' +
        'Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr ' +
        '(on other systems, set FIREFOX_PATH to the executables instead).',
    }
  );
  assert.deepEqual(failing.lines, [
    '[message-us] Installing Debian packages: firefox-esr',
    'E: Unable to locate package',
  ]);

  // apt-get succeeds but the executable is not where the tests look.
  const short = installingMachine({env: {BROWSERS: 'firefox'}});
  await assert.rejects(
    ensurePackages('browsers', {probe: short.machine, run: short.run, log: short.log}),
    {
      message:
        '[message-us] Missing Debian packages firefox-esr (still missing after apt-get install). ' +
        'Run: apt-get update && apt-get install -y --no-install-recommends firefox-esr ' +
        '(on other systems, set FIREFOX_PATH to the executables instead).',
    }
  );
});

/**
 * The real CLI in a folder anyone can read, with a PATH that holds only
 * apt-get (when `apt`), so the browsers' commands are missing on any machine.
 */
function realCli(args, {user, env, apt = true}) {
  const dir = mkdtempSync(join(tmpdir(), 'setup-cli-'));
  try {
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'bin'));
    if (apt) symlinkSync('/usr/bin/apt-get', join(dir, 'bin/apt-get'));
    copyFileSync(SETUP, join(dir, 'setup.mjs'));
    chmodSync(join(dir, 'setup.mjs'), 0o644);
    const node = [process.execPath, join(dir, 'setup.mjs'), ...args];
    const argv = user
      ? ['/usr/bin/setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...node]
      : node;
    return spawnSync(argv[0], argv.slice(1), {
      encoding: 'utf8',
      env: {PATH: join(dir, 'bin'), ...env},
    });
  } finally {
    rmSync(dir, {recursive: true});
  }
}

const notRoot = process.getuid?.() !== 0 && 'needs root to run the CLI as the user nobody';

test('real CLI as the unprivileged user nobody: one line, exit 1', {skip: notRoot}, () => {
  // MINIBROWSER_PATH stands in for MiniBrowser, so the line does not depend
  // on whether this machine has WebKitGTK.
  const result = realCli(['browsers'], {
    user: 'nobody',
    env: {BROWSERS: 'webkit', MINIBROWSER_PATH: '/opt/webkit/MiniBrowser'},
  });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(
    result.stderr,
    '[message-us] Missing Debian packages webkit2gtk-driver xvfb xauth (cannot install them: not root, and no passwordless sudo). ' +
      'Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth ' +
      '(on other systems, set WEBKIT_WEBDRIVER_PATH and XVFB_PATH to the executables instead).\n'
  );
});

test('real CLI as root without apt-get: one line, exit 1', {skip: notRoot}, () => {
  const result = realCli(['browsers'], {
    apt: false,
    env: {BROWSERS: 'webkit', MINIBROWSER_PATH: '/opt/webkit/MiniBrowser', DISPLAY: ':5'},
  });
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    '[message-us] Missing Debian packages webkit2gtk-driver (no apt-get on this machine). ' +
      'Run: apt-get update && apt-get install -y --no-install-recommends webkit2gtk-driver ' +
      '(on other systems, set WEBKIT_WEBDRIVER_PATH to the executables instead).\n'
  );
});
