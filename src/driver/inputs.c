/* inputs.c: which files to analyse. A named file is taken as is; a
 * directory is walked for *.c in sorted order, skipping hidden and build
 * directories (build*, or holding meson-private / CMakeCache.txt),
 * following symlinks but never into a directory already on the walk (a
 * loop), and reporting unreadable directories as errors while going on. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "driver/driver.h"

static void add_input(input_list *l, const char *path) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
        if (!l->items) abort();
    }
    memset(&l->items[l->n], 0, sizeof l->items[l->n]);
    l->items[l->n++].path = strdup(path);
}

void inputs_free(input_list *l) {
    for (size_t i = 0; i < l->n; i++) {
        free(l->items[i].path);
        for (size_t k = 0; k < l->items[i].nargs; k++) free(l->items[i].args[k]);
        free(l->items[i].args);
        free(l->items[i].workdir);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* Patterns match (fnmatch, `*` crossing `/`) the path as named (without a
 * leading "./"), the path relative to the config file's directory, or the
 * base name. */
bool inputs_excluded(const cvet_config *cfg, const char *path) {
    if (!cfg || !cfg->nexclude) return false;
    const char *named = path;
    while (named[0] == '.' && named[1] == '/') named += 2;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char real[PATH_MAX], dir[PATH_MAX];
    const char *rel = NULL;
    if (cfg->dir && realpath(path, real) && realpath(cfg->dir, dir)) {
        size_t dl = strlen(dir);
        if (strcmp(dir, "/") == 0) rel = real + 1;
        else if (strncmp(real, dir, dl) == 0 && real[dl] == '/') rel = real + dl + 1;
    }
    for (size_t i = 0; i < cfg->nexclude; i++) {
        const char *p = cfg->exclude[i];
        if (fnmatch(p, named, 0) == 0 || fnmatch(p, base, 0) == 0 || (rel && fnmatch(p, rel, 0) == 0)) return true;
    }
    return false;
}

static bool is_build_dir(const char *path, const char *name) {
    if (strncmp(name, "build", 5) == 0) return true;
    char probe[PATH_MAX + 32];
    snprintf(probe, sizeof probe, "%s/meson-private", path);
    if (access(probe, F_OK) == 0) return true;
    snprintf(probe, sizeof probe, "%s/CMakeCache.txt", path);
    return access(probe, F_OK) == 0;
}

typedef struct walk_frame { dev_t dev; ino_t ino; } walk_frame;
typedef struct walker {
    const cvet_config *cfg;
    input_list *out;
    diag_list *notes;
    walk_frame *stack; size_t depth, cap;   /* directories on the current walk */
    walk_frame *seen; size_t nseen, capseen; /* every directory walked */
} walker;

static bool frame_in(const walk_frame *v, size_t n, const struct stat *st) {
    for (size_t i = 0; i < n; i++) if (v[i].dev == st->st_dev && v[i].ino == st->st_ino) return true;
    return false;
}

static void push(walk_frame **v, size_t *n, size_t *cap, const struct stat *st) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = realloc(*v, *cap * sizeof **v);
        if (!*v) abort();
    }
    (*v)[*n].dev = st->st_dev;
    (*v)[(*n)++].ino = st->st_ino;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void walk_dir(walker *w, const char *path, const struct stat *st) {
    if (frame_in(w->seen, w->nseen, st)) return;  /* reached twice through symlinks: walked already */
    push(&w->stack, &w->depth, &w->cap, st);
    push(&w->seen, &w->nseen, &w->capseen, st);
    DIR *d = opendir(path);
    if (!d) {
        src_loc loc = { .file = path };
        diag_list_note(w->notes, LEVEL_ERROR, loc, "cannot read directory: %s; its files were not analysed",
                       strerror(errno));
        w->depth--;
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;   /* ., .., and hidden entries */
        if (n == cap) { cap = cap ? cap * 2 : 32; names = realloc(names, cap * sizeof *names); if (!names) abort(); }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char child[PATH_MAX];
        if (strcmp(path, ".") == 0) snprintf(child, sizeof child, "%s", names[i]);
        else snprintf(child, sizeof child, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
        struct stat cst, lst;
        if (lstat(child, &lst) != 0) continue;
        if (stat(child, &cst) != 0) {
            if (S_ISLNK(lst.st_mode)) {
                src_loc loc = { .file = child };
                diag_list_note(w->notes, LEVEL_NOTE, loc, "skipping dangling symbolic link");
            }
            continue;
        }
        if (inputs_excluded(w->cfg, child)) continue;
        if (S_ISDIR(cst.st_mode)) {
            if (is_build_dir(child, names[i])) continue;
            if (frame_in(w->stack, w->depth, &cst)) {
                src_loc loc = { .file = child };
                diag_list_note(w->notes, LEVEL_WARNING, loc,
                               "skipping symbolic link loop: it leads back to a directory being walked");
                continue;
            }
            walk_dir(w, child, &cst);
        } else if (S_ISREG(cst.st_mode)) {
            size_t l = strlen(names[i]);
            if (l > 2 && strcmp(names[i] + l - 2, ".c") == 0) add_input(w->out, child);
        }
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    w->depth--;
}

void inputs_collect(const char *path, const cvet_config *cfg, input_list *out, diag_list *notes) {
    struct stat st;
    src_loc loc = { .file = path };
    if (stat(path, &st) != 0) {
        diag_list_note(notes, LEVEL_ERROR, loc, "cannot open: %s", strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        walker w = { .cfg = cfg, .out = out, .notes = notes };
        walk_dir(&w, path, &st);
        free(w.stack);
        free(w.seen);
    } else if (S_ISREG(st.st_mode)) {
        add_input(out, path);   /* named explicitly: taken even when excluded or not *.c */
    } else {
        diag_list_note(notes, LEVEL_ERROR, loc, "not a regular file or directory; not analysed");
    }
}

/* Drops files named twice (a.c and ./a.c, or through a symlink): the
 * first spelling wins, the order is kept. */
typedef struct real_entry { char *real; size_t index; } real_entry;

static int cmp_real(const void *a, const void *b) {
    const real_entry *x = a, *y = b;
    int c = strcmp(x->real, y->real);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

void inputs_dedupe(input_list *l) {
    size_t n = l->n;
    if (n < 2) return;
    real_entry *e = calloc(n, sizeof *e);
    bool *drop = calloc(n, sizeof *drop);
    if (!e || !drop) abort();
    for (size_t i = 0; i < n; i++) {
        char buf[PATH_MAX];
        e[i].real = strdup(realpath(l->items[i].path, buf) ? buf : l->items[i].path);
        e[i].index = i;
    }
    qsort(e, n, sizeof *e, cmp_real);
    for (size_t i = 1; i < n; i++)
        if (strcmp(e[i].real, e[i - 1].real) == 0) drop[e[i].index] = true;
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (!drop[i]) { l->items[w++] = l->items[i]; continue; }
        free(l->items[i].path);
        for (size_t k = 0; k < l->items[i].nargs; k++) free(l->items[i].args[k]);
        free(l->items[i].args);
        free(l->items[i].workdir);
    }
    l->n = w;
    for (size_t i = 0; i < n; i++) free(e[i].real);
    free(e);
    free(drop);
}
