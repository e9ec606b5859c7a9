/* rules/once.c: co_once misuse (issue 6): a Once with automatic storage,
 * a Once whose function re-enters the same Once (deadlock), and a Once
 * whose function initialises from the first caller's parameters. */
#include <stdlib.h>
#include <string.h>

#include "rule.h"

static bool valid_func(const ir_tu *tu, int32_t f) { return f >= 0 && (uint32_t)f < tu->nfuncs; }

static bool is_once_do(const ir_event *ev) {
    return ev->kind == EV_CALL && ev->api == API_ONCE_DO && ev->nargs >= 2;
}

/* ---- once-local ----------------------------------------------------------- */
/* Is the local `root` shared beyond this call: handed to a goroutine, stored
 * into non-local memory, or passed to a function cvet cannot see? */
static bool local_shared(const ir_tu *tu, const ir_func *fn, ir_key root) {
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        bool check_args = ev->kind == EV_SPAWN ||
            (ev->kind == EV_ASSIGN && ev->key && ir_key_nonlocal(tu, ev->key)) ||
            ev->kind == EV_RETURN ||
            (ev->kind == EV_CALL && ev->api == API_NONE && ev->func < 0 && !ev->deferred &&
             !(ev->callee && (strcmp(ev->callee, "memset") == 0 || strcmp(ev->callee, "memcpy") == 0)));
        if (!check_args) continue;
        for (uint32_t a = 0; a < ev->nargs; a++) {
            const ir_operand *op = &ev->args[a];
            /* the local's address (obj without the same value): not a copy of a field */
            if (op->obj && op->value != op->obj && ir_key_root(tu, op->obj) == root) return true;
            if (op->value && tu->keys[op->value].type == TY_POINTER && ir_key_root(tu, op->value) == root) return true;
        }
    }
    return false;
}

static void check_once_local(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t l = 0; l < fn->nlocals; l++) {
            const ir_var *v = &fn->locals[l];
            if (v->is_static || v->is_param || (v->type != TY_ONCE && v->type != TY_STRUCT_WITH_SYNC)) continue;
            const ir_event *use = NULL;
            for (uint32_t e = 0; e < fn->nevents && !use; e++) {
                const ir_event *ev = &fn->events[e];
                if (is_once_do(ev) && ev->args[0].obj && ir_key_root(tu, ev->args[0].obj) == v->key) use = ev;
            }
            if (!use || local_shared(tu, fn, v->key)) continue;
            char buf[128];
            const ir_keyinfo *ki = &tu->keys[use->args[0].obj];
            const char *name = ki->kind == KEY_FIELD ? ir_key_str(tu, use->args[0].obj, buf, sizeof buf) : v->name;
            const char *init = use->args[1].func_name ? use->args[1].func_name : "its function";
            diag *d = rc_report(rc, v->loc, "co_once %s has automatic storage: a new one each call of %s, so %s runs every "
                                "time (make it static, or move it to the object it initialises)", name, fn->name, init);
            diag_add_related(d, rc_loc(rc, use->loc), "co_once_do on %s here", name);
        }
    }
}

/* ---- once-reentrant ----------------------------------------------------------- */
/* Depth-first over calls from the once function, looking for a co_once_do
 * whose Once, mapped back up the call chain, is the outer one. */
typedef struct reent {
    analysis *an;
    const ir_tu *tu;
    ir_key target;                 /* the outer Once, in the outer caller's keys */
    const ir_event *chain[16];     /* call events from the outer co_once_do down */
    uint32_t depth;
    bool *on_stack;
    const ir_event *found;
} reent;

static ir_key map_up(reent *r, ir_key k) {
    for (uint32_t i = r->depth; i-- > 0 && k;) k = summary_map_key(r->an, r->chain[i], k);
    return k;
}

static void search(reent *r, uint32_t f) {
    if (r->found || r->on_stack[f] || r->depth >= 16) return;
    r->on_stack[f] = true;
    const ir_func *fn = &r->tu->funcs[f];
    for (uint32_t e = 0; e < fn->nevents && !r->found; e++) {
        const ir_event *ev = &fn->events[e];
        if (is_once_do(ev) && ev->args[0].obj && map_up(r, ev->args[0].obj) == r->target) { r->found = ev; break; }
        int32_t callee = ev->kind == EV_CALL ? (is_once_do(ev) ? ev->args[1].func : ev->func) : -1;
        if (!valid_func(r->tu, callee)) continue;
        r->chain[r->depth++] = ev;
        search(r, (uint32_t)callee);
        r->depth--;
    }
    r->on_stack[f] = false;
}

