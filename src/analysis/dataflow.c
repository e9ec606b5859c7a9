/* dataflow.c: a generic worklist solver over one function's CFG.
 * Rules supply the lattice (flat, memcmp-comparable states), the transfer
 * of one event and an optional edge refinement; the solver visits blocks
 * in reverse post-order (forward) or post-order (backward) and iterates to
 * a fixed point. Blocks unreachable from the boundary stay "not reached". */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

struct df_result {
    const df_problem *p;   /* valid only during df_solve and df_walk_block's caller's lifetime */
    df_problem prob;       /* a copy, so walks can replay transfers */
    size_t size;
    uint32_t nblocks;
    unsigned char *in, *out;
    bool *reached;
};

static unsigned char *state_at(unsigned char *base, size_t size, uint32_t b) { return base + (size_t)b * size; }

/* Depth-first post-order from `root`, following successors (forward) or
 * predecessors (backward), iteratively so deep CFGs cannot overflow the stack. */
static uint32_t post_order(const ir_func *fn, uint32_t root, bool backward, uint32_t *order) {
    uint32_t n = fn->nblocks, count = 0, sp = 0;
    uint32_t *stack = malloc(sizeof *stack * (n + 1)), *next = calloc(n, sizeof *next);
    bool *seen = calloc(n, sizeof *seen);
    stack[sp++] = root;
    seen[root] = true;
    while (sp) {
        uint32_t b = stack[sp - 1];
        const ir_block *blk = &fn->blocks[b];
        uint32_t deg = backward ? blk->npreds : blk->nsuccs;
        if (next[b] < deg) {
            uint32_t s = backward ? blk->preds[next[b]] : blk->succs[next[b]].to;
            next[b]++;
            if (s < n && !seen[s]) { seen[s] = true; stack[sp++] = s; }
        } else {
            order[count++] = b;
            sp--;
        }
    }
    free(stack); free(next); free(seen);
    return count;
}

static void apply_block(const df_problem *p, const ir_func *fn, const ir_block *blk, void *state) {
    if (!p->transfer) return;
    if (p->backward)
        for (uint32_t i = blk->nevents; i-- > 0;)
            p->transfer(state, fn, &fn->events[blk->first_event + i], p->ctx);
    else
        for (uint32_t i = 0; i < blk->nevents; i++)
            p->transfer(state, fn, &fn->events[blk->first_event + i], p->ctx);
}

/* Forward: joins the out-states of b's predecessors along their edges to b. */
static bool gather_forward(df_result *r, const ir_func *fn, uint32_t b, unsigned char *acc, unsigned char *tmp) {
    const df_problem *p = &r->prob;
    bool any = false;
    p->init_bottom(acc, p->ctx);
    const ir_block *blk = &fn->blocks[b];
    for (uint32_t i = 0; i < blk->npreds; i++) {
        uint32_t pb = blk->preds[i];
        if (!r->reached[pb]) continue;
        const ir_block *pred = &fn->blocks[pb];
        for (uint32_t e = 0; e < pred->nsuccs; e++) {
            if (pred->succs[e].to != b) continue;
            memcpy(tmp, state_at(r->out, r->size, pb), r->size);
            if (p->edge && !p->edge(tmp, fn, pred, &pred->succs[e], p->ctx)) continue;
            p->join(acc, tmp, p->ctx);
            any = true;
        }
        /* a block listed twice in preds (two edges) is handled once per listing;
           the duplicate join is idempotent */
    }
    return any;
}

/* Backward: joins the states before b's successors' first events. */
static bool gather_backward(df_result *r, const ir_func *fn, uint32_t b, unsigned char *acc, unsigned char *tmp) {
    const df_problem *p = &r->prob;
    bool any = false;
    p->init_bottom(acc, p->ctx);
    const ir_block *blk = &fn->blocks[b];
    for (uint32_t e = 0; e < blk->nsuccs; e++) {
        uint32_t s = blk->succs[e].to;
        if (!r->reached[s]) continue;
        memcpy(tmp, state_at(r->out, r->size, s), r->size);
        if (p->edge && !p->edge(tmp, fn, blk, &blk->succs[e], p->ctx)) continue;
        p->join(acc, tmp, p->ctx);
        any = true;
    }
    return any;
}

