"""The softmax-regression epoch of `./shellbook bench` in numpy (float64, float32) and torch (float32), for the
side-by-side ratios in the README: 60,000x784 Fashion-MNIST scaled by 1/255, 10 classes, batch 256, lr 0.1, rows
shuffled every epoch, W ~ N(0, 0.01^2). Per batch: Z = Xb W + b, E = (softmax(Z) - Y) / n, W -= lr Xb^T E,
b -= lr 1^T E. Prints 'peer softmax_<backend> <ms>' (median of 5 after 2 warm-up epochs), or
'peer softmax_<backend> missing <why>' for a library that is not installed.
`./shellbook bench` runs it (from the jar) after its own table; by hand, from the project's top folder, with
Debian's python3 (apt-get install python3-numpy python3-torch libopenblas0-pthread):
  /usr/bin/python3 src/main/resources/dev/shellbook/bench/softmax_peers.py [data/fashion-mnist]"""
import gzip, sys, time

try:
    import numpy as np
except ImportError as e:
    print(f"peer softmax_numpy_float64 missing {e}", flush=True)
    print(f"peer softmax_numpy_float32 missing {e}", flush=True)
    print(f"peer softmax_torch_float32 missing {e}", flush=True)
    sys.exit(0)


def idx(path):
    b = gzip.open(path).read()
    dims = [int.from_bytes(b[4 + 4 * i:8 + 4 * i], "big") for i in range(b[3])]
    return np.frombuffer(b, np.uint8, offset=4 + 4 * len(dims)).reshape(dims)


d = sys.argv[1] if len(sys.argv) > 1 else "data/fashion-mnist"
X64 = idx(f"{d}/train-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float64) / 255.0
y = idx(f"{d}/train-labels-idx1-ubyte.gz").astype(np.int64)
BATCH, LR, RUNS, WARMUP = 256, 0.1, 5, 2


def numpy_epoch(X, Y, W, b, order):
    for s in range(0, len(X), BATCH):
        rows = order[s:s + BATCH]
        xb = X[rows]
        z = xb @ W + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        e = (p - Y[rows]) / len(rows)
        W -= LR * (xb.T @ e)
        b -= LR * e.sum(axis=0)


def run_numpy(dtype):
    X = X64.astype(dtype)
    Y = np.eye(10, dtype=dtype)[y]
    rng = np.random.default_rng(42)
    W = (rng.normal(0, 0.01, (784, 10))).astype(dtype)
    b = np.zeros(10, dtype=dtype)
    ts = []
    for _ in range(WARMUP + RUNS):
        order = rng.permutation(len(X))
        t0 = time.perf_counter()
        numpy_epoch(X, Y, W, b, order)
        ts.append(time.perf_counter() - t0)
    print(f"peer softmax_numpy_{np.dtype(dtype).name} {np.median(ts[WARMUP:]) * 1000:.1f}", flush=True)


def run_torch():
    try:
        import torch
    except ImportError as e:
        print(f"peer softmax_torch_float32 missing {e}", flush=True)
        return
    X = torch.from_numpy(X64.astype(np.float32))
    Y = torch.from_numpy(np.eye(10, dtype=np.float32)[y])
    g = torch.Generator().manual_seed(42)
    W = torch.randn(784, 10, generator=g) * 0.01
    b = torch.zeros(10)
    ts = []
    with torch.no_grad():
        for _ in range(WARMUP + RUNS):
            order = torch.randperm(len(X), generator=g)
            t0 = time.perf_counter()
            for s in range(0, len(X), BATCH):
                rows = order[s:s + BATCH]
                xb = X[rows]
                e = (torch.softmax(xb @ W + b, 1) - Y[rows]) / len(rows)
                W -= LR * (xb.t() @ e)
                b -= LR * e.sum(0)
            ts.append(time.perf_counter() - t0)
    print(f"peer softmax_torch_float32 {np.median(ts[WARMUP:]) * 1000:.1f}", flush=True)


run_numpy(np.float64)
run_numpy(np.float32)
run_torch()
