"""Baseline for the load benchmark: pandas read_json(lines=True) on a Log Analytics JSONL export.
Prints one JSON line: {"tool": "pandas read_json", "rows", "seconds", "maxRssMB"}."""
import json, resource, sys, time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402  (import time counts: it is part of what a user waits for)

df = pd.read_json(sys.argv[1], lines=True)
secs = time.perf_counter() - t0
print(json.dumps({"tool": "pandas read_json(lines=True)", "rows": len(df), "seconds": round(secs, 3),
                  "maxRssMB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
