/* rules/context.c: context rules (lost-cancel, context-not-propagated,
 * goroutine-ignores-context, context-use-after-cancel). lost-cancel runs
 * the lifetime engine of rules/lifetime.h; the others look at spawn sites
 * with what the spawned function does (its events and its callees'
 * summaries). Findings describe paths the CFG allows; anything cvet cannot
 * follow (a hand-off, an unknown callee, a wait) silences them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lifetime.h"

/* ======================================================================
 * Shared helpers
 * ====================================================================== */

static bool is_with_api(ir_api a) { return a == API_WITH_CANCEL || a == API_WITH_TIMEOUT || a == API_WITH_DEADLINE; }

/* The event that defined temporary key k (stripping one dereference), or NULL. */
static const ir_event *temp_def(const ir_tu *tu, const ir_func *fn, ir_key k) {
    if (!k) return NULL;
    if (tu->keys[k].kind == KEY_DEREF) k = tu->keys[k].parent;
    const ir_keyinfo *ki = &tu->keys[k];
    if (ki->kind != KEY_TEMP || ki->index < 0 || (uint32_t)ki->index >= fn->nevents) return NULL;
    return &fn->events[ki->index];
}

/* The co.h call whose result operand `op` is (directly), or API_NONE. */
static ir_api operand_call_api(const ir_tu *tu, const ir_func *fn, const ir_operand *op) {
    const ir_event *d = temp_def(tu, fn, op->value);
    if (!d) d = temp_def(tu, fn, op->obj);
    if (d && d->kind == EV_CALL) return d->api;
    if (op->text) {
        for (int a = 1; a < API__COUNT; a++) {
            const char *n = ir_api_name((ir_api)a);
            size_t l = strlen(n);
            if (strncmp(op->text, n, l) == 0 && op->text[l] == '(') return (ir_api)a;
        }
    }
    return API_NONE;
}

/* Is every definition of local `k` in fn a co_background() call? */
static bool local_is_background(const ir_tu *tu, const ir_func *fn, ir_key k) {
    if (!k || tu->keys[k].kind != KEY_LOCAL) return false;
    bool seen = false;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_CALL && ev->key == k && !ev->deferred) {
            if (ev->api != API_BACKGROUND) return false;
            seen = true;
        } else if ((ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) && ev->key == k) {
            const ir_event *d = ev->nargs ? temp_def(tu, fn, ev->args[0].value ? ev->args[0].value : ev->args[0].obj) : NULL;
            if (!d || d->api != API_BACKGROUND) {
                if (ev->kind == EV_ASSIGN && ev->nargs && ev->args[0].text &&
                    strcmp(ev->args[0].text, "co_background()") == 0)
                    continue;
                return false;
            }
        }
    }
    return seen;
}

static bool is_background(const ir_tu *tu, const ir_func *fn, const ir_operand *op) {
    if (operand_call_api(tu, fn, op) == API_BACKGROUND) return true;
    ir_key v = lt_ptr_of(tu, op);
    return local_is_background(tu, fn, v);
}

/* The context a function has: a co_ctx * parameter, or a co_ctx * it reads
 * through a parameter (r->ctx). 0 if none; its spelling in `name`. */
static ir_key fn_context(const ir_tu *tu, const ir_func *fn, char *name, size_t len) {
    for (uint32_t p = 0; p < fn->nparams; p++)
        if (fn->params[p].type == TY_CTX_PTR) {
            snprintf(name, len, "%s", fn->params[p].name);
            return fn->params[p].key;
        }
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        for (uint32_t a = 0; a < ev->nargs; a++) {
            ir_key k = ev->args[a].value;
            if (!k || tu->keys[k].type != TY_CTX_PTR) continue;
            if (tu->keys[ir_key_root(tu, k)].kind != KEY_PARAM) continue;
            if (ev->args[a].text) snprintf(name, len, "%s", ev->args[a].text);
            else ir_key_str(tu, k, name, len);
            return k;
        }
    }
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_READ && ev->key && tu->keys[ev->key].type == TY_CTX_PTR &&
            tu->keys[ir_key_root(tu, ev->key)].kind == KEY_PARAM) {
            ir_key_str(tu, ev->key, name, len);
            return ev->key;
        }
    }
    return 0;
}

static const char *fn_name(const ir_tu *tu, int32_t f) {
    return f >= 0 && (uint32_t)f < tu->nfuncs ? tu->funcs[f].name : "?";
}

/* Does the spawned function (or a helper it calls) consult a context? */
static bool consults_context(analysis *an, const ir_tu *tu, uint32_t g) {
    const ir_func *fn = &tu->funcs[g];
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind != EV_CALL) continue;
        if (ev->api == API_CTX_DONE || ev->api == API_CTX_ERR) return true;
        if (ev->api == API_NONE && ev->func >= 0 && (uint32_t)ev->func < tu->nfuncs) {
            const fn_summary *s = summary_of(an, (uint32_t)ev->func);
            for (uint32_t i = 0; s && i < s->neffects; i++)
                if (s->effects[i].kind == EFF_CTX_WATCH) return true;
        } else if (ev->api == API_NONE && !ev->deferred) {
            /* a context handed to a function cvet cannot see may be watched there */
            for (uint32_t a = 0; a < ev->nargs; a++) {
                ir_key k = lt_ptr_of(tu, &ev->args[a]);
                if (k && tu->keys[k].type == TY_CTX_PTR) return true;
            }
        }
    }
    return false;
}

/* Is the channel `ch` of a send in goroutine g (spawned at `spawn` in fn)
 * made by fn with a constant capacity that covers every send? */