static void check_once_reentrant(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    bool *on_stack = calloc(tu->nfuncs ? tu->nfuncs : 1, sizeof *on_stack);
    /* First find every (outer call, inner call) pair; an inner call that is
     * itself found from another outer call is reported there, once. */
    size_t cap = 16, n = 0;
    const ir_event **outer = malloc(cap * sizeof *outer), **inner = malloc(cap * sizeof *inner);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (!is_once_do(ev) || !ev->args[0].obj || !valid_func(tu, ev->args[1].func)) continue;
            reent r = { an, tu, ev->args[0].obj, { ev }, 1, on_stack, NULL };
            search(&r, (uint32_t)ev->args[1].func);
            if (!r.found) continue;
            if (n == cap) { cap *= 2; outer = realloc(outer, cap * sizeof *outer); inner = realloc(inner, cap * sizeof *inner); }
            outer[n] = ev; inner[n] = r.found; n++;
        }
    }
    for (size_t i = 0; i < n; i++) {
        bool found_elsewhere = false;
        for (size_t j = 0; j < n; j++)
            if (j != i && inner[j] == outer[i] && outer[j] != outer[i]) found_elsewhere = true;
        if (found_elsewhere) continue;
        const ir_event *ev = outer[i];
        reent r = { .found = inner[i] };
        {
            const char *init = tu->funcs[ev->args[1].func].name;
            const char *name = ev->args[0].text ? ev->args[0].text : "?";
            diag *d = rc_report(rc, ev->loc, "%s, run by co_once_do on %s, calls co_once_do on %s again: the inner call "
                                "waits for the outer one to finish, which never happens (deadlock)", init, name, name);
            diag_add_related(d, rc_loc(rc, r.found->loc), "the inner co_once_do on %s", name);
        }
    }
    free(outer); free(inner);
    free(on_stack);
}

/* ---- once-param-dependent ------------------------------------------------------- */
static bool rooted_at_param(const ir_tu *tu, ir_key k) {
    return k && tu->keys[ir_key_root(tu, k)].kind == KEY_PARAM;
}

/* Does fn use its parameter `param` (any event or operand rooted at it)? */
static bool uses_param(const ir_tu *tu, const ir_func *fn, uint32_t param) {
    if (param >= fn->nparams) return false;
    ir_key p = fn->params[param].key;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->key && ir_key_root(tu, ev->key) == p) return true;
        for (uint32_t a = 0; a < ev->nargs; a++)
            if ((ev->args[a].obj && ir_key_root(tu, ev->args[a].obj) == p) ||
                (ev->args[a].value && ir_key_root(tu, ev->args[a].value) == p)) return true;
    }
    return false;
}

static void check_once_param_dependent(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (!is_once_do(ev) || ev->nargs < 3 || !valid_func(tu, ev->args[1].func)) continue;
            /* a shared Once: rooted at a global or a static local */
            ir_key o = ev->args[0].obj;
            if (!o) continue;
            const ir_keyinfo *root = &tu->keys[ir_key_root(tu, o)];
            bool shared = root->kind == KEY_GLOBAL ||
                (root->kind == KEY_LOCAL && root->index >= 0 && (uint32_t)root->index < fn->nlocals &&
                 fn->locals[root->index].is_static);
            if (!shared) continue;
            const ir_operand *arg = &ev->args[2];
            if (!rooted_at_param(tu, arg->obj) && !rooted_at_param(tu, arg->value)) continue;
            const ir_func *init = &tu->funcs[ev->args[1].func];
            if (!uses_param(tu, init, 0)) continue;
            ir_key pk = ir_key_root(tu, rooted_at_param(tu, arg->value) ? arg->value : arg->obj);
            const char *text = arg->text ? arg->text : tu->keys[pk].name;
            /* drop a leading cast such as "(void *)" from the spelling */
            while (text[0] == '(') {
                const char *close = strchr(text, ')');
                if (!close) break;
                text = close + 1;
                while (*text == ' ') text++;
            }
            diag *d = rc_report(rc, ev->loc, "%s, run once by co_once_do on %s, initialises from %s, a parameter of %s: "
                                "only the first caller's value ever takes effect (keep one Once per %s, e.g. in a map "
                                "entry or the object itself)", init->name, ev->args[0].text ? ev->args[0].text : "?",
                                text, fn->name, tu->keys[pk].name);
            diag_add_related(d, rc_loc(rc, init->loc), "%s reads its argument", init->name);
        }
    }
}

static const rule once_local = {
    "once-local", "OnceLocal",
    "A co_once with automatic storage: a new Once on every call",
    "A co_once declared as a local (non-static) variable is a new Once on every call, so the function given to "
    "co_once_do runs every time instead of once.",
    LEVEL_WARNING, check_once_local };
static const rule once_reentrant = {
    "once-reentrant", "OnceReentrant",
    "The function run by co_once_do re-enters the same Once (deadlock)",
    "The function given to co_once_do calls co_once_do on the same co_once, directly or through callees. The inner "
    "call waits for the outer one to complete, which never happens: the goroutine deadlocks.",
    LEVEL_ERROR, check_once_reentrant };
static const rule once_param_dependent = {
    "once-param-dependent", "OnceParamDependent",
    "A shared co_once initialises from the first caller's parameters",
    "A co_once shared by all callers (a global or static) runs a function that initialises state from a value "
    "derived from the calling function's parameters (a name, a key, a config): only the first caller's value ever "
    "takes effect and every later caller silently gets the first one's state.",
    LEVEL_WARNING, check_once_param_dependent };

const rule *const rules_once[] = { &once_local, &once_reentrant, &once_param_dependent, NULL };
