/**
 * The one place that talks to the notebook kernel. tslab's public `display.raw()` sends one MIME type per output, but
 * a chart needs its spec and SVG in one bundle so each front end picks what it draws; tslab keeps the kernel's
 * display_data writer on its `jupyter` module (set for the cell being executed), and we call that with the bundle.
 * We look the module up in node's module cache rather than requiring it: inside the kernel it is already loaded, and
 * outside Jupyter it is not, which is exactly when output should go to the console instead.
 */
import type { MimeBundle, MimeMetadata } from './mime-bundle';

interface DisplayMessage {
  data: MimeBundle;
  metadata: Record<string, unknown>;
  transient: { display_id?: string };
}
type WriteDisplayData = (message: DisplayMessage, update: boolean) => void;

/** tslab's display_data writer for the running cell, or null outside a tslab kernel. */
export function jupyterWriter(cache: NodeJS.Dict<NodeJS.Module> = require.cache): WriteDisplayData | null {
  for (const [file, mod] of Object.entries(cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file)) continue;
    const writer = (mod?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof writer === 'function') return writer as WriteDisplayData;
  }
  return null;
}

export interface PublishOptions {
  /** Names the output so later calls with `update: true` replace it (progress lines). */
  displayId?: string;
  /** Replace the output named by displayId instead of adding one. */
  update?: boolean;
  /** Display hints per MIME type (e.g. a PNG's CSS size). */
  metadata?: MimeMetadata;
  /** Where text goes outside Jupyter (default console.log). */
  print?: (text: string) => void;
  /** The kernel writer (default: tslab's, found at call time); tests pass a recorder. */
  writer?: WriteDisplayData | null;
}

/** Sends a bundle to the notebook, or prints its text/plain when not in a notebook. Returns where it went. */
export function publish(bundle: MimeBundle, options: PublishOptions = {}): 'jupyter' | 'console' {
  const writer = options.writer === undefined ? jupyterWriter() : options.writer;
  if (writer) {
    writer({ data: bundle, metadata: options.metadata ?? {}, transient: options.displayId ? { display_id: options.displayId } : {} }, !!options.update);
    return 'jupyter';
  }
  (options.print ?? console.log)(bundle['text/plain']);
  return 'console';
}