static bool send_has_room(analysis *an, const ir_func *fn, const ir_event *spawn, uint32_t g,
                          const ir_event *send) {
    ir_tu *tu = analysis_tu(an);
    const ir_func *gf = &tu->funcs[g];
    if (send->nargs < 1 || !send->args[0].value) return false;
    ir_key gk = send->args[0].value;
    /* one send on that channel in g, not in a loop */
    uint32_t nsends = 0;
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        if (ev->kind == EV_CALL && ev->api == API_CHAN_SEND && ev->nargs && ev->args[0].value == gk) {
            nsends++;
            if (gf->blocks[cfg_block_of_event(gf, e)].loop >= 0) return false;
        }
    }
    if (nsends != 1) return false;
    ir_key mk = ir_key_map_to_caller(tu, spawn, gk);
    if (!mk) return false;
    uint32_t sb = cfg_block_of_event(fn, (uint32_t)(spawn - fn->events));
    if (fn->blocks[sb].loop >= 0) return false;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_CALL && ev->api == API_CHAN_MAKE && ev->key == mk && ev->nargs > 1 &&
            ev->args[1].has_const && ev->args[1].const_val >= 1)
            return true;
    }
    return false;
}

/* A receive loop (`while (co_chan_recv(ch, ...))`) in goroutine g on a
 * channel its spawner closes: the close, not the context, ends it. */
static bool recv_ended_by_close(analysis *an, const ir_func *fn, const ir_event *spawn, const ir_event *recv) {
    ir_tu *tu = analysis_tu(an);
    if (!recv->in_condition || recv->nargs < 1 || !recv->args[0].value || spawn->nargs < 2) return false;
    ir_key mk = ir_key_map_to_caller(tu, spawn, recv->args[0].value);
    if (!mk) return false;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_operand *target;
        if (lt_call_api(fn, &fn->events[e], &target) == API_CHAN_CLOSE && target && lt_ptr_of(tu, target) == mk)
            return true;
    }
    return false;
}

/* The first blocking operation of goroutine g, or an endless loop in it.
 * Writes a short description; returns its location (line 0: none). */
static ir_loc goroutine_blocks(analysis *an, const ir_func *fn, const ir_event *spawn, uint32_t g,
                               char *what, size_t len) {
    const ir_tu *tu = analysis_tu(an);
    const ir_func *gf = &tu->funcs[g];
    ir_loc none = { 0, 0, 0 };
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        if (ev->kind != EV_CALL || ev->deferred) continue;
        switch (ev->api) {
        case API_CHAN_RECV:
            if (recv_ended_by_close(an, fn, spawn, ev)) continue;
            snprintf(what, len, "%s", ir_api_name(ev->api));
            return ev->loc;
        case API_SLEEP: case API_WG_WAIT: case API_COND_WAIT: case API_SELECT:
            snprintf(what, len, "%s", ir_api_name(ev->api));
            return ev->loc;
        case API_CHAN_SEND:
            if (send_has_room(an, fn, spawn, g, ev)) continue;
            snprintf(what, len, "%s", ir_api_name(ev->api));
            return ev->loc;
        case API_NONE:
            if (ev->func >= 0 && (uint32_t)ev->func < tu->nfuncs &&
                summary_find(an, (uint32_t)ev->func, EFF_BLOCK, 0)) {
                snprintf(what, len, "%s", tu->funcs[ev->func].name);
                return ev->loc;
            }
            break;
        default: break;
        }
    }
    /* an endless loop: no way out of the function from its header */
    for (uint32_t l = 0; l < gf->nloops; l++) {
        if (!gf->loops[l].infinite) continue;
        uint32_t path[2];
        if (cfg_find_path(gf, gf->loops[l].header, gf->exit, NULL, NULL, path, 2) ||
            cfg_find_path(gf, gf->loops[l].header, gf->exit, NULL, NULL, path, LT_MAX_PATH))
            continue;
        snprintf(what, len, "an endless loop");
        return gf->loops[l].loc;
    }
    return none;
}

/* Does goroutine g, spawned at `spawn` in fn, have a context? Writes its
 * name in the spawner's terms. */
static bool goroutine_context(analysis *an, const ir_func *fn, const ir_event *spawn, uint32_t g,
                              char *name, size_t len) {
    const ir_tu *tu = analysis_tu(an);
    const ir_func *gf = &tu->funcs[g];
    if (spawn->nargs < 2) return false;
    const ir_operand *arg = &spawn->args[1];
    ir_api made = operand_call_api(tu, fn, arg);
    ir_key av = lt_ptr_of(tu, arg);
    if ((av && tu->keys[av].type == TY_CTX_PTR) || made == API_CTX_RETAIN || made == API_BACKGROUND ||
        is_with_api(made)) {
        snprintf(name, len, "%s", arg->text ? arg->text : "the context");
        return true;
    }
    /* The record type of what the argument points to, from the fields the
     * spawner or the goroutine access through it. */
    const char *record = NULL;
    ir_key gp = gf->nparams ? gf->params[0].key : 0;
    for (ir_key k = 1; k < tu->nkeys && !record; k++) {
        const ir_keyinfo *ki = &tu->keys[k];
        if (ki->kind != KEY_FIELD || !ki->record) continue;
        ir_key parent = ki->parent;
        if ((arg->obj && parent == arg->obj) ||
            (gp && tu->keys[parent].kind == KEY_DEREF && tu->keys[parent].parent == gp))
            record = ki->record;
    }
    if (record) {
        for (ir_key k = 1; k < tu->nkeys; k++) {
            const ir_keyinfo *ki = &tu->keys[k];
            if (ki->kind != KEY_FIELD || ki->type != TY_CTX_PTR || !ki->record || strcmp(ki->record, record) != 0)
                continue;
            const char *base = arg->text ? arg->text : "arg";
            snprintf(name, len, "%s%s%s", base, arg->value ? "->" : ".", ki->name);
            return true;
        }
    }
    /* The goroutine reads a context from somewhere (a global, its argument). */
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        ir_key k = 0;
        if (ev->kind == EV_READ && tu->keys[ev->key].type == TY_CTX_PTR) k = ev->key;
        for (uint32_t a = 0; !k && a < ev->nargs; a++)
            if (ev->args[a].value && tu->keys[ev->args[a].value].type == TY_CTX_PTR) k = ev->args[a].value;
        if (k) {
            char buf[128];
            snprintf(name, len, "%s", ir_key_str(tu, k, buf, sizeof buf));
            return true;
        }
    }
    return false;
}

