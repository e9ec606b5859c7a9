/* rules/lock.c: lock discipline rules (empty-critical-section, double-lock,
 * lock-not-released, unlock-not-held, recursive-rlock, cond-wait-misuse)
 * on the held-locks analysis of rules/lockset.h (rules/lockset.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lockset.h"

/* ======================================================================== *
 * The rules                                                                 *
 * ======================================================================== */

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

static bool key_has_index(const ir_tu *tu, ir_key k) {
    for (; k; k = tu->keys[k].parent)
        if (tu->keys[k].kind == KEY_INDEX) return true;
    return false;
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
                    nx = next_event(fn, cfg_block_of_event(fn, at), at);
                }
                /* `co_mutex_unlock(j->mu)` first reads the pointer j->mu */
                while (nx && nx->kind == EV_READ && nx->key && nx->key == ev->args[0].value) {
                    uint32_t ni = (uint32_t)(nx - fn->events);
                    nx = next_event(fn, cfg_block_of_event(fn, ni), ni);
                }
                ir_key uobj;
                if (!nx || ls_call_api(fn, nx, &uobj) != want || uobj != obj) continue;
                /* locks[i] and locks[j] share a key: require the same spelling */
                if (key_has_index(tu, obj) && !(nx->nargs > 0 && ev->args[0].text && nx->args[0].text &&
                                                strcmp(ev->args[0].text, nx->args[0].text) == 0))
                    continue;
                ls_name(tu, obj, true, name, sizeof name);
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


static const char *obj_name(const ir_tu *tu, ir_key k, char *buf, size_t len) {
    return ls_name(tu, k, true, buf, len);
}

static uint32_t line_of_site(const ls_fn *lf, const ls_state *st, int slot) {
    ir_loc l;
    return ls_site_loc(lf, st, slot, &l) ? l.line : 0;
}

/* " (locked at line N)" or "" */
static const char *site_note(const ls_fn *lf, const ls_state *st, int slot, const char *verb, char *buf, size_t len) {
    uint32_t line = line_of_site(lf, st, slot);
    if (line) snprintf(buf, len, " (%s at line %u)", verb, line);
    else if (len) buf[0] = 0;
    return buf;
}

static void relate_site(rule_ctx *rc, diag *d, const ls_fn *lf, const ls_state *st, int slot, const char *what,
                        const char *name) {
    ir_loc l;
    if (d && ls_site_loc(lf, st, slot, &l)) diag_add_related(d, rc_loc(rc, l), "%s %s here", name, what);
}

/* Runs `visit` over every function of the TU with its solved lock states. */
static void for_each_function(rule_ctx *rc, void (*visit)(ls_fn *, const ls_state *, const ir_event *, uint32_t, void *)) {
    ls_ctx *cx = ls_ctx_new(rc);
    for (uint32_t f = 0; f < rc_tu(rc)->nfuncs; f++) {
        ls_fn *lf = ls_fn_solve(cx, f);
        void *ud[2] = { rc, cx };
        ls_fn_walk(lf, visit, ud);
        ls_fn_free(lf);
    }
    ls_ctx_free(cx);
}

/* A slot whose key may stand for several objects gives no must-facts. */
static int unambiguous(const ls_fn *lf, int s) {
    return s >= 0 && ls_slot_ambiguous(ls_slot_at(lf, (uint32_t)s)) ? -1 : s;
}

/* ---- double-lock and recursive-rlock ------------------------------------ */
typedef enum { WANT_DOUBLE, WANT_RECURSIVE } relock_kind;

