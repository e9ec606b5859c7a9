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

/* Iterative dominator sets (Cooper-Harvey-Kennedy's simple form) over
 * bitsets: dom(entry) = {entry}; dom(b) = {b} + intersection of dom(preds). */
uint64_t *cfg_dominators(const ir_func *fn) {
    uint32_t n = fn->nblocks, words = (n + 63) / 64;
    uint64_t *dom = malloc(sizeof *dom * (size_t)n * (words ? words : 1) + 8);
    if (n == 0) return dom;
    uint64_t *reach = calloc(words, sizeof *reach);
    cfg_reachable(fn, 0, reach);
    for (uint32_t b = 0; b < n; b++)
        memset(dom + (size_t)b * words, b == 0 ? 0 : 0xff, words * sizeof *dom);
    dom[0] = 1;
    uint64_t *tmp = malloc(sizeof *tmp * words);
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t b = 1; b < n; b++) {
            if (!((reach[b / 64] >> (b % 64)) & 1)) continue;
            memset(tmp, 0xff, words * sizeof *tmp);
            for (uint32_t p = 0; p < fn->blocks[b].npreds; p++) {
                uint32_t pb = fn->blocks[b].preds[p];
                if (!((reach[pb / 64] >> (pb % 64)) & 1)) continue;
                for (uint32_t w = 0; w < words; w++) tmp[w] &= dom[(size_t)pb * words + w];
            }
            tmp[b / 64] |= 1ull << (b % 64);
            if (memcmp(tmp, dom + (size_t)b * words, words * sizeof *tmp) != 0) {
                memcpy(dom + (size_t)b * words, tmp, words * sizeof *tmp);
                changed = true;
            }
        }
    }
    free(tmp); free(reach);
    return dom;
}

bool cfg_dominates(const uint64_t *dom, const ir_func *fn, uint32_t a, uint32_t b) {
    uint32_t words = (fn->nblocks + 63) / 64;
    if (a >= fn->nblocks || b >= fn->nblocks) return false;
    return (dom[(size_t)b * words + a / 64] >> (a % 64)) & 1;
}

uint32_t cfg_block_of_event(const ir_func *fn, uint32_t ev) {
    for (uint32_t k = 0; k < fn->nblocks; k++) {
        const ir_block *bk = &fn->blocks[k];
        if (ev >= bk->first_event && ev < bk->first_event + bk->nevents) return k;
    }
    return 0;
}