/* ======================================================================
 * lost-cancel
 * ====================================================================== */

static ir_key cancel_created(const ir_tu *tu, const ir_func *fn, const ir_event *ev) {
    (void)tu; (void)fn;
    if (ev->kind != EV_CALL || ev->deferred || !is_with_api(ev->api) || ev->nargs < 2) return 0;
    return ev->args[ev->nargs - 1].obj;
}

static bool cancel_releases(const ir_tu *tu, const ir_func *fn, const ir_event *ev, ir_key k) {
    const ir_operand *target;
    ir_api api = lt_call_api(fn, ev, &target);
    if (api != API_CANCEL || !target) return false;
    return target->obj == k || (target->obj && ir_key_is_prefix(tu, target->obj, k));
}

/* Is the cancel function mentioned anywhere but at its creation? */
static bool cancel_used(const ir_tu *tu, const ir_func *fn, uint32_t site, ir_key k) {
    for (uint32_t e = 0; e < fn->nevents; e++) {
        if (e == site) continue;
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_CALL && is_with_api(ev->api) && ev->nargs >= 2 && ev->args[ev->nargs - 1].obj == k)
            continue; /* another creation into the same variable */
        if ((ev->kind == EV_READ || ev->kind == EV_COPY) && ev->key && ir_key_is_prefix(tu, ev->key, k)) return true;
        for (uint32_t a = 0; a < ev->nargs; a++) {
            if (lt_refers(tu, &ev->args[a], k)) return true;
            if (lt_opaque_aggregate(tu, fn, &ev->args[a]) && !ev->args[a].obj && !ev->args[a].value &&
                lt_text_mentions(ev->args[a].text, tu->keys[k].name))
                return true;
        }
    }
    return false;
}

static void cancel_report(rule_ctx *rc, const ir_func *fn, const lt_finding *f, void *ud) {
    (void)ud;
    const ir_tu *tu = rc_tu(rc);
    const ir_event *site = &fn->events[f->site_event];
    char nbuf[128];
    const char *name = ir_key_str(tu, f->key, nbuf, sizeof nbuf);
    ir_loc lose = lt_exit_loc(fn, f->lose_event);
    diag *d;
    if (!cancel_used(tu, fn, f->site_event, f->key)) {
        d = rc_report(rc, site->loc, "the cancel function %s is never used: the context from %s is never cancelled "
                      "and leaks (with its timer) until its parent is cancelled; call co_cancel(&%s) or declare "
                      "CO_DEFER_CANCEL(&%s)", name, ir_api_name(site->api), name, name);
        diag_add_related(d, rc_loc(rc, lose), "%s ends here without calling it", fn->name);
        return;
    }
    if (f->how == LT_GOROUTINE_DROPS) {
        const ir_event *sp = &fn->events[f->lose_event];
        int32_t g = sp->func >= 0 ? sp->func : sp->args[0].func;
        const char *gname = tu->funcs[g].name;
        d = rc_report(rc, site->loc, "the cancel function %s of this context is handed to goroutine %s (line %u), "
                      "which returns without calling it, and nothing else calls it: the context leaks; call "
                      "co_cancel in %s", name, gname, sp->loc.line, gname);
        diag_add_related(d, rc_loc(rc, sp->loc), "handed to goroutine %s here", gname);
        diag_add_related(d, rc_loc(rc, tu->funcs[g].end_loc), "%s returns here without calling it", gname);
        return;
    }
    if (f->how == LT_OVERWRITTEN) {
        d = rc_report(rc, site->loc, "the cancel function %s of this context is not called before it is "
                      "overwritten at line %u%s: the context leaks; call co_cancel(&%s) first",
                      name, lose.line, f->lose_event == (int32_t)f->site_event ? " (by the next iteration)" : "", name);
        diag_add_related(d, rc_loc(rc, lose), "%s overwritten here", name);
    } else if (f->lose_event >= 0) {
        d = rc_report(rc, site->loc, "the cancel function %s of this context is not called on the path to the "
                      "return at line %u: the context (and its timer) leak; call co_cancel(&%s) on that path or "
                      "declare CO_DEFER_CANCEL(&%s)", name, lose.line, name, name);
        diag_add_related(d, rc_loc(rc, lose), "this return loses %s", name);
    } else {
        d = rc_report(rc, site->loc, "the cancel function %s of this context is not called before %s ends "
                      "(line %u): the context (and its timer) leak; call co_cancel(&%s) or declare "
                      "CO_DEFER_CANCEL(&%s)", name, fn->name, lose.line, name, name);
        diag_add_related(d, rc_loc(rc, lose), "%s ends here without calling %s", fn->name, name);
    }
    diag_add_step(d, rc_loc(rc, site->loc), "context created here; %s must be called", name);
    lt_add_branch_steps(rc, d, fn, f->path, f->npath);
    diag_add_step(d, rc_loc(rc, lose), f->how == LT_OVERWRITTEN ? "%s overwritten without being called"
                                                                   : "returns without calling %s", name);
}

