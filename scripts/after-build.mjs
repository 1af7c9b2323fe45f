// Printed after `npm run build`: where the builds are and how to load them.
import { existsSync } from 'node:fs';

const dist = process.env.MEDGLANCE_DIST ?? 'dist';
const built = ['chrome', 'firefox'].filter((target) => existsSync(`${dist}/${target}/manifest.json`));
if (built.length === 2) {
  console.log(`
MedGlance is built.
  Chrome/Chromium 128+: open chrome://extensions, switch on Developer mode, click "Load unpacked"
                        and pick ${dist}/chrome
  Firefox 140+:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..."
                        and pick ${dist}/firefox/manifest.json
`);
}
