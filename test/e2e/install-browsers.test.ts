/**
 * scripts/install-browsers.sh on a machine where a browser is missing, without uninstalling
 * anything: the browser paths point into a temporary folder and a stand-in apt-get (first on
 * PATH) records its calls and "installs" by creating the executable.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;

function fakeAptGet(createsBrowsers: boolean): void {
  writeFileSync(
    join(dir, 'apt-get'),
    [
      '#!/usr/bin/env bash',
      `echo "$*" >> "${dir}/apt-get.log"`,
      createsBrowsers
        ? `if [ "$1" = install ]; then for p in "$@"; do case "$p" in chromium) touch "${dir}/chromium"; chmod +x "${dir}/chromium";; firefox-esr) touch "${dir}/firefox-esr"; chmod +x "${dir}/firefox-esr";; esac; done; fi`
        : '',
      'exit 0',
    ].join('\n'),
  );
  chmodSync(join(dir, 'apt-get'), 0o755);
}

function runScript(env: Record<string, string>) {
  return run('bash', ['scripts/install-browsers.sh'], {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}`, ...env },
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'medglance-install-browsers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/install-browsers.sh', () => {
  it.runIf(process.getuid?.() === 0)('installs only the missing browser with apt-get, after an update', async () => {
    fakeAptGet(true);
    const present = join(dir, 'firefox-esr');
    writeFileSync(present, '');
    chmodSync(present, 0o755);
    await runScript({ MEDGLANCE_CHROMIUM: join(dir, 'chromium'), MEDGLANCE_FIREFOX: present });
    const calls = readFileSync(join(dir, 'apt-get.log'), 'utf8').trim().split('\n');
    expect(calls[0]).toMatch(/^update\b/);
    expect(calls[1]).toMatch(/^install -y\b.*\bchromium$/);
    expect(calls[1]).not.toContain('firefox-esr');
    expect(existsSync(join(dir, 'chromium'))).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('fails loudly when the install did not provide the browser', async () => {
    fakeAptGet(false);
    await expect(
      runScript({ MEDGLANCE_CHROMIUM: join(dir, 'chromium'), MEDGLANCE_FIREFOX: join(dir, 'firefox-esr') }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Still missing') });
    expect(readFileSync(join(dir, 'apt-get.log'), 'utf8')).toMatch(/install -y .*chromium firefox-esr/);
  });

  it('does nothing when both browsers are there', async () => {
    fakeAptGet(true);
    await runScript({});
    expect(existsSync(join(dir, 'apt-get.log'))).toBe(false);
  });
});