static const lt_spec cancel_spec = {
    cancel_created, cancel_releases, { EFF_CANCEL, EFF__COUNT }, true,
};

static void check_lost_cancel(rule_ctx *rc) { lt_run(rc, &cancel_spec, cancel_report, NULL); }

static const rule rule_lost_cancel = {
    "lost-cancel", "LostCancel",
    "The cancel function of a derived context is not called on every path",
    "As go vet's lostcancel, on every path: the co_cancel_fn of co_with_cancel/co_with_timeout/"
    "co_with_deadline is not called on some path to a return and does not escape (struct, global, "
    "return, a helper that calls it, CO_DEFER_CANCEL); also a throwaway cancel. The context, its "
    "timer and its place in the parent's children leak.",
    LEVEL_WARNING, check_lost_cancel,
};

/* ======================================================================
 * context-not-propagated
 * ====================================================================== */

static void check_context_not_propagated(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    char cbuf[128], what[64];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn_context(tu, fn, cbuf, sizeof cbuf)) continue;
        const char *cname = cbuf;
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (ev->kind == EV_CALL && !ev->deferred && is_with_api(ev->api) && ev->nargs > 0 &&
                is_background(tu, fn, &ev->args[0])) {
                diag *d = rc_report(rc, ev->loc, "%s derives from co_background() although %s has a context (%s): "
                                    "cancelling %s will not cancel it; derive it from %s",
                                    ir_api_name(ev->api), fn->name, cname, cname, cname);
                diag_add_related(d, rc_loc(rc, fn->loc), "%s gets its context here", fn->name);
            } else if (ev->kind == EV_CALL && !ev->deferred && ev->api == API_NONE && ev->callee) {
                for (uint32_t a = 0; a < ev->nargs; a++) {
                    if (!is_background(tu, fn, &ev->args[a])) continue;
                    diag *d = rc_report(rc, ev->loc, "co_background() passed to %s although %s has a context (%s): "
                                        "cancelling %s will not reach it; pass %s",
                                        ev->callee, fn->name, cname, cname, cname);
                    diag_add_related(d, rc_loc(rc, fn->loc), "%s gets its context here", fn->name);
                    break;
                }
            } else if (ev->kind == EV_SPAWN && ev->nargs >= 2) {
                int32_t g = ev->func >= 0 ? ev->func : ev->args[0].func;
                const char *gname = g >= 0 ? fn_name(tu, g) : (ev->args[0].text ? ev->args[0].text : "?");
                if (is_background(tu, fn, &ev->args[1])) {
                    diag *d = rc_report(rc, ev->loc, "co_background() passed to goroutine %s although %s has a "
                                        "context (%s): cancelling %s will not stop it; pass %s",
                                        gname, fn->name, cname, cname, cname);
                    diag_add_related(d, rc_loc(rc, fn->loc), "%s gets its context here", fn->name);
                    continue;
                }
                if (g < 0 || (uint32_t)g >= tu->nfuncs) continue;
                char gctx[128];
                if (goroutine_context(an, fn, ev, (uint32_t)g, gctx, sizeof gctx)) continue;
                ir_loc bl = goroutine_blocks(an, fn, ev, (uint32_t)g, what, sizeof what);
                if (!bl.line) continue;
                diag *d = rc_report(rc, ev->loc, "goroutine %s is spawned without a context although %s has one (%s), "
                                    "and it blocks in %s at line %u: cancelling %s cannot stop it; pass %s to it "
                                    "and select on co_ctx_done", gname, fn->name, cname, what, bl.line, cname, cname);
                diag_add_related(d, rc_loc(rc, bl), "%s blocks here", gname);
            }
        }
    }
}

static const rule rule_context_not_propagated = {
    "context-not-propagated", "ContextNotPropagated",
    "A function with a context cuts the chain of cancellation",
    "A function that has a context (a co_ctx * parameter, or one reached through a parameter) derives "
    "a child from co_background(), passes co_background() to a callee or a goroutine, or spawns a "
    "blocking goroutine that gets no context at all: cancelling the request does not stop that work.",
    LEVEL_WARNING, check_context_not_propagated,
};

/* ======================================================================
 * goroutine-ignores-context
 * ====================================================================== */

static void check_goroutine_ignores_context(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    char what[64], cname[128];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (ev->kind != EV_SPAWN || ev->nargs < 2) continue;
            int32_t g = ev->func >= 0 ? ev->func : ev->args[0].func;
            if (g < 0 || (uint32_t)g >= tu->nfuncs) continue;
            if (!goroutine_context(an, fn, ev, (uint32_t)g, cname, sizeof cname)) continue;
            if (is_background(tu, fn, &ev->args[1])) continue; /* context-not-propagated's finding */
            if (consults_context(an, tu, (uint32_t)g)) continue;
            ir_loc bl = goroutine_blocks(an, fn, ev, (uint32_t)g, what, sizeof what);
            if (!bl.line) continue;
            const char *gname = tu->funcs[g].name;
            bool loops = strcmp(what, "an endless loop") == 0;
            diag *d;
            if (loops)
                d = rc_report(rc, ev->loc, "goroutine %s never checks the context %s, but it loops without end "
                              "(line %u): cancelling %s cannot stop it; check co_ctx_err or select on co_ctx_done",
                              gname, cname, bl.line, cname);
            else
                d = rc_report(rc, ev->loc, "goroutine %s never checks the context %s, but it blocks in %s at line %u: "
                              "cancelling %s cannot stop it; select on co_ctx_done(%s) or check co_ctx_err",
                              gname, cname, what, bl.line, cname, cname);
            diag_add_related(d, rc_loc(rc, bl), loops ? "%s loops here" : "%s blocks here", gname);
            diag_add_related(d, rc_loc(rc, tu->funcs[g].loc), "%s is defined here", gname);
        }
    }
}

