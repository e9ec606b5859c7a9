/* rulerun.c: the rule context (rule.h). A rule sees its TU, the shared
 * analysis and a report function; every finding it reports carries the
 * rule's id and its effective level, and file names that outlive the TU. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "rule.h"
#include "driver/driver.h"

struct rule_ctx {
    const rule *r;
    diag_level level;
    const ir_tu *tu;
    analysis *an;
    diag_list *out;
};

const ir_tu *rc_tu(rule_ctx *rc) { return rc->tu; }
analysis *rc_analysis(rule_ctx *rc) { return rc->an; }
const rule *rc_rule(rule_ctx *rc) { return rc->r; }

src_loc rc_loc(rule_ctx *rc, ir_loc loc) {
    src_loc s = { .file = rc->tu->path, .line = loc.line, .col = loc.col };
    if (loc.file < rc->tu->nfiles && rc->tu->files && rc->tu->files[loc.file]) s.file = rc->tu->files[loc.file];
    if (s.line == 0) s.col = 0;
    return s;
}

diag *rc_report(rule_ctx *rc, ir_loc loc, const char *fmt, ...) {
    char *msg = NULL;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&msg, fmt, ap) < 0) abort();
    va_end(ap);
    diag *d = diag_list_add(rc->out, rc->r->id, rc->level, rc_loc(rc, loc), "%s", msg);
    free(msg);
    return d;
}

void rule_run(const rule *r, diag_level level, const ir_tu *tu, analysis *an, diag_list *out) {
    if (!r->check || level == LEVEL_NONE) return;
    rule_ctx rc = { .r = r, .level = level, .tu = tu, .an = an, .out = out };
    r->check(&rc);
}