static void relock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv,
                         relock_kind want) {
    void **ud = udv;
    rule_ctx *rc = ud[0];
    ls_ctx *cx = ud[1];
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = ls_fn_func(lf);
    char name[256], note[64];
    if (ev->kind != EV_CALL || ev->deferred) return;
    if (ev->api != API_NONE) {
        ir_key obj;
        ir_api api = ls_call_api(fn, ev, &obj);
        int w = unambiguous(lf, ls_slot_find(lf, obj, LS_W)), r1 = unambiguous(lf, ls_slot_find(lf, obj, LS_R1));
        obj_name(tu, obj, name, sizeof name);
        diag *d = NULL;
        if (want == WANT_DOUBLE && (api == API_MUTEX_LOCK || api == API_RW_LOCK) && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "%s is locked again while already held%s: mutexes are not recursive, so this "
                          "goroutine blocks on itself forever",
                          name, site_note(lf, st, w, "locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "first locked", name);
        } else if (want == WANT_DOUBLE && api == API_RW_LOCK && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "co_rwmutex_lock write-locks %s while holding its read lock%s: the writer waits "
                          "for all readers, itself included, forever",
                          name, site_note(lf, st, r1, "read-locked", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "read-locked", name);
        } else if (want == WANT_DOUBLE && api == API_RW_RLOCK && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "co_rwmutex_rlock read-locks %s while already holding its write lock%s: the "
                          "reader waits for the writer, itself, forever",
                          name, site_note(lf, st, w, "write-locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "write-locked", name);
        } else if (want == WANT_RECURSIVE && api == API_RW_RLOCK && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "%s is read-locked again while this goroutine already holds a read lock%s: if a "
                          "writer starts waiting in between, this read lock waits for the writer and the "
                          "writer for the first read lock (deadlock)",
                          name, site_note(lf, st, r1, "taken", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "first read-locked", name);
        }
        return;
    }
    if (ev->func < 0) return;
    uint32_t nacq;
    const ls_acq *acq = ls_acquisitions(cx, (uint32_t)ev->func, &nacq);
    const char *callee = tu->funcs[ev->func].name;
    for (uint32_t i = 0; i < nacq; i++) {
        if (!acq[i].must) continue;
        ir_key k = ls_map_key(analysis_tu(rc_analysis(rc)), ev, acq[i].key);
        if (!k) continue;
        int w = unambiguous(lf, ls_slot_find(lf, k, LS_W)), r1 = unambiguous(lf, ls_slot_find(lf, k, LS_R1));
        obj_name(tu, k, name, sizeof name);
        diag *d = NULL;
        if (want == WANT_DOUBLE && !acq[i].read && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "%s() locks %s, which is already held here%s: mutexes are not recursive, so this "
                          "goroutine blocks on itself forever",
                          callee, name, site_note(lf, st, w, "locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "locked", name);
        } else if (want == WANT_DOUBLE && !acq[i].read && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "%s() write-locks %s while its read lock is held here%s: the writer waits for "
                          "this reader forever",
                          callee, name, site_note(lf, st, r1, "read-locked", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "read-locked", name);
        } else if (want == WANT_DOUBLE && acq[i].read && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "%s() read-locks %s, which is write-locked here%s: it waits for this writer forever",
                          callee, name, site_note(lf, st, w, "locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "write-locked", name);
        } else if (want == WANT_RECURSIVE && acq[i].read && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "%s() read-locks %s again while this goroutine already holds a read lock%s: if a "
                          "writer starts waiting in between, both block forever",
                          callee, name, site_note(lf, st, r1, "taken", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "first read-locked", name);
        }
        if (d) diag_add_related(d, rc_loc(rc, acq[i].loc), "%s %s here, inside %s()", name,
                                acq[i].read ? "read-locked" : "locked", acq[i].via ? acq[i].via : callee);
    }
    (void)index;
}

static void double_lock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    relock_visit(lf, st, ev, index, ud, WANT_DOUBLE);
}
static void recursive_rlock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    relock_visit(lf, st, ev, index, ud, WANT_RECURSIVE);
}
static void check_double_lock(rule_ctx *rc) { for_each_function(rc, double_lock_visit); }
static void check_recursive_rlock(rule_ctx *rc) { for_each_function(rc, recursive_rlock_visit); }

/* ---- unlock-not-held ------------------------------------------------------ */
static void unlock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    void **ud = udv;
    rule_ctx *rc = ud[0];
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = ls_fn_func(lf);
    char name[256], why[160], guard[96];
    ir_key obj;
    ir_api api = ls_call_api(fn, ev, &obj);
    if (api != API_MUTEX_UNLOCK && api != API_RW_UNLOCK && api != API_RW_RUNLOCK) return;
    int w = unambiguous(lf, ls_slot_find(lf, obj, LS_W)), r1 = unambiguous(lf, ls_slot_find(lf, obj, LS_R1));
    int s = api == API_RW_RUNLOCK ? r1 : w;
    if (!ls_must_free(st, s)) return;
    obj_name(tu, obj, name, sizeof name);
    ir_loc rel;
    bool has_rel = ls_release_loc(lf, st, s, &rel);
    if (has_rel) snprintf(why, sizeof why, "it was already released at line %u", rel.line);
    else snprintf(why, sizeof why, "on every path here it was already released or never locked by this goroutine");
    guard[0] = 0;
    if (ev->deferred && ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents)
        snprintf(guard, sizeof guard, " (the guard declared at line %u runs this unlock as the scope is left)",
                 fn->events[ev->defer_event].loc.line);
    diag *d;
    if (api == API_RW_UNLOCK && ls_must_held(st, r1))
        d = rc_report(rc, ev->loc,
                      "unlock of %s, which is not held here%s: the goroutine holds only its read lock (use "
                      "co_rwmutex_runlock)",
                      name, guard);
    else if (api == API_RW_RUNLOCK && ls_must_held(st, w))
        d = rc_report(rc, ev->loc,
                      "unlock of %s, which is not held here%s: the goroutine holds its write lock, not a read "
                      "lock (use co_rwmutex_unlock)",
                      name, guard);
    else
        d = rc_report(rc, ev->loc,
                      "unlock of %s, which is not held here%s: %s; unlocking an unlocked mutex panics, and if "
                      "another goroutine holds it, this releases that goroutine's critical section",
                      name, guard, why);
    if (has_rel) diag_add_related(d, rc_loc(rc, rel), "%s released here", name);
    if (guard[0]) diag_add_related(d, rc_loc(rc, fn->events[ev->defer_event].loc), "guard declared here");
    (void)index;
}
static void check_unlock_not_held(rule_ctx *rc) { for_each_function(rc, unlock_visit); }

/* ---- cond-wait-misuse ------------------------------------------------------ */
static void cond_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    void **ud = udv;
    rule_ctx *rc = ud[0];
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = ls_fn_func(lf);
    if (ev->kind != EV_CALL || ev->api != API_COND_WAIT || ev->nargs < 2) return;
    char cv[256], mu[256];
    obj_name(tu, ev->args[0].obj, cv, sizeof cv);
    obj_name(tu, ev->args[1].obj, mu, sizeof mu);
    int w = unambiguous(lf, ls_slot_find(lf, ev->args[1].obj, LS_W));
    if (ls_must_free(st, w)) {
        rc_report(rc, ev->loc,
                  "co_cond_wait on %s without holding %s: the wait releases %s, which is not held on any path "
                  "here (an unlock of an unlocked mutex), and a signal sent between the check and the wait "
                  "is lost; lock %s before checking the condition",
                  cv, mu, mu, mu);
    }
    if (!cfg_in_loop(fn, cfg_block_of_event(fn, index))) {
        rc_report(rc, ev->loc,
                  "co_cond_wait on %s is not in a loop that re-checks the condition: it may wake spuriously "
                  "or after another waiter consumed the condition; use while (!condition) co_cond_wait(...)",
                  cv);
    }
}
static void check_cond_wait_misuse(rule_ctx *rc) { for_each_function(rc, cond_visit); }

