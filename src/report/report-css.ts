/** The report's only styling, inlined so the file stands alone (the CSP allows inline styles and nothing else). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto;
  max-width: 1100px; padding: 24px; }
h1 { font-size: 1.7em; margin: 0 0 4px; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 2em; }
h3 { margin: 0 0 8px; font-size: 1.15em; }
.meta, .note, caption { color: var(--muted); }
caption { text-align: left; caption-side: bottom; font-size: 0.85em; padding-top: 4px; }
nav ol { columns: 2; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 0.88em; }
th, td { border: 1px solid var(--line); padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td { overflow-wrap: break-word; max-width: 32em; }
.scroll { overflow-x: auto; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
article.finding { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
.sev { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 0.8em; font-weight: 600; color: #fff;
  vertical-align: middle; text-transform: uppercase; }
.sev.sev-high { background: #b42318; } article.sev-high { border-left-color: #b42318; }
.sev.sev-medium { background: #b54708; } article.sev-medium { border-left-color: #b54708; }
.sev.sev-low { background: #1d4ed8; } article.sev-low { border-left-color: #1d4ed8; }
.sev.sev-informational { background: #57606a; } article.sev-informational { border-left-color: #57606a; }
.summary { font-size: 1.05em; }
.attack-id { font-size: 0.75em; font-weight: 600; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 5px; vertical-align: middle; }
ul.attack { margin: 4px 0; }
details.kql > summary { cursor: pointer; font-weight: 600; margin: 12px 0 4px; }
@media print { details.kql > pre { display: block; } }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px; overflow-x: auto;
  font-size: 0.85em; white-space: pre; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
figure { margin: 16px 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
.warn { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 10px; }
@media print { nav { display: none; } article.finding { break-inside: avoid; } }
`;
