/* rule.h: what a rule module exports, and what it may call to report.
 * A rule family is one file in rules/ exporting a NULL-terminated array of
 * descriptors, listed once in rules/registry.c. Rules see the IR and the
 * analysis library, never libclang and never the emitters. */
#ifndef CVET_RULE_H
#define CVET_RULE_H

#include "analysis.h"
#include "diag.h"
#include "ir.h"

typedef struct rule_ctx rule_ctx;

typedef struct rule {
    const char *id;          /* stable, kebab-case: "goroutine-leak" */
    const char *name;        /* PascalCase for SARIF: "GoroutineLeak" */
    const char *short_desc;  /* one line */
    const char *full_desc;   /* a paragraph */
    diag_level default_level;
    void (*check)(rule_ctx *rc);
} rule;

/* The registry (rules/registry.c): every rule, in a fixed order. */
const rule *const *rule_registry(size_t *count);
const rule *rule_find(const char *id);

/* What a check function gets. */
const ir_tu *rc_tu(rule_ctx *rc);
analysis    *rc_analysis(rule_ctx *rc);  /* call graph and summaries, shared by all rules of the TU */
const rule  *rc_rule(rule_ctx *rc);

/* Reporting: the level is the rule's effective level (config overrides). */
diag *rc_report(rule_ctx *rc, ir_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
src_loc rc_loc(rule_ctx *rc, ir_loc loc);  /* for diag_add_related / diag_add_step / fixits */

/* The driver's side: run one rule over one TU, appending to `out`. */
void rule_run(const rule *r, diag_level level, const ir_tu *tu, analysis *an, diag_list *out);

#endif /* CVET_RULE_H */