/* ---- lock-not-released ------------------------------------------------------ */
typedef struct held_path_ud { const ls_fn *lf; int slot; } held_path_ud;

static bool avoid_released(const ir_func *fn, uint32_t block, void *udv) {
    (void)fn;
    held_path_ud *u = udv;
    const ls_state *st = ls_block_out(u->lf, block);
    return !st || !(st->v[u->slot] & LS_HELD);
}

static bool fn_acquires(const ls_fn *lf, ir_key key) {
    const ir_func *fn = ls_fn_func(lf);
    for (uint32_t a = 0; a < fn->nannots; a++) {
        if (fn->annots[a].kind != ANN_ACQUIRES) continue;
        if (fn->annots[a].key == key) return true;
        if (!fn->annots[a].key) return true; /* unresolved: trust the annotation */
    }
    return false;
}

static ir_loc return_loc(const ir_func *fn, uint32_t block, uint32_t *line_out) {
    const ir_block *b = &fn->blocks[block];
    for (uint32_t i = b->nevents; i-- > 0;) {
        const ir_event *ev = &fn->events[b->first_event + i];
        if (ev->kind == EV_RETURN) { *line_out = ev->loc.line; return ev->loc; }
    }
    *line_out = 0;
    return fn->end_loc;
}

/* Marks the lock events that take a lock already held (double-lock's
 * findings): what follows them is not a leak of their own. */