static const rule rule_goroutine_ignores_context = {
    "goroutine-ignores-context", "GoroutineIgnoresContext",
    "A goroutine given a context blocks or loops without ever checking it",
    "A goroutine that has a context (its argument is or carries a co_ctx *) but never consults it "
    "(co_ctx_done in a select or receive, co_ctx_err) while it blocks or loops: cancelling the "
    "request cannot stop it, so it outlives the request (the seed's leaky HTTP handler).",
    LEVEL_WARNING, check_goroutine_ignores_context,
};

/* ======================================================================
 * context-use-after-cancel
 * ====================================================================== */

/* Dataflow: for each "dropping" event (a co_cancel of a context's cancel
 * function, a co_ctx_release), one bit "the reference was dropped and the
 * variable still holds the context"; for each context variable, one bit
 * "this code retained it" (then a cancel does not free it). */
#define UAC_MAX_VARS 64
#define UAC_MAX_DROPS (DF_BITS - UAC_MAX_VARS)

typedef struct uac_ctx {
    const ir_tu *tu;
    const ir_func *fn;
    uint32_t nvars, ndrops;
    ir_key var[UAC_MAX_VARS];          /* context pointer variables */
    uint32_t drop_event[UAC_MAX_DROPS];
    uint32_t drop_var[UAC_MAX_DROPS];  /* index into var */
    int32_t *drop_of_event;
} uac_ctx;

static int32_t uac_var(uac_ctx *c, ir_key k, bool add) {
    for (uint32_t i = 0; i < c->nvars; i++)
        if (c->var[i] == k) return (int32_t)i;
    if (!add || c->nvars >= UAC_MAX_VARS) return -1;
    c->var[c->nvars] = k;
    return (int32_t)c->nvars++;
}

static void uac_add_drop(uac_ctx *c, uint32_t e, ir_key var) {
    int32_t v = uac_var(c, var, true);
    if (v < 0 || c->ndrops >= UAC_MAX_DROPS) return;
    c->drop_of_event[e] = (int32_t)c->ndrops;
    c->drop_event[c->ndrops] = e;
    c->drop_var[c->ndrops] = (uint32_t)v;
    c->ndrops++;
}

/* The context variable whose cancel function is `cancel` (the key the
 * co_with_* result was stored in), if exactly one. */
static ir_key ctx_of_cancel(const ir_tu *tu, const ir_func *fn, ir_key cancel) {
    ir_key found = 0;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind != EV_CALL || !is_with_api(ev->api) || ev->nargs < 2) continue;
        if (ev->args[ev->nargs - 1].obj != cancel || !ev->key) continue;
        if (tu->keys[ir_key_root(tu, ev->key)].kind == KEY_TEMP) continue;
        if (found && found != ev->key) return 0;
        found = ev->key;
    }
    return found;
}

static void uac_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vctx) {
    uac_ctx *c = vctx;
    const ir_tu *tu = c->tu;
    df_bits *s = st;
    uint32_t e = (uint32_t)(ev - fn->events);
    bool opaque_call = ev->kind == EV_CALL && ev->api == API_NONE && !ev->deferred;
    for (uint32_t v = 0; v < c->nvars; v++) {
        ir_key k = c->var[v];
        bool clear = false;
        if ((ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) && ev->key && ir_key_is_prefix(tu, ev->key, k))
            clear = true;
        else if (ev->kind == EV_CALL && ev->key == k && !ev->deferred)
            clear = true; /* a new context in the variable */
        else if (opaque_call && ir_key_nonlocal(tu, k))
            clear = true;
        if (clear) {
            df_bit_clear(s, UAC_MAX_DROPS + v);
            for (uint32_t d = 0; d < c->ndrops; d++)
                if (c->drop_var[d] == v) df_bit_clear(s, d);
        }
    }
    const ir_operand *target;
    ir_api api = lt_call_api(fn, ev, &target);
    if (api == API_CTX_RETAIN && target) {
        int32_t v = uac_var(c, lt_ptr_of(tu, target), false);
        if (v >= 0) df_bit_set(s, UAC_MAX_DROPS + (unsigned)v);
    }
    int32_t d = c->drop_of_event[e];
    if (d >= 0) {
        unsigned rbit = UAC_MAX_DROPS + c->drop_var[d];
        if (df_bit_get(s, rbit)) df_bit_clear(s, rbit); /* our own reference goes; another remains */
        else df_bit_set(s, (unsigned)d);
    }
}

static void bits_zero(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(df_bits)); }
static void bits_union(void *dst, const void *src, void *ctx) {
    (void)ctx;
    df_bits *d = dst; const df_bits *s = src;
    for (unsigned i = 0; i < DF_BITS / 64; i++) d->w[i] |= s->w[i];
}

typedef struct uac_walk { uac_ctx *c; rule_ctx *rc; } uac_walk;

/* Does the event use the context held in k? Returns the operand. */
static const ir_operand *uses_ctx(const ir_tu *tu, const ir_event *ev, ir_key k) {
    if (ev->deferred) return NULL;
    if (ev->kind != EV_CALL && ev->kind != EV_RETURN && ev->kind != EV_SPAWN && ev->kind != EV_ASSIGN) return NULL;
    if (ev->kind == EV_CALL && (ev->api == API_CANCEL || ev->api == API_CTX_RELEASE)) return NULL;
    for (uint32_t a = 0; a < ev->nargs; a++) {
        const ir_operand *op = &ev->args[a];
        if (lt_ptr_of(tu, op) == k) return op;
    }
    return NULL;
}

