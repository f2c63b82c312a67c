#!/usr/bin/python3
"""Reference for `gvclab-cli io --only leontief_inverse_B`: the same work with numpy (Debian python3-numpy on
OpenBLAS): read Z.csv and X.csv, form A = Z diag(x)^-1 and B = (I - A)^-1, write B with its labels as the
shortest text that reads back as the same double (repr, what np.savetxt(fmt='%r') writes), as
leontief_inverse_B.csv. Prints the time of the write alone to stderr ("write S"), so that the benchmark can set
the Java writer against numpy's on the same matrix.

usage: numpy_leontief_b.py TABLE_DIR OUT_DIR
"""
import os
import sys
import time

import numpy as np


def header(path):
    with open(path) as f:
        return f.readline().rstrip("\r\n").split(",")


def read_matrix(path):
    cols = header(path)
    data = np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(1, len(cols)), ndmin=2)
    return cols[1:], data


def main(table, out):
    labels, Z = read_matrix(os.path.join(table, "Z.csv"))
    _, X = read_matrix(os.path.join(table, "X.csv"))
    x = X[0]
    xinv = np.divide(1.0, x, out=np.zeros_like(x), where=x != 0)
    B = np.linalg.inv(np.eye(len(labels)) - Z * xinv[None, :])
    os.makedirs(out, exist_ok=True)
    t0 = time.perf_counter()
    # np.savetxt(fmt='%r') writes the same shortest text; joining reprs of Python floats is its faster equivalent,
    # and it can put the row label first
    with open(os.path.join(out, "leontief_inverse_B.csv"), "w") as f:
        f.write(",".join(["id"] + labels) + "\n")
        for label, row in zip(labels, B):
            f.write(label + "," + ",".join(map(repr, row.tolist())) + "\n")
    print(f"write {time.perf_counter() - t0:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
