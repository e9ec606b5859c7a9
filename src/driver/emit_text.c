/* emit_text.c: the human formats. `text` is gcc-style: a finding line
 * `file:line:col: warning: message [rule-id]`, the source line and a caret,
 * then related locations and path steps as `note:` lines; `gcc` is the same
 * without snippets (for editors' quickfix). Suppressed findings are not
 * shown. Colour only when asked (the caller checks tty and NO_COLOR). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver/driver.h"

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_GREEN "\033[1;32m"

static const char *level_colour(diag_level l) {
    switch (l) {
    case LEVEL_ERROR: return "\033[1;31m";
    case LEVEL_WARNING: return "\033[1;35m";
    default: return "\033[1;36m";
    }
}

static void print_loc(FILE *out, src_loc loc, bool colour) {
    if (colour) fputs(C_BOLD, out);
    fputs(loc.file ? loc.file : "<unknown>", out);
    if (loc.line) {
        fprintf(out, ":%u", loc.line);
        if (loc.col) fprintf(out, ":%u", loc.col);
    }
    fputs(":", out);
    if (colour) fputs(C_RESET, out);
}

static void print_head(FILE *out, src_loc loc, diag_level level, const char *msg, const char *rule_id, bool colour) {
    print_loc(out, loc, colour);
    fprintf(out, " %s%s:%s ", colour ? level_colour(level) : "", diag_level_name(level), colour ? C_RESET : "");
    fputs(msg, out);
    if (rule_id) fprintf(out, " [%s]", rule_id);
    fputc('\n', out);
}

/* Prints the source line (a window of it when very long) and a caret
 * under the column; control bytes print as '?', tabs are kept so the
 * caret lines up. */
static void print_snippet(FILE *out, source_cache *src, src_loc loc, bool colour) {
    if (!src || !loc.file || !loc.line) return;
    const source_file *f = source_get(src, loc.file);
    const char *line;
    size_t len;
    if (!source_line(f, loc.line, &line, &len)) return;
    size_t col = loc.col ? loc.col - 1 : 0;
    if (col > len) col = len;
    enum { WINDOW = 160, BEFORE = 80 };
    size_t from = 0, to = len;
    if (len > WINDOW) {
        from = col > BEFORE ? col - BEFORE : 0;
        to = from + WINDOW < len ? from + WINDOW : len;
    }
    fprintf(out, "%5u | %s", loc.line, from ? "..." : "");
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)line[i];
        fputc(c == '\t' || c >= 0x20 ? (c == 0x7f ? '?' : c) : '?', out);
    }
    fprintf(out, "%s\n      | %s", to < len ? "..." : "", from ? "   " : "");
    for (size_t i = from; i < col; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t') fputc('\t', out);
        else if (c < 0x80 || c >= 0xC0) fputc(' ', out);   /* one space per character, not per byte */
    }
    fprintf(out, "%s^%s\n", colour ? C_GREEN : "", colour ? C_RESET : "");
}

void emit_text(FILE *out, const diag_list *l, const emit_opts *o) {
    for (size_t i = 0; i < l->n; i++) {
        const diag *d = &l->items[i];
        if (d->suppressed) continue;
        print_head(out, d->loc, d->level, d->message, d->rule_id, o->colour);
        if (o->snippets) print_snippet(out, o->src, d->loc, o->colour);
        for (size_t k = 0; k < d->nrelated; k++)
            print_head(out, d->related[k].loc, LEVEL_NOTE, d->related[k].message, NULL, o->colour);
        for (size_t k = 0; k < d->npath; k++) {
            char *msg = NULL;
            if (asprintf(&msg, "step %zu: %s", k + 1, d->path[k].message) < 0) continue;
            print_head(out, d->path[k].loc, LEVEL_NOTE, msg, NULL, o->colour);
            free(msg);
        }
        for (size_t k = 0; k < d->nfixits; k++) {
            char *msg = NULL;
            if (asprintf(&msg, "fix-it: replace %u byte%s with \"%s\"", d->fixits[k].len,
                         d->fixits[k].len == 1 ? "" : "s", d->fixits[k].replacement) < 0)
                continue;
            print_head(out, d->fixits[k].loc, LEVEL_NOTE, msg, NULL, o->colour);
            free(msg);
        }
    }
}

void emit_notes_text(FILE *out, const diag_list *l, bool colour) {
    for (size_t i = 0; i < l->nnotes; i++) {
        const tool_note *t = &l->notes[i];
        print_head(out, t->loc, t->level == LEVEL_NONE ? LEVEL_NOTE : t->level, t->message, NULL, colour);
    }
}