static void uac_visit(const void *state, const ir_event *ev, uint32_t index, void *vud) {
    (void)index;
    uac_walk *w = vud;
    uac_ctx *c = w->c;
    const ir_tu *tu = c->tu;
    const df_bits *s = state;
    for (uint32_t d = 0; d < c->ndrops; d++) {
        if (!df_bit_get(s, d)) continue;
        ir_key k = c->var[c->drop_var[d]];
        const ir_operand *op = uses_ctx(tu, ev, k);
        if (!op) continue;
        const ir_event *drop = &c->fn->events[c->drop_event[d]];
        char nbuf[128], tbuf[128];
        const char *name = op->text ? op->text : ir_key_str(tu, k, nbuf, sizeof nbuf);
        const ir_operand *target;
        ir_api dapi = lt_call_api(c->fn, drop, &target);
        const char *tname = target && target->text ? target->text : "?";
        if (!target || !target->text) {
            if (target && target->obj) tname = ir_key_str(tu, target->obj, tbuf, sizeof tbuf);
        }
        diag *dg;
        if (dapi == API_CTX_RELEASE)
            dg = rc_report(w->rc, ev->loc, "%s is used after co_ctx_release(%s) at line %u dropped this reference: "
                           "use after free", name, tname, drop->loc.line);
        else
            dg = rc_report(w->rc, ev->loc, "%s is used after co_cancel(&%s) at line %u dropped the last reference: "
                           "use after free; use it before the cancel, or co_ctx_retain it", name, tname, drop->loc.line);
        diag_add_related(dg, rc_loc(w->rc, drop->loc), "reference dropped here");
        diag_add_step(dg, rc_loc(w->rc, drop->loc), "the context's reference is dropped here");
        diag_add_step(dg, rc_loc(w->rc, ev->loc), "%s used here", name);
        return;
    }
}

static void uac_in_function(rule_ctx *rc, const ir_func *fn) {
    const ir_tu *tu = rc_tu(rc);
    uac_ctx c;
    memset(&c, 0, sizeof c);
    c.tu = tu; c.fn = fn;
    c.drop_of_event = malloc(sizeof *c.drop_of_event * (fn->nevents ? fn->nevents : 1));
    for (uint32_t e = 0; e < fn->nevents; e++) c.drop_of_event[e] = -1;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        const ir_operand *target;
        ir_api api = lt_call_api(fn, ev, &target);
        if (!target) continue;
        if (api == API_CANCEL) {
            ir_key ck = ctx_of_cancel(tu, fn, target->obj);
            if (ck) uac_add_drop(&c, e, ck);
        } else if (api == API_CTX_RELEASE && !ev->deferred) {
            ir_key k = lt_ptr_of(tu, target);
            if (k) uac_add_drop(&c, e, k);
        }
    }
    if (c.ndrops && fn->nblocks) {
        df_problem p = { sizeof(df_bits), false, bits_zero, bits_zero, bits_union, uac_transfer, NULL, &c };
        df_result *r = df_solve(fn, &p);
        uac_walk w = { &c, rc };
        for (uint32_t b = 0; b < fn->nblocks; b++)
            if (df_reached(r, b)) df_walk_block(r, fn, b, uac_visit, &w);
        df_free(r);
    }
    free(c.drop_of_event);
}

/* ---- Goroutines and the creator's cancel -------------------------------- */

/* The goroutine whose context use is checked against its spawner's cancel:
 * its function, the spawn, and the context keys (of gf) it uses. */
typedef struct spawned {
    const ir_func *gf;
    const ir_event *spawn;
    const ir_key *uses;
    uint32_t nuses;
} spawned;

static bool uses_spawned_ctx(const ir_tu *tu, const ir_event *ev, const spawned *sp) {
    if (ev->kind != EV_CALL || ev->deferred) return false;
    for (uint32_t a = 0; a < ev->nargs; a++) {
        ir_key k = lt_ptr_of(tu, &ev->args[a]);
        for (uint32_t u = 0; k && u < sp->nuses; u++)
            if (k == sp->uses[u]) return true;
    }
    return false;
}

/* Does event ev of the goroutine send on the channel its spawner knows as
 * `chan`? */
static bool sends_on(analysis *an, const spawned *sp, const ir_event *ev, ir_key chan) {
    const ir_operand *target;
    ir_api api = lt_call_api(sp->gf, ev, &target);
    if (api == API_CHAN_SEND)
        return target && summary_map_key(an, sp->spawn, target->obj) == chan;
    if (api == API_SELECT || api == API_SELECT_TRY)
        for (uint32_t c = 0; c < ev->ncases; c++)
            if (ev->cases[c].op == 2 && summary_map_key(an, sp->spawn, ev->cases[c].chan.obj) == chan)
                return true;
    return false;
}

/* Does the goroutine, after some send on `chan`, go on to use its context?
 * Then receiving from `chan` takes a value from it (a generator), it does
 * not wait for its end. */
static bool sends_then_uses_ctx(analysis *an, const spawned *sp, ir_key chan) {
    const ir_tu *tu = analysis_tu(an);
    const ir_func *gf = sp->gf;
    uint32_t words = (gf->nblocks + 63) / 64;
    uint64_t *reach = calloc(words ? words : 1, sizeof *reach), *from = calloc(words ? words : 1, sizeof *from);
    if (!reach || !from) abort();
    bool found = false;
    for (uint32_t e = 0; e < gf->nevents && !found; e++) {
        if (!chan || !sends_on(an, sp, &gf->events[e], chan)) continue;
        const ir_block *bk = &gf->blocks[cfg_block_of_event(gf, e)];
        for (uint32_t x = e + 1; x < bk->first_event + bk->nevents && !found; x++)
            found = uses_spawned_ctx(tu, &gf->events[x], sp);
        memset(reach, 0, words * sizeof *reach);
        for (uint32_t s = 0; s < bk->nsuccs; s++) {
            cfg_reachable(gf, bk->succs[s].to, from);
            for (uint32_t w = 0; w < words; w++) reach[w] |= from[w];
        }
        for (uint32_t b = 0; b < gf->nblocks && !found; b++) {
            if (!(reach[b / 64] >> (b % 64) & 1)) continue;
            const ir_block *rb = &gf->blocks[b];
            for (uint32_t x = rb->first_event; x < rb->first_event + rb->nevents && !found; x++)
                found = uses_spawned_ctx(tu, &gf->events[x], sp);
        }
    }
    free(reach); free(from);
    return found;
}

