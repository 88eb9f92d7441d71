"""Baseline for the findings benchmark: the same detections as `signinlab findings`, written the way an analyst would in
pandas, on a Log Analytics JSONL export. Thresholds are the signinlab defaults. Prints one JSON line with the timing."""
import json, resource, sys, time

t0 = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

df = pd.read_json(sys.argv[1], lines=True)


def lifted(col, key):
    def get(v):
        if isinstance(v, str):
            try:
                v = json.loads(v)
            except ValueError:
                return None
        return v.get(key) if isinstance(v, dict) else None
    return df[col].map(get)


loc = df["LocationDetails"].map(lambda v: json.loads(v) if isinstance(v, str) and v else (v if isinstance(v, dict) else {}))
df["City"] = loc.map(lambda d: d.get("city"))
df["Lat"] = loc.map(lambda d: (d.get("geoCoordinates") or {}).get("latitude"))
df["Lon"] = loc.map(lambda d: (d.get("geoCoordinates") or {}).get("longitude"))
df["t"] = pd.to_datetime(df["CreatedDateTime"], utc=True)
df["upn"] = df["UserPrincipalName"].str.lower()
inter = df[df["Type"] == "SigninLogs"]
non = df[df["Type"] == "AADNonInteractiveUserSignInLogs"]

# volume ratio
counts = df.groupby(["upn", "Type"]).size().unstack(fill_value=0)
counts["ratio"] = counts.get("AADNonInteractiveUserSignInLogs", 0) / counts.get("SigninLogs", 0).replace(0, np.nan)
high_ratio = counts[counts["ratio"] >= 500]

# legacy authentication
modern = {"browser", "mobile apps and desktop clients"}
legacy = df[~df["ClientAppUsed"].fillna("").str.lower().isin(modern | {"", "unknown"})]
legacy_summary = legacy.groupby(["upn", "ClientAppUsed", "ResultType"]).size()

# conditional access blocks
ca = inter[(inter["ResultType"].astype(str) == "53003") | (inter["ConditionalAccessStatus"] == "failure")]
ca_summary = ca.groupby(["upn", ca["t"].dt.date]).size()

# password spray: one IP, >= 10 accounts with password failures within 60 minutes
fails = df[df["ResultType"].astype(str).isin(["50126", "50053"])].sort_values("t")
spray = (fails.set_index("t").groupby("IPAddress")["upn"]
         .apply(lambda s: s.groupby(pd.Grouper(freq="60min")).nunique().max()))
spray = spray[spray >= 10]

# MFA abandoned: 50074/50076 with no success for the user within 30 minutes after
mfa = inter[inter["ResultType"].astype(str).isin(["50074", "50076"])]
ok = inter[inter["ResultType"].astype(str) == "0"][["upn", "t"]].rename(columns={"t": "ok_t"})
m = mfa.merge(ok, on="upn", how="left")
m["done"] = (m["ok_t"] >= m["t"]) & (m["ok_t"] <= m["t"] + pd.Timedelta(minutes=30))
abandoned = m.groupby("Id")["done"].any()
abandoned = abandoned[~abandoned]

# token replay: interactive IP-A vs non-interactive IP-B for the same user within 4 hours, > 500 km apart, not ASN 8075
i = inter[inter["ResultType"].astype(str) == "0"][["upn", "IPAddress", "t", "Lat", "Lon"]]
n = non[non["AutonomousSystemNumber"].astype(str) != "8075"][["upn", "IPAddress", "t", "Lat", "Lon", "IncomingTokenType"]]
pairs = i.merge(n, on="upn", suffixes=("_i", "_n"))
pairs = pairs[(pairs["IPAddress_i"] != pairs["IPAddress_n"])
              & ((pairs["t_n"] - pairs["t_i"]).abs() <= pd.Timedelta(hours=4))]
lat1, lon1, lat2, lon2 = (np.radians(pairs[c].astype(float)) for c in ["Lat_i", "Lon_i", "Lat_n", "Lon_n"])
a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
pairs = pairs.assign(km=6371 * 2 * np.arcsin(np.sqrt(a)))
replay = pairs[pairs["km"] >= 500].groupby(["upn", "IPAddress_n"]).agg(first=("t_n", "min"), last=("t_n", "max"), km=("km", "max"))

secs = time.perf_counter() - t0
print(json.dumps({"tool": "pandas (same detections)", "rows": len(df), "seconds": round(secs, 3),
                  "maxRssMB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "found": {"high-volume-ratio": len(high_ratio), "legacy-auth": int(legacy["upn"].nunique()),
                            "ca-blocked": int(ca["upn"].nunique()), "password-spray": len(spray),
                            "mfa-abandoned": len(abandoned), "token-replay": len(replay)}}))
