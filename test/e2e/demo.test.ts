/**
 * `npm start` runs scripts/start-demo.mjs after the build. Headless with --check it must start
 * Chromium with the build loaded, open the bundled demo page and see its mentions counted.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm start (demo)', () => {
  it('starts headless with --check and sees every mention of the demo page on the badge', async () => {
    const { stdout } = await run(process.execPath, ['scripts/start-demo.mjs', '--headless', '--check'], {
      env: process.env,
      timeout: 60_000,
    });
    // 16 mentions in the page itself and 1 in its srcdoc frame.
    expect(stdout).toContain('badge "17", 16 highlights in the top frame');
  });

  it('refuses unknown options', async () => {
    await expect(
      run(process.execPath, ['scripts/start-demo.mjs', '--bogus'], { env: process.env }),
    ).rejects.toMatchObject({
      code: 2,
    });
  });
});
