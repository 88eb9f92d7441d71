#!/usr/bin/env node
/**
 * Builds the guided notebooks (notebooks/*.ipynb) from their readable sources (notebooks/sources/*.md), so the
 * teaching text and the code are reviewed as plain Markdown and the .ipynb files are never edited by hand.
 *
 * Source format: a Markdown document. Every fence opened with exactly ```ts becomes a TypeScript code cell
 * (```ts parameters marks the parameters cell, tagged "parameters" as papermill expects); everything between code
 * cells is Markdown, split into several cells at lines holding only <!-- cell -->. Other fences (```kql, ```text)
 * stay inside the Markdown.
 *
 * Output: nbformat 4.5, kernel "tslab" (TypeScript), no outputs, no execution counts, cell ids derived from the
 * notebook name and position, so the same source always gives the same bytes.
 *
 *   node scripts/build-notebooks.js           write notebooks/*.ipynb
 *   node scripts/build-notebooks.js --check   exit 1 if any .ipynb differs from its source (CI)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const SOURCES = path.join(ROOT, 'notebooks', 'sources');
const OUT = path.join(ROOT, 'notebooks');

/** Splits a Markdown source into cells: [{ cell_type, source, tags }]. */
function parseCells(text) {
  const cells = [];
  let markdown = [];
  const flushMarkdown = () => {
    const joined = markdown.join('\n');
    for (const part of joined.split(/^<!-- cell -->$/m)) {
      const trimmed = part.replace(/^\s*\n/, '').replace(/\s+$/, '');
      if (trimmed) cells.push({ cell_type: 'markdown', source: trimmed, tags: [] });
    }
    markdown = [];
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```ts(?:\s+(.*))?$/.exec(lines[i]);
    if (!open) {
      markdown.push(lines[i]);
      continue;
    }
    flushMarkdown();
    const code = [];
    const start = i + 1;
    for (i++; i < lines.length && lines[i] !== '```'; i++) code.push(lines[i]);
    if (i >= lines.length) throw new Error(`unclosed \`\`\`ts fence opened at line ${start}`);
    const tags = (open[1] ?? '').split(/\s+/).filter(Boolean);
    cells.push({ cell_type: 'code', source: code.join('\n').replace(/\s+$/, ''), tags });
  }
  flushMarkdown();
  return cells;
}

/** Jupyter stores a cell's source as lines, each but the last ending in \n. */
function sourceLines(s) {
  const lines = s.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? l + '\n' : l));
}

function notebook(name, cells) {
  return {
    cells: cells.map((c, i) => {
      const id = `${name.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 56)}-${String(i).padStart(2, '0')}`;
      const metadata = c.tags.length ? { tags: c.tags } : {};
      return c.cell_type === 'code'
        ? { cell_type: 'code', execution_count: null, id, metadata, outputs: [], source: sourceLines(c.source) }
        : { cell_type: 'markdown', id, metadata, source: sourceLines(c.source) };
    }),
    metadata: {
      kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' },
      language_info: {
        codemirror_mode: { mode: 'typescript', name: 'javascript', typescript: true },
        file_extension: '.ts',
        mimetype: 'text/typescript',
        name: 'typescript',
        version: '3.7.2',
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** Every source as [name, .ipynb text]. */
function build() {
  return fs
    .readdirSync(SOURCES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.md$/, '');
      let cells;
      try {
        cells = parseCells(fs.readFileSync(path.join(SOURCES, f), 'utf8'));
      } catch (e) {
        throw new Error(`notebooks/sources/${f}: ${e.message}`);
      }
      return [name, JSON.stringify(notebook(name, cells), null, 1) + '\n'];
    });
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of build()) {
    const target = path.join(OUT, `${name}.ipynb`);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    if (check) {
      console.error(`notebooks/${name}.ipynb is out of date: run node scripts/build-notebooks.js`);
      stale++;
    } else {
      fs.writeFileSync(target, text);
      console.log(`wrote notebooks/${name}.ipynb`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (require.main === module) main();
module.exports = { parseCells, notebook, build };
