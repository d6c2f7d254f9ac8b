/* The bare native loop `kabuto bench` compares the engine with: the same index arithmetic over the same ticks, and
 * nothing else (no tick policy, no session windows, no snapshots). Per tick: the new price minus the instrument's
 * current one; if it moved, every index holding the instrument adds weight x delta to its exact 128-bit sum and
 * updates its tick high and low. Input: the workload file `kabuto bench` writes (layout in docs/bench.md).
 * Build: gcc -O2 -o bare_loop bare_loop.c   Run: bare_loop WORKLOAD [RUNS]
 * Prints one line per run: ticks, wall seconds, CPU seconds, and an FNV-1a checksum of the final sums, which must
 * equal the engine's on the same ticks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef __int128 i128;

typedef struct { int64_t time; int64_t price; int32_t instrument; int32_t pad; } tick_t;
typedef struct { int64_t weight; int32_t index; int32_t pad; } slot_t;
typedef struct { i128 sum, high, low; } index_t;

static void *read_exact(FILE *f, size_t bytes) {
    void *p = malloc(bytes ? bytes : 1);
    if (!p || fread(p, 1, bytes, f) != bytes) { fprintf(stderr, "bare_loop: truncated workload file\n"); exit(2); }
    return p;
}

static double seconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: bare_loop WORKLOAD [RUNS]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 1;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    char magic[8];
    int32_t instruments, indices;
    int64_t slots, ticks;
    if (fread(magic, 1, 8, f) != 8 || memcmp(magic, "KBBARE01", 8) != 0) { fprintf(stderr, "bare_loop: not a workload file\n"); return 2; }
    if (fread(&instruments, 4, 1, f) != 1 || fread(&indices, 4, 1, f) != 1 || fread(&slots, 8, 1, f) != 1 || fread(&ticks, 8, 1, f) != 1) {
        fprintf(stderr, "bare_loop: truncated header\n"); return 2;
    }
    int64_t *base_price = read_exact(f, sizeof(int64_t) * instruments);
    int32_t *slot_start = read_exact(f, sizeof(int32_t) * (instruments + 1));
    slot_t *slot = read_exact(f, sizeof(slot_t) * slots);
    i128 *base_sum = read_exact(f, sizeof(i128) * indices);
    tick_t *tick = read_exact(f, sizeof(tick_t) * ticks);
    fclose(f);

    int64_t *price = malloc(sizeof(int64_t) * instruments);
    index_t *index = malloc(sizeof(index_t) * indices);
    const i128 max128 = (i128)(((unsigned __int128)1 << 127) - 1);
    for (int r = 0; r < runs; r++) {
        memcpy(price, base_price, sizeof(int64_t) * instruments);
        for (int x = 0; x < indices; x++) { index[x].sum = base_sum[x]; index[x].high = -max128 - 1; index[x].low = max128; }
        double wall = seconds(CLOCK_MONOTONIC), cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
        int64_t changes = 0;
        for (int64_t n = 0; n < ticks; n++) {
            int32_t i = tick[n].instrument;
            int64_t delta = tick[n].price - price[i];
            if (delta != 0) {
                price[i] = tick[n].price;
                changes++;
                for (int32_t s = slot_start[i]; s < slot_start[i + 1]; s++) {
                    index_t *x = &index[slot[s].index];
                    i128 sum = x->sum + (i128)slot[s].weight * delta;
                    x->sum = sum;
                    if (sum > x->high) x->high = sum;
                    if (sum < x->low) x->low = sum;
                }
            }
        }
        wall = seconds(CLOCK_MONOTONIC) - wall;
        cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
        uint64_t fnv = 14695981039346656037ULL;
        for (int x = 0; x < indices; x++) {
            fnv = (fnv ^ (uint64_t)index[x].sum) * 1099511628211ULL;
            fnv = (fnv ^ (uint64_t)(index[x].sum >> 64)) * 1099511628211ULL;
        }
        printf("ticks=%lld changes=%lld seconds=%.9f cpu_seconds=%.9f checksum=%016llx\n",
               (long long)ticks, (long long)changes, wall, cpu, (unsigned long long)fnv);
    }
    return 0;
}
