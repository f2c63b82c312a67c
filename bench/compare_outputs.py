#!/usr/bin/python3
"""Compares two directories of output CSVs (same names): headers and keys equal, numbers within
1e-9 relative to each column's largest |value| (plus 1e-12). Exit status 1 on any difference.

usage: compare_outputs.py DIR_A DIR_B NAME.csv [NAME.csv ...]
"""
import csv
import math
import sys


def main(a_dir, b_dir, names):
    worst = 0.0
    for name in names:
        a = list(csv.reader(open(f"{a_dir}/{name}")))
        b = list(csv.reader(open(f"{b_dir}/{name}")))
        if a[0] != b[0] or len(a) != len(b) or [r[0] for r in a] != [r[0] for r in b]:
            print(f"{name}: headers, keys or row counts differ")
            return 1
        for c in range(1, len(a[0])):
            av = [float(r[c]) for r in a[1:]]
            bv = [float(r[c]) for r in b[1:]]
            m = max(abs(v) for v in bv) or 1.0
            for x, y in zip(av, bv):
                d = abs(x - y) / m
                worst = max(worst, d)
                if abs(x - y) > 1e-9 * m + 1e-12:
                    print(f"{name} column {a[0][c]}: {x} vs {y}")
                    return 1
    print(f"outputs agree: largest difference {worst:.2e} of the column maximum (limit 1e-9)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