/* Is the event a wait that may be for the goroutine (after which the
 * creator's cancel is harmless)? A receive of a value the goroutine sends
 * before it uses its context again is not. */
static bool is_wait(analysis *an, const ir_tu *tu, const ir_func *fn, const ir_event *ev, const spawned *sp) {
    if (ev->kind != EV_CALL || ev->deferred) return false;
    const ir_operand *target;
    switch (ev->api) {
    case API_CHAN_RECV:
        return !(lt_call_api(fn, ev, &target) == API_CHAN_RECV && target &&
                 sends_then_uses_ctx(an, sp, target->obj));
    case API_SELECT: /* a wait unless every case takes a generator's value */
        if (!ev->cases_known || !ev->ncases) return true;
        for (uint32_t c = 0; c < ev->ncases; c++)
            if (ev->cases[c].op != 1 || !sends_then_uses_ctx(an, sp, ev->cases[c].chan.obj)) return true;
        return false;
    case API_WG_WAIT: case API_COND_WAIT: case API_MUTEX_LOCK:
    case API_SLEEP: /* a sleep may be how the code waits (badly) for the goroutine: stay silent */
        return true;
    case API_NONE:
        return ev->func >= 0 && (uint32_t)ev->func < tu->nfuncs && summary_find(an, (uint32_t)ev->func, EFF_BLOCK, 0);
    default:
        return false;
    }
}

/* From the spawn event, is there a path to a co_cancel of `cancel` (or the
 * guard's deferred one) with no wait before it? Returns that event or -1. */
static int32_t cancel_without_wait(analysis *an, const ir_tu *tu, const ir_func *fn, uint32_t spawn, ir_key cancel,
                                   const spawned *gor) {
    uint32_t nb = fn->nblocks;
    bool *seen = calloc(nb ? nb : 1, sizeof *seen);
    uint32_t *stack = malloc(sizeof *stack * (nb + 1));
    uint32_t *start = malloc(sizeof *start * (nb + 1));
    uint32_t sp = 0;
    uint32_t b0 = cfg_block_of_event(fn, spawn);
    stack[sp] = b0; start[sp] = spawn + 1; sp++;
    int32_t found = -1;
    while (sp && found < 0) {
        sp--;
        uint32_t b = stack[sp], from = start[sp];
        const ir_block *bk = &fn->blocks[b];
        bool stopped = false;
        for (uint32_t e = from; e < bk->first_event + bk->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            const ir_operand *target;
            if (lt_call_api(fn, ev, &target) == API_CANCEL && target && target->obj == cancel) {
                found = (int32_t)e;
                break;
            }
            if (is_wait(an, tu, fn, ev, gor)) { stopped = true; break; }
        }
        if (found >= 0 || stopped) continue;
        for (uint32_t s = 0; s < bk->nsuccs; s++) {
            uint32_t t = bk->succs[s].to;
            if (seen[t]) continue;
            seen[t] = true;
            stack[sp] = t; start[sp] = fn->blocks[t].first_event; sp++;
        }
    }
    free(seen); free(stack); free(start);
    return found;
}

/* Context keys (in g's key space) the goroutine uses: arguments of co.h
 * calls and of helpers that are context pointers rooted at its parameter. */
static bool is_ctx_api(ir_api a) {
    return a == API_CTX_DONE || a == API_CTX_ERR || a == API_CTX_RETAIN || a == API_CTX_RELEASE || is_with_api(a);
}

static uint32_t goroutine_ctx_uses(const ir_tu *tu, const ir_func *gf, ir_key *out, uint32_t max) {
    uint32_t n = 0;
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        if (ev->kind != EV_CALL || ev->deferred) continue;
        for (uint32_t a = 0; a < ev->nargs; a++) {
            ir_key k = lt_ptr_of(tu, &ev->args[a]);
            if (!k) continue;
            /* a context by type, or by what it is given to (an alias of
             * `void *arg` keeps the parameter's type) */
            bool ctx = tu->keys[k].type == TY_CTX_PTR || (is_ctx_api(ev->api) && a == 0);
            if (!ctx || tu->keys[ir_key_root(tu, k)].kind != KEY_PARAM) continue;
            bool dup = false;
            for (uint32_t i = 0; i < n; i++) dup |= out[i] == k;
            if (!dup && n < max) out[n++] = k;
        }
    }
    return n;
}

static bool goroutine_retains(const ir_tu *tu, const ir_func *gf, ir_key k) {
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        if (ev->kind == EV_CALL && ev->api == API_CTX_RETAIN && ev->nargs && lt_ptr_of(tu, &ev->args[0]) == k)
            return true;
    }
    return false;
}

/* Was the caller's context variable `mk` filled by co_ctx_retain before the
 * spawn (e.g. j->ctx = co_ctx_retain(ctx))? Returns that event or -1. */
static int32_t retained_into(const ir_tu *tu, const ir_func *fn, ir_key mk, uint32_t spawn) {
    for (uint32_t e = 0; e < spawn; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind != EV_CALL || ev->api != API_CTX_RETAIN) continue;
        if (ev->key == mk) return (int32_t)e;                                 /* j->ctx = co_ctx_retain(ctx) */
        if (ev->nargs && lt_ptr_of(tu, &ev->args[0]) == mk) return (int32_t)e;  /* co_ctx_retain(ctx) in place */
    }
    return -1;
}

