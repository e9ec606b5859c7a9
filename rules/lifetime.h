/* rules/lifetime.h: the "must be released on every path" engine shared by
 * timer-not-stopped (rules/timer.c) and lost-cancel (rules/context.c), and
 * small helpers both families use. The engine is a forward may-dataflow
 * over a function's CFG: each creation site stays live until the object is
 * released or escapes, so a site live at the exit names a real path on
 * which the object is lost. Implemented in rules/timer.c. */
#ifndef CVET_RULES_LIFETIME_H
#define CVET_RULES_LIFETIME_H

#include "rule.h"

typedef struct lt_spec {
    /* The key of the object `ev` creates (the variable that holds it), or 0. */
    ir_key (*created)(const ir_tu *tu, const ir_func *fn, const ir_event *ev);
    /* Does the (possibly deferred) call `ev` release the object held in `k`? */
    bool (*releases)(const ir_tu *tu, const ir_func *fn, const ir_event *ev, ir_key k);
    /* Summary effects of a helper that count as releasing what it is given. */
    eff_kind release_eff[2];
    /* An edge on which the creation's result is NULL: nothing was created. */
    bool null_result_drops;
} lt_spec;

/* LT_GOROUTINE_DROPS: handed to a goroutine (lose_event = the EV_SPAWN)
 * whose function returns without releasing it or handing it on, and the
 * creator never releases it either. */
typedef enum lt_how { LT_LOST_AT_EXIT, LT_OVERWRITTEN, LT_GOROUTINE_DROPS } lt_how;

#define LT_MAX_PATH 64
typedef struct lt_finding {
    uint32_t site_event;  /* the creation */
    ir_key key;           /* the variable holding the object */
    lt_how how;
    int32_t lose_event;   /* the EV_RETURN or the overwriting event; -1: falls off the end */
    uint32_t npath;
    uint32_t path[LT_MAX_PATH]; /* blocks, from the creation's block to the loss */
} lt_finding;

typedef void (*lt_report_fn)(rule_ctx *rc, const ir_func *fn, const lt_finding *f, void *ud);

/* Runs the engine over every function of the TU, calling `report` once per
 * lost creation site. */
void lt_run(rule_ctx *rc, const lt_spec *spec, lt_report_fn report, void *ud);

/* Adds path steps for the branches taken along `path` (diag_add_step). */
void lt_add_branch_steps(rule_ctx *rc, diag *d, const ir_func *fn, const uint32_t *path, uint32_t n);

/* ---- Helpers ------------------------------------------------------------- */
/* Does operand `op` hand over `k` or something containing it (its value,
 * its address, a struct holding it)? */
bool lt_refers(const ir_tu *tu, const ir_operand *op, ir_key k);
/* The api a (possibly deferred) call performs and its target operand (for
 * a guard's scope exit, the guard's EV_DEFER target). NULL target: none. */
ir_api lt_call_api(const ir_func *fn, const ir_event *ev, const ir_operand **target);
/* The pointer variable an operand passes: op->value, or k when op->obj is *k. */
ir_key lt_ptr_of(const ir_tu *tu, const ir_operand *op);
/* Does a call of a function defined in this TU release (one of `effs`) or
 * let escape `k`, passed in operand `op`? */
bool lt_call_takes(analysis *an, const ir_tu *tu, const ir_event *ev, const ir_operand *op, ir_key k,
                   const eff_kind *effs, uint32_t neffs);
/* Does `text` contain `word` as a whole C identifier (or call spelling)? */
bool lt_text_mentions(const char *text, const char *word);
/* The frontend emits no events for initializer lists: is operand `op` a
 * compound literal, or a local aggregate whose fields are never assigned
 * (so it was filled by an initializer list)? Such a hand-off may carry
 * any object the function holds. */
bool lt_opaque_aggregate(const ir_tu *tu, const ir_func *fn, const ir_operand *op);
/* The location of a return event, or the function's closing brace. */
ir_loc lt_exit_loc(const ir_func *fn, int32_t ret_event);

#endif /* CVET_RULES_LIFETIME_H */
