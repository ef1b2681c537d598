#!/usr/bin/python3
"""Side by side: scikit-learn's LogisticRegression and `trainingdesk-cli model-eval` on the same CSVs.

Both do the same thing: stratified k-fold (different shuffles, so AUCs differ in the third decimal),
numeric columns standardised, text one-hot, missing numbers imputed with the training mean plus an
indicator, L2 with C=1. Prints each mean AUC and the ratio of the fitting times (ours / scikit-learn's;
below 1 means we are faster).

    /usr/bin/python3 scripts/ml/compare_sklearn.py BUILD_DIR/app/trainingdesk-cli LABEL FILE.csv [...]
Without files, it writes two synthetic tables to a temporary folder and compares on those.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

MISSING = {"", "na", "n/a", "nan", "null", "?"}


def read_table(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return [h.strip() for h in rows[0]], rows[1:]


def encode(header, rows, columns, train):
    """The same encoding as model-eval, learned on the training rows only."""
    blocks_train, blocks_all = [], []
    for c in columns:
        cells = [r[c].strip() for r in rows]
        missing = np.array([v.lower() in MISSING for v in cells])
        try:
            values = np.array([0.0 if m else float(v) for v, m in zip(cells, missing)])
            mean = values[train][~missing[train]].mean() if (~missing[train]).any() else 0.0
            values[missing] = mean
            block = [values]
            if missing[train].any():
                block.append(missing.astype(float))
        except ValueError:
            cats = sorted({"(missing)" if m else v for v, m in zip(np.array(cells)[train], missing[train])})
            block = [np.array([(("(missing)" if m else v) == cat) for v, m in zip(cells, missing)], float)
                     for cat in cats]
        blocks_all.extend(block)
    return np.column_stack(blocks_all)


def sklearn_eval(path, label, folds=5, seed=42):
    header, rows = read_table(path)
    lc = [h.lower() for h in header].index(label.lower())
    values = sorted({r[lc].strip() for r in rows})
    positive = next((v for v in values if v.lower() in ("1", "true", "yes")), values[-1])
    y = np.array([r[lc].strip() == positive for r in rows], int)
    columns = [c for c in range(len(header)) if c != lc]
    aucs, seconds = [], 0.0
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
        x = encode(header, rows, columns, train)
        start = time.perf_counter()
        scaler = StandardScaler().fit(x[train])
        model = LogisticRegression(C=1.0, max_iter=1000).fit(scaler.transform(x[train]), y[train])
        seconds += time.perf_counter() - start
        aucs.append(roc_auc_score(y[test], model.predict_proba(scaler.transform(x[test]))[:, 1]))
    return float(np.mean(aucs)), seconds


def ours_eval(cli, path, label, folds=5, seed=42):
    out = subprocess.run([cli, "model-eval", "--csv", path, "--label", label, "--folds", str(folds),
                          "--seed", str(seed), "--json"], check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    return report["auc"], report["train_seconds"]


def synthetic(folder):
    rng = np.random.default_rng(1)
    files = []
    for name, n in (("synthetic_10k.csv", 10000), ("synthetic_100k.csv", 100000)):
        x = rng.normal(size=(n, 20))
        plan = rng.choice(["basic", "plus", "premium"], n)
        logit = x[:, :5] @ np.array([1.0, -0.8, 0.6, 0.4, -0.3]) + (plan == "premium") * 0.7
        y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
        gap = rng.random(n) < 0.05
        path = os.path.join(folder, name)
        with open(path, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow([f"f{j}" for j in range(20)] + ["plan", "label"])
            for k in range(n):
                cells = [repr(float(v)) for v in x[k]]
                if gap[k]:
                    cells[3] = ""
                w.writerow(cells + [plan[k], int(y[k])])
        files.append(path)
    return files


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    label = sys.argv[2] if len(sys.argv) > 2 else "label"
    with tempfile.TemporaryDirectory() as folder:
        files = sys.argv[3:] or synthetic(folder)
        print(f"{'file':28} {'sklearn AUC':>12} {'ours AUC':>10} {'sklearn s':>10} {'ours s':>8} {'time ratio':>10}")
        for path in files:
            s_auc, s_time = sklearn_eval(path, label)
            o_auc, o_time = ours_eval(cli, path, label)
            print(f"{os.path.basename(path):28} {s_auc:12.4f} {o_auc:10.4f} {s_time:10.3f} {o_time:8.3f} "
                  f"{o_time / s_time:10.2f}")


if __name__ == "__main__":
    main()