/* Does goroutine g (at spawn) release the caller's context `mk`? */
static bool goroutine_releases(analysis *an, const ir_event *spawn, uint32_t g, ir_key mk) {
    ir_tu *tu = analysis_tu(an);
    const fn_summary *s = summary_of(an, g);
    if (!s || spawn->nargs < 2) return false;
    for (uint32_t i = 0; i < s->neffects; i++) {
        const fn_effect *fx = &s->effects[i];
        if (fx->kind != EFF_CTX_RELEASE && fx->kind != EFF_ESCAPE) continue;
        ir_key m = ir_key_map_to_caller(tu, spawn, fx->key);
        if (!m) continue;
        if (m == mk || (tu->keys[m].kind == KEY_DEREF && tu->keys[m].parent == mk)) return true;
    }
    return false;
}

static void uac_spawns(rule_ctx *rc, const ir_func *fn) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind != EV_SPAWN || ev->nargs < 2) continue;
        int32_t g = ev->func >= 0 ? ev->func : ev->args[0].func;
        if (g < 0 || (uint32_t)g >= tu->nfuncs) continue;
        const ir_func *gf = &tu->funcs[g];
        const ir_operand *arg = &ev->args[1];

        /* co_go(fn, co_ctx_retain(ctx)): the goroutine must release it. */
        if (operand_call_api(tu, fn, arg) == API_CTX_RETAIN) {
            if (!summary_call_does(an, ev, EFF_CTX_RELEASE, arg->obj, false) &&
                !summary_call_does(an, ev, EFF_CTX_RELEASE, arg->value, false)) {
                diag *d = rc_report(rc, ev->loc, "the context %s retained here for goroutine %s is never released "
                                    "by it: the context leaks; call co_ctx_release when %s is done with it",
                                    arg->text ? arg->text : "?", gf->name, gf->name);
                diag_add_related(d, rc_loc(rc, gf->loc), "%s is defined here", gf->name);
            }
            continue;
        }
        ir_key uses[16];
        uint32_t nu = goroutine_ctx_uses(tu, gf, uses, 16);
        for (uint32_t u = 0; u < nu; u++) {
            if (goroutine_retains(tu, gf, uses[u])) continue;
            ir_key mk = summary_map_key(an, ev, uses[u]);
            if (!mk) continue;
            int32_t re = retained_into(tu, fn, mk, e);
            if (re >= 0) {
                if (!goroutine_releases(an, ev, (uint32_t)g, mk)) {
                    char nb[128];
                    diag *d = rc_report(rc, fn->events[re].loc, "the context %s retained here for goroutine %s is "
                                        "never released by it: the context leaks; call co_ctx_release when %s is "
                                        "done with it", ir_key_str(tu, mk, nb, sizeof nb), gf->name, gf->name);
                    diag_add_related(d, rc_loc(rc, ev->loc), "goroutine %s spawned here", gf->name);
                }
                continue;
            }
            /* Which cancel frees it? The creation that stored into mk. */
            ir_key cancel = 0;
            for (uint32_t c = 0; c < fn->nevents; c++) {
                const ir_event *cr = &fn->events[c];
                if (cr->kind == EV_CALL && is_with_api(cr->api) && cr->key == mk && cr->nargs >= 2)
                    cancel = cr->args[cr->nargs - 1].obj;
            }
            if (!cancel) continue;
            spawned gor = { gf, ev, uses, nu };
            int32_t ce = cancel_without_wait(an, tu, fn, e, cancel, &gor);
            if (ce < 0) continue;
            const ir_event *cev = &fn->events[ce];
            char nb[128], cb[128];
            const char *mname = ir_key_str(tu, mk, nb, sizeof nb);
            const char *cname = ir_key_str(tu, cancel, cb, sizeof cb);
            diag *d = rc_report(rc, ev->loc, "goroutine %s uses %s without co_ctx_retain, but %s frees it at line %u "
                                "while %s may still run: use after free; pass co_ctx_retain(%s) and co_ctx_release it "
                                "in %s, or wait for %s before cancelling",
                                gf->name, mname, cev->deferred ? "the CO_DEFER_CANCEL guard" : "co_cancel",
                                cev->loc.line, gf->name, mname, gf->name, gf->name);
            diag_add_related(d, rc_loc(rc, cev->loc), "co_cancel(&%s) drops the last reference here", cname);
            diag_add_step(d, rc_loc(rc, ev->loc), "goroutine %s spawned with %s", gf->name, mname);
            diag_add_step(d, rc_loc(rc, cev->loc), "%s cancelled and freed without waiting for %s", mname, gf->name);
            break;
        }
    }
}

static void check_context_use_after_cancel(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        uac_in_function(rc, &tu->funcs[f]);
        uac_spawns(rc, &tu->funcs[f]);
    }
}

static const rule rule_context_use_after_cancel = {
    "context-use-after-cancel", "ContextUseAfterCancel",
    "A context is used after the cancel or release that freed it",
    "Contexts are reference counted: co_cancel drops the creator's reference. A use after that cancel "
    "on some path, a goroutine that uses the context without co_ctx_retain while its creator cancels "
    "it without waiting, or a use after co_ctx_release is a use after free; a context retained for a "
    "goroutine that never releases it leaks.",
    LEVEL_ERROR, check_context_use_after_cancel,
};

const rule *const rules_context[] = {
    &rule_lost_cancel, &rule_context_not_propagated, &rule_goroutine_ignores_context,
    &rule_context_use_after_cancel, NULL,
};
