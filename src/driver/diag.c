/* diag.c: the diagnostic list (diag.h). Builders copy every string they are
 * given; file names are interned for the life of the process, so a
 * diagnostic outlives the translation unit (and its arena) it came from.
 * diag_list_sort is a total order, so output never depends on -j. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "driver/driver.h"

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("cvet: out of memory\n", stderr); abort(); }
    return q;
}

static char *xvasprintf(const char *fmt, va_list ap) {
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) { fputs("cvet: out of memory\n", stderr); abort(); }
    return s;
}

/* ---- Interned file names (shared by all threads, never freed) ---------- */
static pthread_mutex_t intern_mu = PTHREAD_MUTEX_INITIALIZER;
static char **interned; static size_t ninterned, capinterned;

const char *diag_intern_path(const char *path) {
    if (!path) return NULL;
    pthread_mutex_lock(&intern_mu);
    const char *found = NULL;
    for (size_t i = ninterned; i-- > 0;)   /* few distinct files per run: linear is fine */
        if (strcmp(interned[i], path) == 0) { found = interned[i]; break; }
    if (!found) {
        if (ninterned == capinterned) {
            capinterned = capinterned ? capinterned * 2 : 64;
            interned = xrealloc(interned, capinterned * sizeof *interned);
        }
        char *copy = strdup(path);
        if (!copy) abort();
        interned[ninterned++] = copy;
        found = copy;
    }
    pthread_mutex_unlock(&intern_mu);
    return found;
}

static src_loc own_loc(src_loc loc) {
    loc.file = diag_intern_path(loc.file);
    return loc;
}

/* ---- Levels ------------------------------------------------------------- */
const char *diag_level_name(diag_level l) {
    switch (l) {
    case LEVEL_NOTE: return "note";
    case LEVEL_WARNING: return "warning";
    case LEVEL_ERROR: return "error";
    default: return "none";
    }
}

bool diag_level_parse(const char *s, diag_level *out) {
    static const struct { const char *name; diag_level l; } names[] = {
        {"none", LEVEL_NONE}, {"note", LEVEL_NOTE}, {"warning", LEVEL_WARNING}, {"error", LEVEL_ERROR},
    };
    for (size_t i = 0; s && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) { *out = names[i].l; return true; }
    return false;
}

/* ---- Builders ------------------------------------------------------------ */
diag *diag_list_add(diag_list *l, const char *rule_id, diag_level level, src_loc loc, const char *fmt, ...) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = xrealloc(l->items, l->cap * sizeof *l->items);
    }
    diag *d = &l->items[l->n++];
    memset(d, 0, sizeof *d);
    d->rule_id = rule_id;
    d->level = level;
    d->loc = own_loc(loc);
    va_list ap;
    va_start(ap, fmt);
    d->message = xvasprintf(fmt, ap);
    va_end(ap);
    return d;
}

static void add_note(diag_note **arr, size_t *n, src_loc loc, const char *fmt, va_list ap) {
    *arr = xrealloc(*arr, (*n + 1) * sizeof **arr);
    (*arr)[*n].loc = own_loc(loc);
    (*arr)[*n].message = xvasprintf(fmt, ap);
    (*n)++;
}

void diag_add_related(diag *d, src_loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_note(&d->related, &d->nrelated, loc, fmt, ap);
    va_end(ap);
}

void diag_add_step(diag *d, src_loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_note(&d->path, &d->npath, loc, fmt, ap);
    va_end(ap);
}

void diag_add_fixit(diag *d, src_loc loc, uint32_t len, const char *replacement) {
    d->fixits = xrealloc(d->fixits, (d->nfixits + 1) * sizeof *d->fixits);
    diag_fixit *f = &d->fixits[d->nfixits++];
    f->loc = own_loc(loc);
    f->len = len;
    f->replacement = strdup(replacement ? replacement : "");
}

void diag_list_note(diag_list *l, diag_level level, src_loc loc, const char *fmt, ...) {
    if (l->nnotes == l->capnotes) {
        l->capnotes = l->capnotes ? l->capnotes * 2 : 8;
        l->notes = xrealloc(l->notes, l->capnotes * sizeof *l->notes);
    }
    tool_note *t = &l->notes[l->nnotes++];
    t->level = level;
    t->loc = own_loc(loc);
    va_list ap;
    va_start(ap, fmt);
    t->message = xvasprintf(fmt, ap);
    va_end(ap);
}

