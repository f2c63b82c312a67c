#!/usr/bin/python3
"""Reference for the IO engine benchmark: the same work as
`gvclab-cli io --only upstreamness_downstreamness,va_in_final_demand_VBY,exports_total`
done with numpy (Debian python3-numpy on OpenBLAS): read the golden-layout CSVs, factor and solve
I - A and I - Bg, form the products, write the three CSVs.

usage: numpy_reference.py TABLE_DIR OUT_DIR
"""
import os
import sys

import numpy as np


def header(path):
    with open(path) as f:
        return f.readline().rstrip("\r\n").split(",")


def read_matrix(path):
    cols = header(path)
    data = np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(1, len(cols)), ndmin=2)
    return cols[1:], data


def write(path, key, columns, rows, values):
    with open(path, "w") as f:
        f.write(",".join([key] + list(columns)) + "\n")
        for label, row in zip(rows, values):
            f.write(label + "," + ",".join(repr(float(v)) for v in row) + "\n")


def main(table, out):
    labels, Z = read_matrix(os.path.join(table, "Z.csv"))
    regions, Y = read_matrix(os.path.join(table, "Y.csv"))
    _, X = read_matrix(os.path.join(table, "X.csv"))
    _, VA = read_matrix(os.path.join(table, "VA.csv"))
    x = X[0]
    va = VA[0]
    n = len(labels)
    g = len(regions)
    N = n // g
    xinv = np.divide(1.0, x, out=np.zeros_like(x), where=x != 0)
    A = Z * xinv[None, :]
    Bg = xinv[:, None] * Z
    I = np.eye(n)
    ones = np.ones(n)
    v = va * xinv
    IA = I - A
    downstream = np.linalg.solve(IA.T, ones)          # 1'B
    VBY = v[:, None] * np.linalg.solve(IA, Y)         # diag(v) B Y
    upstream = np.linalg.solve(I - Bg, ones)          # Gh 1
    ESR = Z.reshape(n, g, N).sum(axis=2) + Y
    for r in range(g):
        ESR[r * N:(r + 1) * N, r] = 0.0
    E = ESR.sum(axis=1)
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "upstreamness_downstreamness.csv"), "id", ["upstreamness", "downstreamness"],
          labels, np.column_stack([upstream, downstream]))
    write(os.path.join(out, "va_in_final_demand_VBY.csv"), "id", regions, labels, VBY)
    write(os.path.join(out, "exports_total.csv"), "id", ["E"], labels, E[:, None])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
