#!/usr/bin/python3
"""Writes the planted data sets docs/MODELS.md reports on (fixed seeds, so the figures reproduce).

    /usr/bin/python3 scripts/ml/make_synthetic_data.py OUT_DIR

- interactions.csv (user,item,rating) and items.csv (item,kind,category,level,title,tags): 2 000
  users, 300 items in 6 taste groups; 80 % of a user's items come from their own group.
- ratings.csv (user,item,rating,timestamp): 1 000 users x 400 items, 10 % observed, ratings from a
  planted rank-3 taste model plus user and item biases and noise, rounded to 1..5.
- breast_cancer.csv: scikit-learn's bundled Wisconsin breast-cancer table (label 1 = benign).
"""
import csv
import os
import random
import sys

import numpy as np
from sklearn.datasets import load_breast_cancer

out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)

random.seed(3)
groups = [("钢琴", "piano"), ("素描", "drawing"), ("编程", "python"), ("英语", "english"), ("舞蹈", "dance"),
          ("书法", "calligraphy")]
with open(os.path.join(out, "items.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["item", "kind", "category", "level", "title", "tags"])
    for i in range(300):
        zh, en = groups[i % 6]
        level = 1 + (i // 6) % 3
        w.writerow([f"i{i}", random.choice(["course", "offline_class"]), en, level, f"{zh}课程 {level}级 {i}",
                    f"{en};kids" if i % 4 == 0 else en])
with open(os.path.join(out, "interactions.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["user", "item", "rating"])
    for u in range(2000):
        g = u % 6
        n = random.randint(3, 25)
        items = set()
        while len(items) < n:
            if random.random() < 0.8:
                items.add(6 * int(50 * random.random() ** 1.5) + g)
            else:
                items.add(int(300 * random.random() ** 2))
        for i in items:
            w.writerow([f"u{u}", f"i{i}", random.randint(1, 5)])

rng = np.random.default_rng(5)
users, movies = 1000, 400
taste, profile = rng.normal(size=(users, 3)), rng.normal(size=(movies, 3))
user_bias, item_bias = 0.3 * rng.normal(size=users), 0.5 * rng.normal(size=movies)
with open(os.path.join(out, "ratings.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["user", "item", "rating", "timestamp"])
    for u in range(users):
        for i in np.nonzero(rng.random(movies) < 0.1)[0]:
            r = np.clip(np.rint(3 + user_bias[u] + item_bias[i] + 0.7 * taste[u] @ profile[i] + 0.3 * rng.normal()),
                        1, 5)
            w.writerow([f"u{u}", f"m{i}", int(r), 1700000000 + int(rng.integers(0, 1e6))])

data = load_breast_cancer()
with open(os.path.join(out, "breast_cancer.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow([n.replace(" ", "_") for n in data.feature_names] + ["label"])
    for row, y in zip(data.data, data.target):
        w.writerow([repr(float(v)) for v in row] + [int(y)])
