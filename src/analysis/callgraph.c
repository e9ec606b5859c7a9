/* callgraph.c: the analysis context, the TU's call graph, and where code
 * can run concurrently. Built lazily on first query, once per TU.
 * Concurrency model: a function runs concurrently unless it is the co_main
 * entry or a static helper reached only from pre-spawn points of such
 * code; within those, events after a (transitive) co_go run concurrently. */
#include <stdlib.h>
#include <string.h>

#include "analysis_internal.h"

typedef struct { uint32_t *v; uint32_t n, cap; } u32vec;
typedef struct { cg_site *v; uint32_t n, cap; } sitevec;

static void u32_push_unique(u32vec *a, uint32_t x) {
    for (uint32_t i = 0; i < a->n; i++) if (a->v[i] == x) return;
    if (a->n == a->cap) { a->cap = a->cap ? a->cap * 2 : 4; a->v = realloc(a->v, a->cap * sizeof *a->v); }
    a->v[a->n++] = x;
}
static void site_push(sitevec *a, cg_site s) {
    if (a->n == a->cap) { a->cap = a->cap ? a->cap * 2 : 4; a->v = realloc(a->v, a->cap * sizeof *a->v); }
    a->v[a->n++] = s;
}

analysis *analysis_new(ir_tu *tu) {
    analysis *an = calloc(1, sizeof *an);
    an->tu = tu;
    return an;
}

ir_tu *analysis_tu(analysis *an) { return an->tu; }

void analysis_free(analysis *an) {
    if (!an) return;
    if (an->nodes)
        for (uint32_t f = 0; f < an->tu->nfuncs; f++) {
            cg_node *n = &an->nodes[f];
            free(n->callees); free(n->callers); free(n->spawns); free(n->spawners);
        }
    free(an->nodes); free(an->bottom_up); free(an->may_spawn); free(an->prespawn_ctx);
    if (an->after_spawn)
        for (uint32_t f = 0; f < an->tu->nfuncs; f++) free(an->after_spawn[f]);
    free(an->after_spawn);
    summaries_free(an);
    free(an);
}

static bool valid_func(const ir_tu *tu, int32_t f) { return f >= 0 && (uint32_t)f < tu->nfuncs; }

/* The function an operand names, when it is a function defined here. */
static int32_t operand_func(const ir_tu *tu, const ir_operand *op) {
    return valid_func(tu, op->func) ? op->func : -1;
}

/* Iterative DFS post-order over callee (and spawn) edges from every node. */
static uint32_t post_order_calls(analysis *an, uint32_t *order, bool reverse_edges) {
    uint32_t n = an->tu->nfuncs, count = 0;
    bool *seen = calloc(n, sizeof *seen);
    uint32_t *stack = malloc(sizeof *stack * (n + 1)), *next = calloc(n, sizeof *next);
    for (uint32_t r = 0; r < n; r++) {
        if (seen[r]) continue;
        uint32_t sp = 0;
        stack[sp++] = r; seen[r] = true;
        while (sp) {
            uint32_t f = stack[sp - 1];
            cg_node *nd = &an->nodes[f];
            uint32_t deg = reverse_edges ? nd->ncallers : nd->ncallees;
            if (next[f] < deg) {
                uint32_t g = reverse_edges ? nd->callers[next[f]].func : nd->callees[next[f]];
                next[f]++;
                if (!seen[g]) { seen[g] = true; stack[sp++] = g; }
            } else {
                order[count++] = f;
                sp--;
            }
        }
    }
    free(seen); free(stack); free(next);
    return count;
}

/* Kosaraju: SCC ids over call edges (recursion groups). */
static void compute_sccs(analysis *an) {
    uint32_t n = an->tu->nfuncs;
    uint32_t *order = malloc(sizeof *order * (n + 1));
    post_order_calls(an, order, false);
    for (uint32_t f = 0; f < n; f++) an->nodes[f].scc = -1;
    uint32_t *stack = malloc(sizeof *stack * (n + 1));
    int32_t scc = 0;
    for (uint32_t i = n; i-- > 0;) {
        uint32_t r = order[i];
        if (an->nodes[r].scc >= 0) continue;
        uint32_t sp = 0;
        stack[sp++] = r; an->nodes[r].scc = scc;
        while (sp) {
            uint32_t f = stack[--sp];
            cg_node *nd = &an->nodes[f];
            for (uint32_t c = 0; c < nd->ncallers; c++) {
                uint32_t g = nd->callers[c].func;
                if (an->nodes[g].scc < 0) { an->nodes[g].scc = scc; stack[sp++] = g; }
            }
        }
        scc++;
    }
    /* bottom-up = post-order over callees (callees first) */
    an->bottom_up = order;
    an->nbottom_up = n;
    free(stack);
}

