/* diag.c: run-time diagnostics: panics, the deadlock detector's dump, the
 * CO_LEAKCHECK=1 report and its registry of timers/tickers/contexts, the
 * stack-overflow message, and symbolisation of return addresses to
 * FILE:LINE through libdw (dwfl), so programs built with -g get real source
 * positions without any cost on the hot paths (only a pc is recorded). */
#include "core.h"
#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>
#include <dwarf.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void co__write_err(const char *s)
{
    size_t n = strlen(s);
    while (n) {
        ssize_t k = write(2, s, n);
        if (k <= 0)
            return;
        s += k;
        n -= (size_t)k;
    }
}

const char *co__basename(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* ---- Symbolisation ------------------------------------------------------ */
static pthread_mutex_t sym_lock = PTHREAD_MUTEX_INITIALIZER;
static Dwfl *dwfl;
static const Dwfl_Callbacks dwfl_cbs = {
    .find_elf = dwfl_linux_proc_find_elf,
    .find_debuginfo = dwfl_standard_find_debuginfo,
};

static Dwfl_Module *module_of(Dwarf_Addr addr)
{
    if (!dwfl) {
        dwfl = dwfl_begin(&dwfl_cbs);
        if (!dwfl)
            return NULL;
        dwfl_linux_proc_report(dwfl, getpid());
        dwfl_report_end(dwfl, NULL, NULL);
    }
    Dwfl_Module *m = dwfl_addrmodule(dwfl, addr);
    if (!m) { /* maybe dlopen()ed since: report the mappings again */
        dwfl_report_begin(dwfl);
        dwfl_linux_proc_report(dwfl, getpid());
        dwfl_report_end(dwfl, NULL, NULL);
        m = dwfl_addrmodule(dwfl, addr);
    }
    return m;
}

/* If addr lies in code inlined from co.h (the defer guards), the position
 * the user wants is the inlined call site. */
static bool inlined_call_site(Dwfl_Module *m, Dwarf_Addr addr, const char **file, int *line)
{
    Dwarf_Addr bias;
    Dwarf_Die *cu = dwfl_module_addrdie(m, addr, &bias);
    if (!cu)
        return false;
    Dwarf_Die *scopes = NULL;
    int n = dwarf_getscopes(cu, addr - bias, &scopes);
    bool found = false;
    for (int i = 0; i < n && !found; i++) {
        if (dwarf_tag(&scopes[i]) != DW_TAG_inlined_subroutine)
            continue;
        Dwarf_Attribute a;
        Dwarf_Word fidx, ln;
        if (!dwarf_attr(&scopes[i], DW_AT_call_file, &a) || dwarf_formudata(&a, &fidx) != 0)
            continue;
        if (!dwarf_attr(&scopes[i], DW_AT_call_line, &a) || dwarf_formudata(&a, &ln) != 0)
            continue;
        Dwarf_Files *files;
        size_t nfiles;
        if (dwarf_getsrcfiles(cu, &files, &nfiles) != 0 || fidx >= nfiles)
            continue;
        const char *f = dwarf_filesrc(files, fidx, NULL, NULL);
        if (!f || strcmp(co__basename(f), "co.h") == 0)
            continue; /* still inside co.h: look further out */
        *file = f;
        *line = (int)ln;
        found = true;
    }
    free(scopes);
    return found;
}

static bool symbolize_locked(uintptr_t pc, char *buf, size_t len, const char **func)
{
    Dwarf_Addr addr = (Dwarf_Addr)pc - 1; /* a return address: the call is before it */
    Dwfl_Module *m = module_of(addr);
    if (func)
        *func = m ? dwfl_module_addrname(m, addr) : NULL;
    if (!m)
        return false;
    Dwfl_Line *l = dwfl_module_getsrc(m, addr);
    if (!l)
        return false;
    int line = 0;
    const char *file = dwfl_lineinfo(l, NULL, &line, NULL, NULL, NULL);
    if (!file)
        return false;
    if (strcmp(co__basename(file), "co.h") == 0)
        inlined_call_site(m, addr, &file, &line);
    snprintf(buf, len, "%s:%d", co__basename(file), line);
    return true;
}

void co__symbolize(uintptr_t pc, char *buf, size_t len)
{
    if (!pc) {
        snprintf(buf, len, "?");
        return;
    }
    pthread_mutex_lock(&sym_lock);
    bool ok = symbolize_locked(pc, buf, len, NULL);
    pthread_mutex_unlock(&sym_lock);
    if (!ok)
        snprintf(buf, len, "0x%lx", (unsigned long)pc);
}

void co__spawn_site(const co__g *g, char *buf, size_t len)
{
    co__symbolize(g->spawn_pc, buf, len);
}

/* The first caller outside the runtime (functions named co_* / co__*). */
static uintptr_t user_pc(void)
{
    void *frames[48];
    int n = backtrace(frames, 48);
    uintptr_t found = 0;
    pthread_mutex_lock(&sym_lock);
    for (int i = 1; i < n && !found; i++) {
        char tmp[8];
        const char *fn = NULL;
        symbolize_locked((uintptr_t)frames[i], tmp, sizeof tmp, &fn);
        if (fn && strncmp(fn, "co_", 3) == 0)
            continue;
        found = (uintptr_t)frames[i];
    }
    pthread_mutex_unlock(&sym_lock);
    return found;
}

/* ---- Panics ----------------------------------------------------------------- */
static CO__NORETURN void panic_v(uintptr_t pc, const char *fmt, va_list ap)
{
    char msg[512], where[256], spawned[256], out[1200];
    vsnprintf(msg, sizeof msg, fmt, ap);
    co__g *g = co__current();
    co__symbolize(pc, where, sizeof where);
    if (g) {
        co__spawn_site(g, spawned, sizeof spawned);
        snprintf(out, sizeof out, "panic: %s\n\ngoroutine %llu [running] at %s (spawned at %s)\n",
                 msg, (unsigned long long)g->id, where, spawned);
    } else {
        snprintf(out, sizeof out, "panic: %s\n\nat %s (outside any goroutine)\n", msg, where);
    }
    fflush(stdout);
    co__write_err(out);
    abort();
}

void co__panic(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    panic_v(user_pc(), fmt, ap);
}

void co__panic_at(uintptr_t pc, const char *fmt, ...)
{
    /* A pc inside a co_* function (e.g. a defer guard of co.h compiled
     * out of line at -O0) is not the user's position: walk the stack. */
    char tmp[8];
    const char *fn = NULL;
    pthread_mutex_lock(&sym_lock);
    symbolize_locked(pc, tmp, sizeof tmp, &fn);
    bool inside = fn && strncmp(fn, "co_", 3) == 0;
    pthread_mutex_unlock(&sym_lock);
    if (inside || !pc)
        pc = user_pc();
    va_list ap;
    va_start(ap, fmt);
    panic_v(pc, fmt, ap);
}

void co__stack_overflow(co__g *g)
{
    char spawned[256], out[512];
    co__spawn_site(g, spawned, sizeof spawned);
    snprintf(out, sizeof out,
             "fatal error: stack overflow in goroutine %llu (spawned at %s)\n"
             "co: the goroutine used its whole %zu-byte stack (set CO_STACK_SIZE for bigger stacks)\n",
             (unsigned long long)g->id, spawned, g->stack_size);
    co__write_err(out);
    _exit(2);
}

/* ---- Goroutine dumps ------------------------------------------------------- */
typedef struct gsnap {
    uint64_t id;
    int state;
    bool is_main;
    co__wait_info wait;
    uintptr_t spawn_pc;
} gsnap;

typedef struct gvec {
    gsnap *v;
    size_t n, cap;
} gvec;

static void collect(co__g *g, void *arg)
{
    gvec *gv = arg;
    if (gv->n == gv->cap) {
        size_t cap = gv->cap ? gv->cap * 2 : 64;
        gsnap *v = realloc(gv->v, cap * sizeof *v);
        if (!v)
            return;
        gv->v = v;
        gv->cap = cap;
    }
    int s = atomic_load(&g->state);
    if (s == CO__G_DEAD || s == CO__G_FREE || g->gen != co__S.gen)
        return; /* leftovers of an earlier co_main were reported then */
    gv->v[gv->n++] = (gsnap){ g->id, s, g->is_main, g->wait, g->spawn_pc };
}

static int by_id(const void *a, const void *b)
{
    const gsnap *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id;
}

static gvec snapshot(void)
{
    gvec gv = { 0 };
    co__stack_foreach(collect, &gv);
    if (gv.n)
        qsort(gv.v, gv.n, sizeof *gv.v, by_id);
    return gv;
}

static bool is_parked(int s)
{
    return s == CO__G_WAITING || s == CO__G_PARKING || s == CO__G_WAKEUP;
}

void co__deadlock(void)
{
    fflush(stdout);
    co__write_err("fatal error: all goroutines are asleep - deadlock!\n");
    gvec gv = snapshot();
    for (size_t i = 0; i < gv.n; i++) {
        gsnap *s = &gv.v[i];
        char where[256], spawned[256], out[800];
        co__symbolize(s->wait.pc, where, sizeof where);
        co__symbolize(s->spawn_pc, spawned, sizeof spawned);
        snprintf(out, sizeof out, "\ngoroutine %llu [%s]:\n\tblocked at %s\n\tspawned at %s%s\n",
                 (unsigned long long)s->id,
                 is_parked(s->state) && s->wait.op ? s->wait.op : "runnable", where, spawned,
                 s->is_main ? " (main goroutine, co_main)" : "");
        co__write_err(out);
    }
    exit(2);
}

/* ---- Leak registry and report ---------------------------------------------- */
static unsigned leak_lock;
static co__leak_rec *leak_head, *leak_tail;

void co__leak_register(co__leak_rec *r, co__leak_kind kind, uintptr_t pc)
{
    r->kind = kind;
    r->pc = pc;
    co__spin_lock(&leak_lock);
    r->next = NULL;
    r->prev = leak_tail;
    if (leak_tail)
        leak_tail->next = r;
    else
        leak_head = r;
    leak_tail = r;
    co__spin_unlock(&leak_lock);
}

void co__leak_unregister(co__leak_rec *r)
{
    co__spin_lock(&leak_lock);
    if (r->prev || leak_head == r) { /* still linked: unregistering is idempotent */
        if (r->prev)
            r->prev->next = r->next;
        else
            leak_head = r->next;
        if (r->next)
            r->next->prev = r->prev;
        else
            leak_tail = r->prev;
        r->prev = r->next = NULL;
    }
    co__spin_unlock(&leak_lock);
}

/* A new co_main run: forget what earlier runs leaked (reported then).
 * Unlinked records make a later unregister a no-op. */
void co__leak_reset(void)
{
    co__spin_lock(&leak_lock);
    for (co__leak_rec *r = leak_head, *next; r; r = next) {
        next = r->next;
        r->prev = r->next = NULL;
    }
    leak_head = leak_tail = NULL;
    co__spin_unlock(&leak_lock);
}

int co__leakcheck(void)
{
    int found = 0;
    char out[800];
    gvec gv = snapshot();
    for (size_t i = 0; i < gv.n; i++) {
        gsnap *s = &gv.v[i];
        if (s->is_main)
            continue;
        char where[256], spawned[256];
        co__symbolize(s->spawn_pc, spawned, sizeof spawned);
        if (is_parked(s->state) && s->wait.op) {
            co__symbolize(s->wait.pc, where, sizeof where);
            snprintf(out, sizeof out, "co: leak: goroutine %llu blocked in %s at %s (spawned at %s)\n",
                     (unsigned long long)s->id, s->wait.op, where, spawned);
        } else {
            snprintf(out, sizeof out, "co: leak: goroutine %llu still running (spawned at %s)\n",
                     (unsigned long long)s->id, spawned);
        }
        co__write_err(out);
        found = 1;
    }
    free(gv.v);

    /* Copy the records under the lock, symbolise outside it. */
    size_t n = 0, cap = 0;
    co__leak_rec *recs = NULL;
    co__spin_lock(&leak_lock);
    for (co__leak_rec *r = leak_head; r; r = r->next) {
        if (n == cap) {
            cap = cap ? 2 * cap : 32;
            co__leak_rec *nr = realloc(recs, cap * sizeof *nr);
            if (!nr)
                break;
            recs = nr;
        }
        recs[n++] = *r;
    }
    co__spin_unlock(&leak_lock);
    for (size_t i = 0; i < n; i++) {
        char where[256];
        co__symbolize(recs[i].pc, where, sizeof where);
        const char *what = recs[i].kind == CO__LEAK_TIMER    ? "timer"
                           : recs[i].kind == CO__LEAK_TICKER ? "ticker"
                                                             : "context";
        const char *verb = recs[i].kind == CO__LEAK_CONTEXT ? "cancelled" : "stopped";
        snprintf(out, sizeof out, "co: leak: %s created at %s never %s\n", what, where, verb);
        co__write_err(out);
        found = 1;
    }
    free(recs);
    return found;
}