df_result *df_solve(const ir_func *fn, const df_problem *p) {
    df_result *r = calloc(1, sizeof *r);
    uint32_t n = fn->nblocks;
    r->prob = *p;
    r->size = p->state_size ? p->state_size : 1;
    r->nblocks = n;
    r->in = calloc(n ? n : 1, r->size);
    r->out = calloc(n ? n : 1, r->size);
    r->reached = calloc(n ? n : 1, sizeof *r->reached);
    if (n == 0) return r;

    uint32_t root = p->backward ? fn->exit : 0;
    uint32_t *order = malloc(sizeof *order * n);
    uint32_t norder = post_order(fn, root, p->backward, order);
    /* reverse post-order: process in order[norder-1] .. order[0] */
    for (uint32_t b = 0; b < n; b++) {
        p->init_bottom(state_at(r->in, r->size, b), p->ctx);
        p->init_bottom(state_at(r->out, r->size, b), p->ctx);
    }
    unsigned char *acc = malloc(r->size), *tmp = malloc(r->size), *old = malloc(r->size);
    bool *queued = calloc(n, sizeof *queued);
    uint32_t *work = malloc(sizeof *work * (n + 1));
    uint32_t *rpo_index = malloc(sizeof *rpo_index * n);
    for (uint32_t i = 0; i < n; i++) rpo_index[i] = UINT32_MAX;
    for (uint32_t i = 0; i < norder; i++) rpo_index[order[norder - 1 - i]] = i;

    /* Round-robin over the RPO with a dirty flag per block: simple and,
     * for reducible CFGs, converges in loop-depth + 2 passes. */
    for (uint32_t i = 0; i < norder; i++) queued[order[i]] = true;
    bool changed = true;
    unsigned passes = 0;
    while (changed && passes < 10000) {
        changed = false;
        passes++;
        for (uint32_t i = 0; i < norder; i++) {
            uint32_t b = order[norder - 1 - i];
            if (!queued[b]) continue;
            queued[b] = false;
            bool live = p->backward ? gather_backward(r, fn, b, acc, tmp) : gather_forward(r, fn, b, acc, tmp);
            if (b == root) { /* the boundary, joined with any back edges into it */
                p->init_boundary(tmp, p->ctx);
                p->join(acc, tmp, p->ctx);
                live = true;
            }
            if (!live) continue;
            bool first = !r->reached[b];
            r->reached[b] = true;
            memcpy(state_at(r->in, r->size, b), acc, r->size);
            memcpy(old, state_at(r->out, r->size, b), r->size);
            apply_block(p, fn, &fn->blocks[b], acc);
            if (first || memcmp(old, acc, r->size) != 0) {
                memcpy(state_at(r->out, r->size, b), acc, r->size);
                const ir_block *blk = &fn->blocks[b];
                uint32_t deg = p->backward ? blk->npreds : blk->nsuccs;
                for (uint32_t e = 0; e < deg; e++) {
                    uint32_t s = p->backward ? blk->preds[e] : blk->succs[e].to;
                    if (s < n && rpo_index[s] != UINT32_MAX) { queued[s] = true; changed = true; }
                }
            }
        }
    }
    free(acc); free(tmp); free(old); free(queued); free(work); free(rpo_index); free(order);
    return r;
}

void df_free(df_result *r) {
    if (!r) return;
    free(r->in); free(r->out); free(r->reached); free(r);
}

const void *df_in(const df_result *r, uint32_t b) { return b < r->nblocks ? r->in + (size_t)b * r->size : NULL; }
const void *df_out(const df_result *r, uint32_t b) { return b < r->nblocks ? r->out + (size_t)b * r->size : NULL; }
bool df_reached(const df_result *r, uint32_t b) { return b < r->nblocks && r->reached[b]; }

void df_walk_block(const df_result *r, const ir_func *fn, uint32_t block,
                   void (*visit)(const void *state, const ir_event *ev, uint32_t index, void *ud), void *ud) {
    if (block >= r->nblocks || !r->reached[block] || r->prob.backward) return;
    unsigned char *st = malloc(r->size);
    memcpy(st, r->in + (size_t)block * r->size, r->size);
    const ir_block *blk = &fn->blocks[block];
    for (uint32_t i = 0; i < blk->nevents; i++) {
        uint32_t idx = blk->first_event + i;
        visit(st, &fn->events[idx], idx, ud);
        if (r->prob.transfer) r->prob.transfer(st, fn, &fn->events[idx], r->prob.ctx);
    }
    free(st);
}
