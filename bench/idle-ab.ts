/**
 * A/B of extension builds on one page without a mention: each build (or `none`) in its own
 * Chromium, the builds taking turns load by load, each load's script time taken from a trace as
 * the idle rows take it (./script-time.ts, promise jobs included), 1.5 s after `load`. Prints
 * the median and every load. Not part of `npm run bench`: for comparing two builds of the same
 * tree on this noisy machine, where the whole bench's idle sum swings run to run.
 *
 *   npx tsx bench/idle-ab.ts article 9 /tmp/build-a /tmp/build-b none
 *   (pages: article, frames-30, wiki-like, front-page; a build is a folder with a manifest.json)
 */
import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { idleMetrics, launch } from './page-costs';
import { article, frontPage, wikiLike, withFrames } from './pages';
import { median } from './report';
import { servePages } from './serve';

const CHROMIUM = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';

interface Contender {
  build: string;
  context: BrowserContext;
  profile: string;
  ms: number[];
}

async function main(): Promise<void> {
  const [pageName = 'article', loadsText = '7', ...builds] = process.argv.slice(2);
  if (builds.length === 0) throw new Error('usage: idle-ab.ts <page> <loads> <build folder or none>...');
  const frames = withFrames();
  const server = await servePages({
    '/article': article(),
    '/wiki-like': wikiLike(),
    '/front-page': frontPage(),
    '/frames-30': frames.html,
    '/embed': frames.frame,
  });
  const contenders: Contender[] = [];
  try {
    for (const build of builds) {
      const { context, profile } = await launch(build === 'none' ? undefined : build, CHROMIUM);
      contenders.push({ build, context, profile, ms: [] });
    }
    // Load 0 warms the disk cache and the service workers: not counted.
    for (let load = 0; load <= Number(loadsText); load++) {
      for (const contender of contenders) {
        const { scriptMs } = await idleMetrics(contender.context, `${server.base}/${pageName}?load=${load}`);
        if (load > 0) contender.ms.push(scriptMs);
      }
    }
    console.log(
      `${pageName}: script ms on the renderer's main threads (trace, promise jobs included), ${loadsText} loads`,
    );
    for (const { build, ms } of contenders)
      console.log(
        `${build.padEnd(28)} median ${median(ms).toFixed(1)}   ${ms.map((value) => value.toFixed(1)).join(' ')}`,
      );
  } finally {
    for (const { context, profile } of contenders) {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