/* Events that may start a goroutine: co_go, or a call to a function that may. */
static bool event_spawns(analysis *an, const ir_event *ev) {
    if (ev->kind == EV_SPAWN) return true;
    if (ev->kind == EV_CALL && valid_func(an->tu, ev->func)) return an->may_spawn[ev->func];
    if (ev->kind == EV_CALL && ev->api == API_ONCE_DO && ev->nargs >= 2) {
        int32_t g = operand_func(an->tu, &ev->args[1]);
        return g >= 0 && an->may_spawn[g];
    }
    return false;
}

/* after_spawn[f]: bit per event, set when some spawning event precedes it on a path. */
static void compute_after_spawn(analysis *an, uint32_t f) {
    const ir_func *fn = &an->tu->funcs[f];
    uint64_t *bits = calloc((fn->nevents + 63) / 64 + 1, sizeof *bits);
    an->after_spawn[f] = bits;
    if (!an->may_spawn[f] || fn->nblocks == 0) return;
    /* blocks whose entry is reached by a path through a spawning event */
    bool *in = calloc(fn->nblocks, sizeof *in);
    bool changed = true;
    while (changed) {
        changed = false;
        for (uint32_t b = 0; b < fn->nblocks; b++) {
            const ir_block *blk = &fn->blocks[b];
            bool out = in[b];
            for (uint32_t i = 0; i < blk->nevents && !out; i++)
                if (event_spawns(an, &fn->events[blk->first_event + i])) out = true;
            if (!out) continue;
            for (uint32_t s = 0; s < blk->nsuccs; s++)
                if (!in[blk->succs[s].to]) { in[blk->succs[s].to] = true; changed = true; }
        }
    }
    for (uint32_t b = 0; b < fn->nblocks; b++) {
        const ir_block *blk = &fn->blocks[b];
        bool after = in[b];
        for (uint32_t i = 0; i < blk->nevents; i++) {
            uint32_t e = blk->first_event + i;
            if (after) bits[e / 64] |= 1ull << (e % 64);
            if (event_spawns(an, &fn->events[e])) after = true;
        }
    }
    free(in);
}

static bool after_spawn_at(analysis *an, uint32_t f, uint32_t e) {
    return (an->after_spawn[f][e / 64] >> (e % 64)) & 1;
}