static void relock_mark_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    bool *relock = ud;
    ir_key obj;
    ir_api api = ls_call_api(ls_fn_func(lf), ev, &obj);
    if (api == API_MUTEX_LOCK || api == API_RW_LOCK) relock[index] = ls_must_held(st, ls_slot_find(lf, obj, LS_W));
}

static void check_lock_not_released(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    ls_ctx *cx = ls_ctx_new(rc);
    char name[256];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn->nblocks) continue;
        ls_fn *lf = ls_fn_solve(cx, f);
        const ls_state *xs = ls_block_out(lf, fn->exit);
        const cg_node *nd = cg_node_of(an, f);
        if (!xs) { ls_fn_free(lf); continue; }
        bool *relock = calloc(fn->nevents + 1, sizeof *relock);
        ls_fn_walk(lf, relock_mark_visit, relock);
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            ir_key obj;
            ir_api api = ls_call_api(fn, ev, &obj);
            if (ev->deferred || relock[e]) continue;
            ls_mode mode;
            switch (api) {
            case API_MUTEX_LOCK: case API_RW_LOCK: case API_MUTEX_TRYLOCK: case API_RW_TRYLOCK: mode = LS_W; break;
            case API_RW_RLOCK: case API_RW_TRYRLOCK: mode = LS_R1; break;
            default: continue;
            }
            int s = ls_slot_find(lf, obj, mode);
            if (s < 0 || !(xs->v[s] & LS_HELD) || !(xs->acquired & (1ull << s))) continue;
            if (ls_slot_at(lf, (uint32_t)s)->reassigned) continue;
            if (fn_acquires(lf, obj)) continue;
            /* A helper that returns holding the lock on every path: its
             * callers are checked instead. */
            if (nd && (nd->ncallers > 0 || (nd->address_taken && !nd->is_goroutine)) && xs->v[s] == LS_HELD) continue;
            uint32_t bl = cfg_block_of_event(fn, e);
            if (!ls_reached(lf, bl)) continue;
            const ir_block *exitb = &fn->blocks[fn->exit];
            for (uint32_t p = 0; p < exitb->npreds; p++) {
                uint32_t rb = exitb->preds[p];
                const ls_state *rs = ls_block_out(lf, rb);
                if (!rs || !(rs->v[s] & LS_HELD) || !(rs->acquired & (1ull << s))) continue;
                if (!ls_fn_dominates(lf, bl, rb)) continue;
                uint32_t path[64];
                held_path_ud hu = { lf, s };
                uint32_t np = cfg_find_path(fn, bl, rb, avoid_released, &hu, path, 64);
                if (np == 0) continue;
                uint32_t rline;
                ir_loc rl = return_loc(fn, rb, &rline);
                obj_name(tu, obj, name, sizeof name);
                diag *d;
                if (rline)
                    d = rc_report(rc, ev->loc,
                                  "%s is not released on the path to the return at line %u: no unlock, guard "
                                  "or releasing helper on that path, so the next goroutine to lock %s waits "
                                  "forever",
                                  name, rline, name);
                else
                    d = rc_report(rc, ev->loc,
                                  "%s is not released on the path to the end of %s(): no unlock, guard or "
                                  "releasing helper on that path, so the next goroutine to lock %s waits "
                                  "forever",
                                  name, fn->name, name);
                diag_add_related(d, rc_loc(rc, rl), "returns here still holding %s", name);
                diag_add_step(d, rc_loc(rc, ev->loc), "%s locked here", name);
                for (uint32_t i = 1; i + 1 < np && i < 8; i++)
                    if (fn->blocks[path[i]].loc.line)
                        diag_add_step(d, rc_loc(rc, fn->blocks[path[i]].loc), "still holding %s", name);
                diag_add_step(d, rc_loc(rc, rl), "returns without releasing %s", name);
                break;
            }
        }
        free(relock);
        ls_fn_free(lf);
    }
    ls_ctx_free(cx);
}

