/* paths.c: CFG path queries used to explain findings (shortest path from a
 * creation to a losing return) and reachability sets. BFS, iterative. */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

uint32_t cfg_find_path(const ir_func *fn, uint32_t from, uint32_t to,
                       bool (*avoid)(const ir_func *fn, uint32_t block, void *ud), void *ud,
                       uint32_t *out, uint32_t max) {
    uint32_t n = fn->nblocks;
    if (from >= n || to >= n || max == 0) return 0;
    if (from != to && avoid && avoid(fn, from, ud)) return 0;
    int32_t *prev = malloc(sizeof *prev * n);
    uint32_t *queue = malloc(sizeof *queue * n);
    for (uint32_t i = 0; i < n; i++) prev[i] = -2;
    uint32_t head = 0, tail = 0;
    prev[from] = -1;
    queue[tail++] = from;
    bool found = from == to;
    while (head < tail && !found) {
        uint32_t b = queue[head++];
        for (uint32_t s = 0; s < fn->blocks[b].nsuccs; s++) {
            uint32_t t = fn->blocks[b].succs[s].to;
            if (t >= n || prev[t] != -2) continue;
            if (t != to && avoid && avoid(fn, t, ud)) continue;
            prev[t] = (int32_t)b;
            if (t == to) { found = true; break; }
            queue[tail++] = t;
        }
    }
    uint32_t len = 0;
    if (found) { /* walk back from `to`, then keep the first `max` blocks in order */
        uint32_t total = 0;
        for (int32_t b = (int32_t)to; b >= 0; b = prev[b]) queue[total++] = (uint32_t)b;
        len = total < max ? total : max;
        for (uint32_t i = 0; i < len; i++) out[i] = queue[total - 1 - i];
    }
    free(prev); free(queue);
    return len;
}

void cfg_reachable(const ir_func *fn, uint32_t from, uint64_t *out_bits) {
    uint32_t n = fn->nblocks;
    memset(out_bits, 0, ((n + 63) / 64) * sizeof *out_bits);
    if (from >= n) return;
    uint32_t *stack = malloc(sizeof *stack * (n + 1)), sp = 0;
    stack[sp++] = from;
    out_bits[from / 64] |= 1ull << (from % 64);
    while (sp) {
        uint32_t b = stack[--sp];
        for (uint32_t s = 0; s < fn->blocks[b].nsuccs; s++) {
            uint32_t t = fn->blocks[b].succs[s].to;
            if (t < n && !((out_bits[t / 64] >> (t % 64)) & 1)) {
                out_bits[t / 64] |= 1ull << (t % 64);
                stack[sp++] = t;
            }
        }
    }
    free(stack);
}
