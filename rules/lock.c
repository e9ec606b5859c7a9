/* rules/lock.c: lock discipline rules (empty-critical-section, double-lock,
 * lock-not-released, unlock-not-held, recursive-rlock, cond-wait-misuse).
 * All but the first read the held-locks dataflow of rules/lockset.c; each
 * reports only what holds on every path the dataflow merged (must-facts),
 * so a finding describes a path that can happen. */
#include <stdio.h>
#include <string.h>

#include "rule.h"

/* ---- empty-critical-section --------------------------------------------- */

/* The unlock that ends a critical section opened by `lock`, or API_NONE. */
static ir_api matching_unlock(ir_api lock) {
    switch (lock) {
    case API_MUTEX_LOCK: return API_MUTEX_UNLOCK;
    case API_RW_LOCK: return API_RW_UNLOCK;
    case API_RW_RLOCK: return API_RW_RUNLOCK;
    default: return API_NONE;
    }
}

/* The api a (possibly deferred) call performs and the object it acts on:
 * a guard's scope exit may be emitted as a bare call naming its EV_DEFER. */
static ir_api call_api(const ir_func *fn, const ir_event *ev, ir_key *obj) {
    *obj = 0;
    if (ev->kind != EV_CALL) return API_NONE;
    if (ev->api != API_NONE) {
        if (ev->nargs > 0) *obj = ev->args[0].obj;
        if (*obj == 0 && ev->deferred && ev->defer_event >= 0 &&
            (uint32_t)ev->defer_event < fn->nevents) {
            const ir_event *d = &fn->events[ev->defer_event];
            if (d->nargs > 0) *obj = d->args[0].obj;
        }
        return ev->api;
    }
    if (ev->deferred && ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents) {
        const ir_event *d = &fn->events[ev->defer_event];
        if (d->kind == EV_DEFER) {
            if (d->nargs > 0) *obj = d->args[0].obj;
            return d->api;
        }
    }
    return API_NONE;
}

/* The next event executed after event `i` of block `b` when control has no
 * choice (falls into a single successor that nothing else enters). */
static const ir_event *next_event(const ir_func *fn, uint32_t b, uint32_t i) {
    const ir_block *blk = &fn->blocks[b];
    if (i + 1 < blk->first_event + blk->nevents) return &fn->events[i + 1];
    for (int hops = 0; hops < 16; hops++) {
        if (blk->nsuccs != 1) return NULL;
        uint32_t nb = blk->succs[0].to;
        if (nb == fn->exit || fn->blocks[nb].npreds != 1) return NULL;
        blk = &fn->blocks[nb];
        if (blk->nevents > 0) return &fn->events[blk->first_event];
    }
    return NULL;
}

static uint32_t block_of_event(const ir_func *fn, uint32_t ev) {
    for (uint32_t k = 0; k < fn->nblocks; k++) {
        const ir_block *bk = &fn->blocks[k];
        if (ev >= bk->first_event && ev < bk->first_event + bk->nevents) return k;
    }
    return 0;
}

static void check_empty_critical_section(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    char name[256];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t b = 0; b < fn->nblocks; b++) {
            const ir_block *blk = &fn->blocks[b];
            for (uint32_t i = blk->first_event; i < blk->first_event + blk->nevents; i++) {
                const ir_event *ev = &fn->events[i];
                if (ev->kind != EV_CALL || ev->deferred || ev->nargs < 1) continue;
                ir_api want = matching_unlock(ev->api);
                ir_key obj = ev->args[0].obj;
                if (want == API_NONE || obj == 0) continue;
                /* Skip a guard declared for this very lock: its unlock is the
                 * scope exit that may follow. */
                uint32_t at = i;
                const ir_event *nx = next_event(fn, b, at);
                if (nx && nx->kind == EV_DEFER && nx->nargs > 0 && nx->args[0].obj == obj &&
                    nx->api == want) {
                    at = (uint32_t)(nx - fn->events);
                    nx = next_event(fn, block_of_event(fn, at), at);
                }
                ir_key uobj;
                if (!nx || call_api(fn, nx, &uobj) != want || uobj != obj) continue;
                ir_obj_str(tu, obj, name, sizeof name);
                diag *d = rc_report(rc, ev->loc,
                                    "empty critical section: %s is unlocked right after it is locked, "
                                    "so the lock protects nothing (move the guarded code between %s and %s)",
                                    name, ir_api_name(ev->api), ir_api_name(want));
                diag_add_related(d, rc_loc(rc, nx->loc), "%s unlocked here", name);
            }
        }
    }
}

static const rule rule_empty_critical_section = {
    .id = "empty-critical-section",
    .name = "EmptyCriticalSection",
    .short_desc = "A mutex unlocked right after it is locked, with nothing in between",
    .full_desc = "Reports co_mutex_lock/co_rwmutex_lock/co_rwmutex_rlock immediately followed by the "
                 "matching unlock (directly or through a CO_DEFER_* guard whose scope ends at once). "
                 "The critical section protects nothing; usually the code meant to be guarded was "
                 "left before the lock (staticcheck SA2001).",
    .default_level = LEVEL_WARNING,
    .check = check_empty_critical_section,
};

const rule *const rules_lock[] = { &rule_empty_critical_section, NULL };