static const rule rule_double_lock = {
    .id = "double-lock",
    .name = "DoubleLock",
    .short_desc = "A mutex locked again by the goroutine that already holds it",
    .full_desc = "Reports a lock of a mutex that is held on every path reaching it, directly or through a "
                 "callee that locks it, a read lock under the same lock's write lock, and a write lock under "
                 "its read lock. Mutexes are not recursive: the goroutine blocks on itself forever.",
    .default_level = LEVEL_ERROR,
    .check = check_double_lock,
};

static const rule rule_lock_not_released = {
    .id = "lock-not-released",
    .name = "LockNotReleased",
    .short_desc = "A path from a lock to a return without the unlock",
    .full_desc = "Reports a lock (or successful trylock) from which a path reaches a return of the function "
                 "with the lock still held: no unlock, CO_DEFER_* guard or releasing helper on it. Functions "
                 "meant to return holding the lock carry CO_ACQUIRES.",
    .default_level = LEVEL_WARNING,
    .check = check_lock_not_released,
};

static const rule rule_unlock_not_held = {
    .id = "unlock-not-held",
    .name = "UnlockNotHeld",
    .short_desc = "An unlock of a mutex that is not held on any path reaching it",
    .full_desc = "Reports co_mutex_unlock / co_rwmutex_unlock / co_rwmutex_runlock where the lock is free on "
                 "every path: already released, never locked by this goroutine, or a trylock failed. The "
                 "runtime panics, or the unlock releases another goroutine's critical section.",
    .default_level = LEVEL_ERROR,
    .check = check_unlock_not_held,
};

static const rule rule_recursive_rlock = {
    .id = "recursive-rlock",
    .name = "RecursiveRLock",
    .short_desc = "A read lock taken again by a goroutine that already holds it",
    .full_desc = "Reports co_rwmutex_rlock (directly or through a callee) while the same goroutine holds a "
                 "read lock of the same co_rwmutex. Writers take precedence over new readers, so a writer "
                 "arriving in between deadlocks both.",
    .default_level = LEVEL_WARNING,
    .check = check_recursive_rlock,
};

static const rule rule_cond_wait_misuse = {
    .id = "cond-wait-misuse",
    .name = "CondWaitMisuse",
    .short_desc = "co_cond_wait without its mutex held, or not in a loop re-checking the condition",
    .full_desc = "Reports co_cond_wait where its mutex is not held on any path (the wait unlocks an unlocked "
                 "mutex and signals can be lost), and co_cond_wait outside any loop (spurious and stolen "
                 "wake-ups let the code run with the condition false).",
    .default_level = LEVEL_WARNING,
    .check = check_cond_wait_misuse,
};

const rule *const rules_lock[] = {
    &rule_empty_critical_section, &rule_double_lock, &rule_lock_not_released, &rule_unlock_not_held,
    &rule_recursive_rlock, &rule_cond_wait_misuse, NULL,
};
