#!/usr/bin/env bash
# The single-machine scale matrix of issue 15 (docs/bench.md): `kabuto bench` on the worst-case mix for
# 4,000 x 40, 4,000 x 400 and 40,000 x 4,000 (instruments x indices), each the median of 3 runs, the bare native loop
# timed on the same ticks in the same runs. Prints one table; the JSON of every invocation stays in OUT.
# Usage: bench/scale-engine.sh [OUT]   (default OUT: a new temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d /tmp/kabuto-scale.XXXXXX)}
mkdir -p "$out"
dotnet build -c Release src/Kabuto.Cli -v q -nologo >/dev/null
kabuto=artifacts/bin/Kabuto.Cli/release/kabuto
for config in "4000 40" "4000 400" "40000 4000"; do
  read -r instruments indices <<<"$config"
  "$kabuto" bench --instruments "$instruments" --indices "$indices" --ticks "${TICKS:-3000000}" --runs 3 \
    --file-ticks 10000 --lean /nonexistent --json >"$out/bench-${instruments}x${indices}.json"
done
python3 - "$out" <<'PY'
import json, sys, pathlib
rows = [json.loads(p.read_text()) for p in sorted(pathlib.Path(sys.argv[1]).glob("bench-*.json"), key=lambda p: (len(p.name), p.name))]
print(f"{'instruments':>11} {'indices':>7} {'slots':>9} {'idx/tick':>8} {'worst M/s':>9} {'per CPU-s':>9} {'bare M/s':>8} {'bare CPU':>8} {'share':>6} {'CPU share':>9} {'C# CPU':>7} {'of C#':>6} {'C#/gcc':>6} {'sent':>10} {'series':>11} {'B/tick':>6} load")
for r in rows:
    f = lambda v: f"{v/1e6:9.1f}" if v is not None else "        -"
    print(f"{r['instruments']:>11,} {r['indices']:>7,} {r['slots']:>9,} {r['worst_case_index_updates_per_tick']:>8.2f} {f(r['worst_case_ticks_per_second'])} {f(r['worst_case_ticks_per_cpu_second'])}"
          f" {f(r.get('bare_loop_ticks_per_second'))[1:]} {f(r.get('bare_loop_ticks_per_cpu_second'))[1:]} {(r.get('worst_case_share_of_bare_loop') or 0):6.0%} {(r.get('worst_case_cpu_share_of_bare_loop') or 0):9.0%}"
          f" {f(r.get('managed_bare_loop_ticks_per_cpu_second'))[2:]} {(r.get('worst_case_cpu_share_of_managed_bare_loop') or 0):6.0%} {(r.get('managed_bare_loop_cpu_share_of_bare_loop') or 0):6.0%}"
          f" {r['worst_case_snapshots']:>10,} {r['worst_case_full_series_snapshots']:>11,} {r['worst_case_allocated_bytes_per_tick']:>6.2f} {r['load_average']}")
base = next((r for r in rows if r['instruments'] == 4000 and r['indices'] == 40), None)
many = next((r for r in rows if r['instruments'] == 4000 and r['indices'] == 400), None)
if base and many:
    print(f"4,000 x 400 / 4,000 x 40: {many['worst_case_ticks_per_second']/base['worst_case_ticks_per_second']:.2f} wall clock, "
          f"{many['worst_case_ticks_per_cpu_second']/base['worst_case_ticks_per_cpu_second']:.2f} per CPU-second")
    # A tick of the larger set updates more indices (its stocks sit in more baskets): the same ratio per index update
    # says whether an update got dearer, and the gcc loop's own ratio is the floor any per-tick loop meets.
    updates = lambda r: r['worst_case_ticks_per_cpu_second'] * r['worst_case_index_updates_per_tick']
    print(f"  per index update per CPU-second: {updates(many)/updates(base):.2f}; indices per tick "
          f"{base['worst_case_index_updates_per_tick']:.2f} -> {many['worst_case_index_updates_per_tick']:.2f}")
    if base.get('bare_loop_ticks_per_cpu_second') and many.get('bare_loop_ticks_per_cpu_second'):
        print(f"  the gcc loop's own ratio per CPU-second: {many['bare_loop_ticks_per_cpu_second']/base['bare_loop_ticks_per_cpu_second']:.2f} per tick")
print(f"machine: {rows[0]['machine']['cpu']}, {rows[0]['machine']['cores']} cores; build {rows[0]['build']}; JSON in {sys.argv[1]}")
PY
