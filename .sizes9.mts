import { build } from 'vite';
import { contentDefines } from './scripts/build-content.ts';
const entry = process.argv[2];
const out: any = await build({ root: process.cwd(), configFile: false, logLevel: 'silent', define: contentDefines(), build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'x' } } });
const r = Array.isArray(out) ? out[0] : out;
const chunk = r.output.find((c: any) => c.type === 'chunk');
console.log('total', chunk.code.length);
const mods = Object.entries(chunk.modules).map(([id, m]: any) => [m.renderedLength, id.replace(process.cwd(), '')]).sort((a: any, b: any) => b[0] - a[0]);
console.log(mods.slice(0, 40));