static void build(analysis *an) {
    if (an->nodes) return;
    ir_tu *tu = an->tu;
    uint32_t n = tu->nfuncs;
    an->nodes = calloc(n ? n : 1, sizeof *an->nodes);
    u32vec *callees = calloc(n ? n : 1, sizeof *callees), *spawns = calloc(n ? n : 1, sizeof *spawns);
    sitevec *callers = calloc(n ? n : 1, sizeof *callers), *spawners = calloc(n ? n : 1, sizeof *spawners);
    for (uint32_t f = 0; f < n; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            cg_site site = { f, e };
            int32_t callee = -1, spawned = -1;
            uint32_t skip_arg = UINT32_MAX; /* the operand consumed as a callee */
            if (ev->kind == EV_SPAWN) {
                spawned = valid_func(tu, ev->func) ? ev->func : (ev->nargs ? operand_func(tu, &ev->args[0]) : -1);
                skip_arg = 0;
            } else if (ev->kind == EV_CALL && ev->api == API_MAIN && ev->nargs) {
                int32_t g = operand_func(tu, &ev->args[0]);
                if (g >= 0) { an->nodes[g].is_main = true; an->nodes[g].is_goroutine = true; }
                skip_arg = 0;
            } else if (ev->kind == EV_CALL && ev->api == API_ONCE_DO && ev->nargs >= 2) {
                callee = operand_func(tu, &ev->args[1]);
                skip_arg = 1;
            } else if (ev->kind == EV_CALL && valid_func(tu, ev->func)) {
                callee = ev->func;
            }
            if (callee >= 0) { u32_push_unique(&callees[f], (uint32_t)callee); site_push(&callers[callee], site); }
            if (spawned >= 0) {
                u32_push_unique(&spawns[f], (uint32_t)spawned);
                site_push(&spawners[spawned], site);
                an->nodes[spawned].is_goroutine = true;
            }
            for (uint32_t a = 0; a < ev->nargs; a++) {
                int32_t g = operand_func(tu, &ev->args[a]);
                if (g >= 0 && a != skip_arg) an->nodes[g].address_taken = true;
            }
        }
    }
    for (uint32_t f = 0; f < n; f++) {
        cg_node *nd = &an->nodes[f];
        nd->callees = callees[f].v; nd->ncallees = callees[f].n;
        nd->callers = callers[f].v; nd->ncallers = callers[f].n;
        nd->spawns = spawns[f].v; nd->nspawns = spawns[f].n;
        nd->spawners = spawners[f].v; nd->nspawners = spawners[f].n;
    }
    free(callees); free(callers); free(spawns); free(spawners);
    compute_sccs(an);

    /* may_spawn: least fixed point over call edges */
    an->may_spawn = calloc(n ? n : 1, sizeof *an->may_spawn);
    for (uint32_t f = 0; f < n; f++) an->may_spawn[f] = an->nodes[f].nspawns > 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 0; i < n; i++) {
            uint32_t f = an->bottom_up[i];
            if (an->may_spawn[f]) continue;
            for (uint32_t c = 0; c < an->nodes[f].ncallees; c++)
                if (an->may_spawn[an->nodes[f].callees[c]]) { an->may_spawn[f] = changed = true; break; }
        }
    }
    an->after_spawn = calloc(n ? n : 1, sizeof *an->after_spawn);
    for (uint32_t f = 0; f < n; f++) compute_after_spawn(an, f);

    /* prespawn_ctx: greatest fixed point. Candidates: co_main entries, and
     * static helpers that are never spawned nor used as values. */
    an->prespawn_ctx = calloc(n ? n : 1, sizeof *an->prespawn_ctx);
    for (uint32_t f = 0; f < n; f++) {
        const cg_node *nd = &an->nodes[f];
        an->prespawn_ctx[f] = nd->is_main ||
            (tu->funcs[f].is_static && !nd->is_goroutine && !nd->address_taken);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t f = 0; f < n; f++) {
            if (!an->prespawn_ctx[f] || an->nodes[f].is_main) continue;
            const cg_node *nd = &an->nodes[f];
            for (uint32_t c = 0; c < nd->ncallers; c++) {
                cg_site s = nd->callers[c];
                if (!an->prespawn_ctx[s.func] || after_spawn_at(an, s.func, s.event)) {
                    an->prespawn_ctx[f] = false; changed = true; break;
                }
            }
        }
    }
}

const cg_node *cg_node_of(analysis *an, uint32_t func) {
    build(an);
    return func < an->tu->nfuncs ? &an->nodes[func] : NULL;
}

const uint32_t *cg_bottom_up(analysis *an, uint32_t *count) {
    build(an);
    *count = an->nbottom_up;
    return an->bottom_up;
}

bool cg_may_spawn(analysis *an, uint32_t func) {
    build(an);
    return func < an->tu->nfuncs && an->may_spawn[func];
}

bool cg_may_run_concurrently(analysis *an, uint32_t func) {
    build(an);
    if (func >= an->tu->nfuncs) return true;
    return !an->prespawn_ctx[func] || an->may_spawn[func];
}

bool cg_event_pre_spawn(analysis *an, uint32_t func, uint32_t event) {
    build(an);
    if (func >= an->tu->nfuncs || event >= an->tu->funcs[func].nevents) return false;
    return an->prespawn_ctx[func] && !after_spawn_at(an, func, event);
}

bool cg_reaches(analysis *an, uint32_t from, uint32_t to) {
    build(an);
    uint32_t n = an->tu->nfuncs;
    if (from >= n || to >= n) return false;
    if (from == to) return true;
    bool *seen = calloc(n, sizeof *seen);
    uint32_t *stack = malloc(sizeof *stack * (n + 1)), sp = 0;
    bool found = false;
    stack[sp++] = from; seen[from] = true;
    while (sp && !found) {
        const cg_node *nd = &an->nodes[stack[--sp]];
        for (uint32_t c = 0; c < nd->ncallees; c++) {
            uint32_t g = nd->callees[c];
            if (g == to) { found = true; break; }
            if (!seen[g]) { seen[g] = true; stack[sp++] = g; }
        }
    }
    free(seen); free(stack);
    return found;
}