void diag_list_append(diag_list *dst, diag_list *src) {
    if (src->n) {
        if (dst->n + src->n > dst->cap) {
            dst->cap = dst->n + src->n;
            dst->items = xrealloc(dst->items, dst->cap * sizeof *dst->items);
        }
        memcpy(dst->items + dst->n, src->items, src->n * sizeof *src->items);
        dst->n += src->n;
    }
    if (src->nnotes) {
        if (dst->nnotes + src->nnotes > dst->capnotes) {
            dst->capnotes = dst->nnotes + src->nnotes;
            dst->notes = xrealloc(dst->notes, dst->capnotes * sizeof *dst->notes);
        }
        memcpy(dst->notes + dst->nnotes, src->notes, src->nnotes * sizeof *src->notes);
        dst->nnotes += src->nnotes;
    }
    free(src->items);
    free(src->notes);
    memset(src, 0, sizeof *src);
}

/* ---- Sorting ------------------------------------------------------------- */
static int cmp_str(const char *a, const char *b) {
    if (a == b) return 0;
    if (!a) return -1;
    if (!b) return 1;
    return strcmp(a, b);
}

static int cmp_loc(src_loc a, src_loc b) {
    int c = cmp_str(a.file, b.file);
    if (c) return c;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

static int cmp_notes(const diag_note *a, size_t na, const diag_note *b, size_t nb) {
    for (size_t i = 0; i < na && i < nb; i++) {
        int c = cmp_loc(a[i].loc, b[i].loc);
        if (!c) c = cmp_str(a[i].message, b[i].message);
        if (c) return c;
    }
    return na < nb ? -1 : na > nb;
}

/* A total order: ties on (file, line, col, rule, message) are broken by
 * the rest of the diagnostic so equal keys never depend on arrival order. */
static int cmp_diag(const void *pa, const void *pb) {
    const diag *a = pa, *b = pb;
    int c = cmp_loc(a->loc, b->loc);
    if (!c) c = cmp_str(a->rule_id, b->rule_id);
    if (!c) c = cmp_str(a->message, b->message);
    if (!c && a->level != b->level) c = a->level < b->level ? -1 : 1;
    if (!c && a->suppressed != b->suppressed) c = a->suppressed ? 1 : -1;
    if (!c) c = cmp_notes(a->related, a->nrelated, b->related, b->nrelated);
    if (!c) c = cmp_notes(a->path, a->npath, b->path, b->npath);
    return c;
}

static int cmp_note(const void *pa, const void *pb) {
    const tool_note *a = pa, *b = pb;
    int c = cmp_loc(a->loc, b->loc);
    if (!c && a->level != b->level) c = a->level > b->level ? -1 : 1;
    if (!c) c = cmp_str(a->message, b->message);
    return c;
}

void diag_list_sort(diag_list *l) {
    if (l->n > 1) qsort(l->items, l->n, sizeof *l->items, cmp_diag);
    if (l->nnotes > 1) qsort(l->notes, l->nnotes, sizeof *l->notes, cmp_note);
}

static void free_diag(diag *d) {
    free(d->message);
    for (size_t i = 0; i < d->nrelated; i++) free(d->related[i].message);
    for (size_t i = 0; i < d->npath; i++) free(d->path[i].message);
    for (size_t i = 0; i < d->nfixits; i++) free(d->fixits[i].replacement);
    free(d->related);
    free(d->path);
    free(d->fixits);
    free(d->suppress_reason);
}

void diag_list_free(diag_list *l) {
    for (size_t i = 0; i < l->n; i++) free_diag(&l->items[i]);
    for (size_t i = 0; i < l->nnotes; i++) free(l->notes[i].message);
    free(l->items);
    free(l->notes);
    memset(l, 0, sizeof *l);
}

static bool notes_equal(const diag_note *a, size_t na, const diag_note *b, size_t nb) {
    return cmp_notes(a, na, b, nb) == 0;
}

void diag_list_dedupe(diag_list *l) {
    size_t w = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (w > 0) {
            diag *p = &l->items[w - 1], *d = &l->items[i];
            if (cmp_diag(p, d) == 0 && notes_equal(p->related, p->nrelated, d->related, d->nrelated)) {
                free_diag(d);
                continue;
            }
        }
        l->items[w++] = l->items[i];
    }
    l->n = w;
    w = 0;
    for (size_t i = 0; i < l->nnotes; i++) {
        if (w > 0 && cmp_note(&l->notes[w - 1], &l->notes[i]) == 0) {
            free(l->notes[i].message);
            continue;
        }
        l->notes[w++] = l->notes[i];
    }
    l->nnotes = w;
}
