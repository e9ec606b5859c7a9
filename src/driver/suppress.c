/* suppress.c: in-source suppressions. `// cvet:ignore RULE reason` covers
 * findings of RULE on its own line and the next; `// cvet:ignore-file RULE
 * reason` the whole file. Suppressed findings are kept and marked; a
 * suppression that is malformed or suppresses nothing is itself reported
 * as `unused-suppression`, so stale ignores do not pile up. Comments are
 * found by a small C lexer over the file text (strings and char literals
 * skipped), not through the IR. */
#include <stdlib.h>
#include <string.h>

#include "driver/driver.h"

const rule rule_unused_suppression = {
    .id = "unused-suppression",
    .name = "UnusedSuppression",
    .short_desc = "A cvet:ignore comment is malformed or suppresses nothing",
    .full_desc = "A `// cvet:ignore RULE-ID reason` comment (or `// cvet:ignore-file RULE-ID reason`) "
                 "must name a known rule and give a reason, and must suppress at least one finding of "
                 "that rule on its line or the next (the whole file for ignore-file). Stale or "
                 "unexplained suppressions hide future bugs, so they are reported.",
    .default_level = LEVEL_WARNING,
    .check = NULL, /* run by the driver after the other rules (suppress_apply) */
};

const rule *const rules_suppress[] = { &rule_unused_suppression, NULL };

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

static char *dup_range(const char *b, const char *e) {
    while (b < e && is_space(*b)) b++;
    while (e > b && is_space(e[-1])) e--;
    if (b == e) return NULL;
    char *s = malloc((size_t)(e - b) + 1);
    if (!s) abort();
    memcpy(s, b, (size_t)(e - b));
    s[e - b] = '\0';
    return s;
}

/* Parses one comment body [b, e) that started at line:col. */
static void parse_comment(const char *b, const char *e, uint32_t line, uint32_t col, suppression_list *out) {
    while (b < e && is_space(*b)) b++;
    static const char tag[] = "cvet:ignore";
    size_t taglen = sizeof tag - 1;
    if ((size_t)(e - b) < taglen || memcmp(b, tag, taglen) != 0) return;
    b += taglen;
    bool file_wide = false;
    if ((size_t)(e - b) >= 5 && memcmp(b, "-file", 5) == 0) { file_wide = true; b += 5; }
    if (b < e && !is_space(*b)) return;  /* cvet:ignored, cvet:ignore-filex: not ours */
    while (b < e && is_space(*b)) b++;
    /* A second `//` ends the suppression (`// cvet:ignore R reason // want "..."`). */
    for (const char *p = b; p + 1 < e; p++)
        if (p[0] == '/' && p[1] == '/') { e = p; break; }
    const char *id_end = b;
    while (id_end < e && !is_space(*id_end)) id_end++;
    suppression s = { .line = line, .col = col, .file_wide = file_wide };
    s.rule_id = dup_range(b, id_end);
    s.reason = dup_range(id_end, e);
    out->items = realloc(out->items, (out->n + 1) * sizeof *out->items);
    if (!out->items) abort();
    out->items[out->n++] = s;
}

void suppress_parse(const char *text, size_t len, suppression_list *out) {
    uint32_t line = 1, col = 1;
    size_t i = 0;
#define ADVANCE() do { if (text[i] == '\n') { line++; col = 1; } else col++; i++; } while (0)
    while (i < len) {
        char c = text[i];
        char next = i + 1 < len ? text[i + 1] : '\0';
        if (c == '/' && next == '/') {
            uint32_t l0 = line, c0 = col;
            size_t start = i + 2;
            size_t end = start;
            while (end < len && text[end] != '\n') end++;
            parse_comment(text + start, text + end, l0, c0, out);
            while (i < end) ADVANCE();
        } else if (c == '/' && next == '*') {
            uint32_t l0 = line, c0 = col;
            ADVANCE(); ADVANCE();
            size_t start = i;
            while (i < len && !(text[i] == '*' && i + 1 < len && text[i + 1] == '/')) ADVANCE();
            parse_comment(text + start, text + i, l0, c0, out);
            if (i < len) { ADVANCE(); ADVANCE(); }
        } else if (c == '"' || c == '\'') {
            ADVANCE();
            while (i < len && text[i] != c && text[i] != '\n') {
                if (text[i] == '\\' && i + 1 < len) ADVANCE();
                ADVANCE();
            }
            if (i < len && text[i] == c) ADVANCE();
        } else {
            ADVANCE();
        }
    }
#undef ADVANCE
}

void suppression_list_free(suppression_list *s) {
    for (size_t i = 0; i < s->n; i++) { free(s->items[i].rule_id); free(s->items[i].reason); }
    free(s->items);
    s->items = NULL;
    s->n = 0;
}

static bool covers(const suppression *s, const diag *d) {
    if (!s->rule_id || strcmp(s->rule_id, d->rule_id) != 0) return false;
    return s->file_wide || d->loc.line == s->line || d->loc.line == s->line + 1;
}

void suppress_apply(diag_list *l, size_t from, const char *file, suppression_list *s,
                    bool (*rule_ran)(const char *id, void *ud), void *ud, diag_level report_level) {
    const char *self = rule_unused_suppression.id;
    for (size_t i = from; i < l->n; i++) {
        diag *d = &l->items[i];
        if (d->suppressed || !d->loc.file || strcmp(d->loc.file, file) != 0 || strcmp(d->rule_id, self) == 0)
            continue;
        suppression *best = NULL;
        for (size_t k = 0; k < s->n; k++) {
            if (!covers(&s->items[k], d)) continue;
            if (!best || (best->file_wide && !s->items[k].file_wide)) best = &s->items[k];
        }
        if (!best) continue;
        best->used = true;
        d->suppressed = true;
        free(d->suppress_reason);
        d->suppress_reason = strdup(best->reason ? best->reason : "");
    }
    if (report_level == LEVEL_NONE) return;
    for (size_t k = 0; k < s->n; k++) {
        const suppression *p = &s->items[k];
        const char *kind = p->file_wide ? "cvet:ignore-file" : "cvet:ignore";
        src_loc loc = { .file = file, .line = p->line, .col = p->col };
        if (!p->rule_id)
            diag_list_add(l, self, report_level, loc, "%s names no rule: write `// %s RULE-ID reason`", kind, kind);
        else if (!rule_find(p->rule_id))
            diag_list_add(l, self, report_level, loc, "%s names unknown rule '%s' (see cvet --list-rules)", kind,
                          p->rule_id);
        else if (!p->reason)
            diag_list_add(l, self, report_level, loc,
                          "%s of '%s' gives no reason: say why the finding is safe, `// %s %s reason`", kind,
                          p->rule_id, kind, p->rule_id);
        else if (!p->used && (!rule_ran || rule_ran(p->rule_id, ud)))
            diag_list_add(l, self, report_level, loc, "%s of '%s' suppresses nothing: no '%s' finding %s", kind,
                          p->rule_id, p->rule_id, p->file_wide ? "in this file" : "on this line or the next");
    }
}
