"""Executes one notebook with the tslab kernel, cell by cell, and writes the executed notebook and its HTML.

    python3 scripts/execute-notebook.py NOTEBOOK OUT_DIR [--kernel tslab] [--timeout 600]

The kernel's working directory is the notebook's own folder. On the first failing cell it still writes the partly
executed notebook (outputs up to the error, for reading), prints one line naming the notebook and the cell, the
error and the cell's first lines, and exits 1. Exit 0 means every code cell ran without error.
Used by scripts/run-notebooks.js; kept small so the failure report is exact.
"""
import argparse
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter


def write_outputs(nb, path, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    stem = os.path.splitext(os.path.basename(path))[0]
    nbformat.write(nb, os.path.join(out_dir, stem + '.ipynb'))
    body, _ = HTMLExporter().from_notebook_node(nb)
    with open(os.path.join(out_dir, stem + '.html'), 'w', encoding='utf-8') as f:
        f.write(body)


def first_lines(source, n=3):
    lines = source.strip().splitlines()
    more = ' ...' if len(lines) > n else ''
    return ' | '.join(lines[:n]) + more


def describe(error, cell):
    """The error as the kernel reported it. tslab reports TypeScript errors on stderr with no ename, so use those."""
    ename = getattr(error, 'ename', '') or ''
    evalue = getattr(error, 'evalue', '') or ''
    if ename and ename != '<Error>':
        return '%s: %s' % (ename, evalue)
    stderr = ''.join(o.get('text', '') for o in cell.get('outputs', [])
                     if o.get('output_type') == 'stream' and o.get('name') == 'stderr').strip()
    errors = ['%s: %s' % (o.get('ename', ''), o.get('evalue', '')) for o in cell.get('outputs', [])
              if o.get('output_type') == 'error']
    lines = []
    for line in stderr.splitlines():
        if line.lstrip().startswith('at '):  # the JavaScript stack: the message above it says enough
            break
        if line.strip():
            lines.append(line.strip())
    return '; '.join(errors) or ' | '.join(lines)[:800] or str(error).strip().splitlines()[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('notebook')
    ap.add_argument('out_dir')
    ap.add_argument('--kernel', default='tslab')
    ap.add_argument('--timeout', type=int, default=600)
    args = ap.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    cwd = os.path.dirname(os.path.abspath(args.notebook))
    client = NotebookClient(nb, kernel_name=args.kernel, timeout=args.timeout,
                            resources={'metadata': {'path': cwd}})
    failure = None
    code_no = 0
    with client.setup_kernel(cwd=cwd):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != 'code':
                continue
            code_no += 1
            try:
                client.execute_cell(cell, index)
            except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
                failure = '%s: cell %d (code cell %d) failed: %s\n    source: %s' % (
                    args.notebook, index + 1, code_no, describe(e, cell), first_lines(cell.source))
                break
    write_outputs(nb, args.notebook, args.out_dir)
    if failure:
        print(failure, file=sys.stderr)
        sys.exit(1)
    print('%s: %d code cells ran' % (args.notebook, code_no))


if __name__ == '__main__':
    main()
