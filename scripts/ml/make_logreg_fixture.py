#!/usr/bin/python3
"""Writes the logistic-regression known-answer fixture for tests/core/ml/tst_logisticregression.

A synthetic table (fixed seed) and the coefficients, intercept and probabilities scikit-learn's
LogisticRegression (L2, C=1, after StandardScaler) finds on it. Run with Debian's python3-sklearn:

    /usr/bin/python3 scripts/ml/make_logreg_fixture.py tests/data/ml
"""
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

out = sys.argv[1] if len(sys.argv) > 1 else "tests/data/ml"
rng = np.random.default_rng(20260302)
n = 300
x = np.column_stack([
    rng.normal(40, 12, n),          # age-like
    rng.exponential(3.0, n),        # visits
    rng.integers(0, 2, n),          # a flag
    rng.normal(0, 1, n) * 1000,     # a large-scale number
])
true_w = np.array([0.04, -0.5, 1.2, 0.0008])
logit = -1.0 + (x - x.mean(axis=0)) @ true_w
y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)

names = ["age", "visits", "member", "balance"]
with open(f"{out}/logreg_fixture.csv", "w") as f:
    f.write(",".join(names + ["label"]) + "\n")
    for row, label in zip(x, y):
        f.write(",".join(repr(float(v)) for v in row) + f",{label}\n")

scaler = StandardScaler().fit(x)
z = scaler.transform(x)
for c in (1.0, 0.1):
    model = LogisticRegression(C=c, tol=1e-12, max_iter=10000).fit(z, y)
    p = model.predict_proba(z)[:, 1]
    expected = {
        "C": c,
        "features": names,
        "coefficients": model.coef_[0].tolist(),
        "intercept": float(model.intercept_[0]),
        "first_probabilities": p[:10].tolist(),
        "auc": float(roc_auc_score(y, p)),
        "average_precision": float(average_precision_score(y, p)),
        "sklearn": __import__("sklearn").__version__,
    }
    with open(f"{out}/logreg_expected_C{c:g}.json", "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
