/* run.c: the parallel analysis. N worker threads, each with its own
 * frontend (created one at a time, before the threads start), take files
 * from a shared counter: parse -> analysis -> every enabled rule ->
 * suppressions. Each file's results go to its own slot; the slots are
 * merged in input order and sorted, so output is identical for any -j. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis.h"
#include "frontend.h"
#include "driver/driver.h"

typedef struct file_result {
    diag_list diags;
    bool failed;
    char *dump;
    size_t dumplen;
} file_result;

typedef struct run_state {
    const run_opts *o;
    file_result *results;
    atomic_size_t next;
    pthread_mutex_t progress_mu;
    size_t done;
} run_state;

typedef struct worker { run_state *st; frontend *fe; } worker;

static bool rule_ran(const char *id, void *ud) {
    const rule_selection *sel = ud;
    for (size_t i = 0; i < sel->n; i++)
        if (strcmp(sel->rules[i]->id, id) == 0) return selection_runs(sel, i);
    return false;
}

static diag_level unused_suppression_level(const rule_selection *sel) {
    for (size_t i = 0; i < sel->n; i++)
        if (sel->rules[i] == &rule_unused_suppression) return selection_runs(sel, i) ? sel->level[i] : LEVEL_NONE;
    return LEVEL_NONE;
}

/* Applies the suppression comments of the main file and of every other file
 * a finding points into; only the main file's unused ones are reported. */
static void apply_suppressions(const run_opts *o, const char *main_file, diag_list *l) {
    const char **files = malloc((l->n + 1) * sizeof *files);
    size_t nfiles = 0;
    files[nfiles++] = main_file;
    for (size_t i = 0; i < l->n; i++) {
        const char *f = l->items[i].loc.file;
        bool seen = false;
        for (size_t k = 0; k < nfiles && !seen; k++) seen = f == files[k] || (f && strcmp(f, files[k]) == 0);
        if (!seen && f) files[nfiles++] = f;
    }
    diag_level report = unused_suppression_level(o->sel);
    for (size_t k = 0; k < nfiles; k++) {
        source_file *src = source_read(files[k]);
        if (src->ok) {
            suppression_list sl = {0};
            suppress_parse(src->text, src->len, &sl);
            suppress_apply(l, 0, files[k], &sl, rule_ran, (void *)o->sel, k == 0 ? report : LEVEL_NONE);
            suppression_list_free(&sl);
        }
        source_file_free(src);
    }
    free(files);
}

static void analyse_one(worker *w, size_t idx) {
    const run_opts *o = w->st->o;
    const input_file *in = &o->inputs->items[idx];
    file_result *res = &w->st->results[idx];
    size_t nargs = in->nargs + o->nextra;
    const char **args = calloc(nargs + 1, sizeof *args);
    if (!args) abort();
    for (size_t i = 0; i < in->nargs; i++) args[i] = in->args[i];
    for (size_t i = 0; i < o->nextra; i++) args[in->nargs + i] = o->extra_args[i];

    bool analysable = false;
    ir_tu *tu = frontend_parse(w->fe, in->path, args, nargs, in->workdir, &res->diags, &analysable);
    free(args);
    if (!tu || !analysable) {
        res->failed = true;
        bool said = false;
        for (size_t i = 0; i < res->diags.nnotes; i++) said |= res->diags.notes[i].level == LEVEL_ERROR;
        src_loc loc = { .file = in->path };
        if (!said) diag_list_note(&res->diags, LEVEL_ERROR, loc, "file could not be analysed");
        if (tu) ir_tu_free(tu);
        return;
    }
    if (o->dump_ir) {
        FILE *mem = open_memstream(&res->dump, &res->dumplen);
        if (mem) { ir_dump(tu, mem); fclose(mem); }
        ir_tu_free(tu);
        return;
    }
    analysis *an = analysis_new(tu);
    for (size_t i = 0; i < o->sel->n; i++)
        if (selection_runs(o->sel, i)) rule_run(o->sel->rules[i], o->sel->level[i], tu, an, &res->diags);
    analysis_free(an);
    const char *main_file = diag_intern_path(tu->nfiles && tu->files && tu->files[0] ? tu->files[0] : in->path);
    ir_tu_free(tu);
    apply_suppressions(o, main_file, &res->diags);
}

static void progress(run_state *st, const char *path) {
    pthread_mutex_lock(&st->progress_mu);
    st->done++;
    if (st->o->progress)
        fprintf(stderr, "\r\033[K[%zu/%zu] %.100s", st->done, st->o->inputs->n, path);
    pthread_mutex_unlock(&st->progress_mu);
}

static void *worker_main(void *arg) {
    worker *w = arg;
    for (;;) {
        size_t idx = atomic_fetch_add(&w->st->next, 1);
        if (idx >= w->st->o->inputs->n) break;
        analyse_one(w, idx);
        progress(w->st, w->st->o->inputs->items[idx].path);
    }
    return NULL;
}

void run_analysis(const run_opts *o, diag_list *out, size_t *nfailed) {
    size_t n = o->inputs->n;
    *nfailed = 0;
    if (n == 0) return;
    run_state st = { .o = o };
    atomic_init(&st.next, 0);
    pthread_mutex_init(&st.progress_mu, NULL);
    st.results = calloc(n, sizeof *st.results);
    unsigned jobs = o->jobs ? o->jobs : 1;
    if (jobs > n) jobs = (unsigned)n;
    worker *workers = calloc(jobs, sizeof *workers);
    pthread_t *threads = calloc(jobs, sizeof *threads);
    if (!st.results || !workers || !threads) abort();
    unsigned nworkers = 0;
    for (unsigned i = 0; i < jobs; i++) {          /* libclang: create indexes one at a time */
        workers[i].st = &st;
        workers[i].fe = frontend_new(o->co_dir);
        if (!workers[i].fe) break;
        nworkers++;
    }
    if (nworkers == 0) {
        src_loc none = {0};
        diag_list_note(out, LEVEL_ERROR, none, "cannot start the C frontend (libclang)");
        *nfailed = n;
        free(workers); free(threads); free(st.results);
        return;
    }
    /* Deeply nested code makes the frontend recurse: give workers big stacks
     * (virtual memory, touched only when used). Even -j1 runs on a worker. */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256u << 20);
    unsigned started = 0;
    for (unsigned i = 0; i < nworkers; i++)
        if (pthread_create(&threads[i], &attr, worker_main, &workers[i]) == 0) started++;
        else break;
    pthread_attr_destroy(&attr);
    if (started == 0) worker_main(&workers[0]);
    for (unsigned i = 0; i < started; i++) pthread_join(threads[i], NULL);
    for (unsigned i = 0; i < nworkers; i++) frontend_free(workers[i].fe);
    if (o->progress) fputs("\r\033[K", stderr);

    for (size_t i = 0; i < n; i++) {
        if (st.results[i].failed) (*nfailed)++;
        if (o->dump_ir && st.results[i].dump) fwrite(st.results[i].dump, 1, st.results[i].dumplen, o->dump_ir);
        free(st.results[i].dump);
        diag_list_append(out, &st.results[i].diags);
    }
    diag_list_sort(out);
    diag_list_dedupe(out);
    pthread_mutex_destroy(&st.progress_mu);
    free(st.results);
    free(workers);
    free(threads);
}
