// Renders every BPMN model in processes/ to docs/models/<name>.svg, as Camunda Modeler draws it (bpmn-js),
// so readers without the Modeler can see the handbook's processes. Run from the repository root:
//   npm --prefix tools/model-pictures ci && node tools/model-pictures/render.mjs
// Needs Node.js 18+ and a Chromium or Chrome (CHROME=/path/to/chrome; default /usr/bin/chromium).
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

const models = (await readdir(join(root, 'processes'))).filter((f) => f.endsWith('.bpmn')).sort();
await mkdir(join(root, 'docs', 'models'), { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<div id="canvas" style="width:1600px;height:1000px"></div>');
  await page.addScriptTag({ path: viewer });
  for (const model of models) {
    const xml = await readFile(join(root, 'processes', model), 'utf8');
    const result = await page.evaluate(async (text) => {
      document.getElementById('canvas').innerHTML = '';
      const bpmn = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await bpmn.importXML(text);
      const { svg } = await bpmn.saveSVG();
      bpmn.destroy();
      return { svg, warnings: warnings.map((w) => w.message) };
    }, xml);
    if (result.warnings.length) {
      throw new Error(`${model}: ${result.warnings.join('; ')}`);
    }
    const target = join(root, 'docs', 'models', basename(model, '.bpmn') + '.svg');
    await writeFile(target, result.svg + '\n');
    console.log(`${model} -> docs/models/${basename(target)} (${Math.round(result.svg.length / 1024)} kB)`);
  }
} finally {
  await browser.close();
}
