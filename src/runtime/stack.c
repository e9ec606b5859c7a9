/* stack.c: goroutine stacks. Each block is one mmap: a guard page at the
 * bottom (MADV_GUARD_INSTALL, so it costs no extra VMA; mprotect on older
 * kernels), the stack, and the co__g record at the top. Blocks are cached
 * per worker; commit is lazy, so an idle goroutine costs a page or two.
 * A guard-page hit dies with "fatal error: stack overflow in goroutine N".
 * Under ASan/TSan stacks are plain malloc blocks without a guard page. */
#include "core.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#if defined(CO_VALGRIND)
#include <valgrind/valgrind.h>
#endif

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

#if defined(CO_ASAN) || defined(CO_TSAN)
#define CO__MALLOC_STACKS 1
#else
#define CO__MALLOC_STACKS 0
#endif

#define CACHE_MAX 128
#define ALTSTACK_SIZE (256 * 1024)
#define G_SIZE ((sizeof(co__g) + 63) & ~(size_t)63)

size_t co__stack_size;
static size_t page_size;
static _Atomic int guard_mode; /* 0 = untested, 1 = MADV_GUARD_INSTALL, 2 = mprotect */
static _Atomic bool map_error_reported;

/* Registry of every block, for the deadlock dump and the leak report. */
static unsigned reg_lock;
static co__g *reg_head;

static size_t parse_size(const char *s)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end == 'k' || *end == 'K')
        v <<= 10;
    else if (*end == 'm' || *end == 'M')
        v <<= 20;
    return (size_t)v;
}

void co__stack_init(void)
{
    page_size = (size_t)sysconf(_SC_PAGESIZE);
    size_t sz = 256 * 1024;
    const char *env = getenv("CO_STACK_SIZE");
    if (env && *env) {
        size_t v = parse_size(env);
        if (v)
            sz = v;
    }
    if (sz < 16 * 1024)
        sz = 16 * 1024;
    sz = (sz + page_size - 1) & ~(page_size - 1);
    co__stack_size = sz;
    /* CO_STACK_GUARD=mprotect forces the pre-6.13 fallback (for tests). */
    const char *guard = getenv("CO_STACK_GUARD");
    if (guard && strcmp(guard, "mprotect") == 0)
        atomic_store(&guard_mode, 2);
}

static void report_map_failure(const char *what, int err)
{
    if (atomic_exchange(&map_error_reported, true))
        return;
    long max_map = -1;
    FILE *f = fopen("/proc/sys/vm/max_map_count", "r");
    if (f) {
        if (fscanf(f, "%ld", &max_map) != 1)
            max_map = -1;
        fclose(f);
    }
    char buf[512];
    snprintf(buf, sizeof buf,
             "co: cannot create a goroutine stack: %s failed: %s.\n"
             "co: the process has probably hit vm.max_map_count (%ld memory mappings)%s; "
             "raise it (sysctl -w vm.max_map_count=262144) or use fewer goroutines.\n",
             what, strerror(err), max_map,
             atomic_load(&guard_mode) == 2 ? ": each stack's mprotect guard page costs 2 mappings" : "");
    co__write_err(buf);
}

static void reg_add(co__g *g)
{
    co__spin_lock(&reg_lock);
    g->all_prev = NULL;
    g->all_next = reg_head;
    if (reg_head)
        reg_head->all_prev = g;
    reg_head = g;
    co__spin_unlock(&reg_lock);
}

static void reg_del(co__g *g)
{
    co__spin_lock(&reg_lock);
    if (g->all_prev)
        g->all_prev->all_next = g->all_next;
    else
        reg_head = g->all_next;
    if (g->all_next)
        g->all_next->all_prev = g->all_prev;
    co__spin_unlock(&reg_lock);
}

/* Install the guard page at p: no new VMA with MADV_GUARD_INSTALL. */
static __attribute__((unused)) bool install_guard(void *p)
{
    int mode = atomic_load(&guard_mode);
    if (mode != 2) {
        if (madvise(p, page_size, MADV_GUARD_INSTALL) == 0) {
            atomic_store(&guard_mode, 1);
            return true;
        }
        if (errno != EINVAL && errno != ENOSYS && errno != EPERM) {
            report_map_failure("madvise(MADV_GUARD_INSTALL)", errno);
            return false;
        }
        atomic_store(&guard_mode, 2); /* kernel older than 6.13 */
    }
    if (mprotect(p, page_size, PROT_NONE) != 0) {
        report_map_failure("mprotect (guard page)", errno);
        return false;
    }
    return true;
}

static co__g *block_new(void)
{
    size_t size;
    char *base;
    size_t guard = 0;
#if CO__MALLOC_STACKS
    size = co__stack_size + G_SIZE;
    base = aligned_alloc(64, size);
    if (!base) {
        errno = ENOMEM;
        return NULL;
    }
#else
    guard = page_size;
    size = guard + co__stack_size;
    base = mmap(NULL, size, PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED) {
        int err = errno;
        report_map_failure("mmap", err);
        errno = err == ENOMEM ? EAGAIN : err;
        return NULL;
    }
    if (!install_guard(base)) {
        munmap(base, size);
        errno = EAGAIN;
        return NULL;
    }
#endif
    co__g *g = (co__g *)(base + size - G_SIZE);
    co__san_ignore_begin();
    memset(g, 0, sizeof *g);
    co__san_ignore_end();
    g->block = base;
    g->block_size = size;
    g->guard_size = guard;
    g->stack_lo = base + guard;
    g->stack_size = (size_t)((char *)g - (char *)g->stack_lo);
#if defined(CO_VALGRIND)
    g->vg_id = VALGRIND_STACK_REGISTER(g->stack_lo, (char *)g->stack_lo + g->stack_size);
#endif
    reg_add(g);
    return g;
}

static void block_destroy(co__g *g)
{
    reg_del(g);
#if defined(CO_VALGRIND)
    VALGRIND_STACK_DEREGISTER(g->vg_id);
#endif
#if CO__MALLOC_STACKS
    free(g->block);
#else
    munmap(g->block, g->block_size);
#endif
}

co__g *co__stack_alloc(co__worker *w)
{
    co__g *g = NULL;
    if (w && w->cache) {
        g = w->cache;
        w->cache = g->cache_next;
        w->ncache--;
        co__san_stack_reuse(g);
    } else {
        g = block_new();
        if (!g)
            return NULL;
    }
    /* Reset everything but the block description and registry links. */
    size_t off = offsetof(co__g, block);
    co__san_ignore_begin();
    memset(g, 0, off);
    co__san_ignore_end();
    g->cache_next = NULL;
    g->asan_fake = NULL;
    g->tsan_fiber = NULL;
    return g;
}

void co__stack_free(co__worker *w, co__g *g)
{
    atomic_store(&g->state, CO__G_FREE);
    if (w && w->ncache < CACHE_MAX) {
        g->cache_next = w->cache;
        w->cache = g;
        w->ncache++;
        return;
    }
    block_destroy(g);
}

void co__stack_foreach(void (*fn)(co__g *g, void *arg), void *arg)
{
    co__spin_lock(&reg_lock);
    for (co__g *g = reg_head; g; g = g->all_next)
        if (atomic_load(&g->state) != CO__G_FREE)
            fn(g, arg);
    co__spin_unlock(&reg_lock);
}

/* ---- Stack overflow detection -------------------------------------------- */
static struct sigaction old_segv, old_bus;
static __attribute__((unused)) pthread_once_t handler_once = PTHREAD_ONCE_INIT;

static bool is_guard_hit(co__g *g, uintptr_t addr)
{
    if (!g || !g->guard_size)
        return false;
    uintptr_t lo = (uintptr_t)g->block;
    /* A big frame may jump past the guard page: accept a little below it. */
    return addr >= lo - 64 * 1024 && addr < lo + g->guard_size;
}

static void chain(int sig, siginfo_t *si, void *uc)
{
    struct sigaction *old = sig == SIGBUS ? &old_bus : &old_segv;
    if ((old->sa_flags & SA_SIGINFO) && old->sa_sigaction) {
        old->sa_sigaction(sig, si, uc);
        return;
    }
    if (old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN && old->sa_handler) {
        old->sa_handler(sig);
        return;
    }
    /* Restore the default action; the fault repeats and kills us. */
    signal(sig, SIG_DFL);
}

static void segv_handler(int sig, siginfo_t *si, void *uc)
{
    co__worker *w = co__self_worker();
    co__g *g = w ? w->cur : NULL;
    if (g && is_guard_hit(g, (uintptr_t)si->si_addr))
        co__stack_overflow(g);
    chain(sig, si, uc);
}

static __attribute__((unused)) void install_handler(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &old_segv);
    sigaction(SIGBUS, &sa, &old_bus);
}

void co__stack_install_altstack(co__worker *w)
{
#if !CO__MALLOC_STACKS
    void *p = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return;
    stack_t ss = { .ss_sp = p, .ss_size = ALTSTACK_SIZE, .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) != 0) {
        munmap(p, ALTSTACK_SIZE);
        return;
    }
    w->altstack = p;
    pthread_once(&handler_once, install_handler);
#else
    (void)w;
#endif
}

void co__stack_drop_altstack(co__worker *w)
{
    if (!w->altstack)
        return;
    stack_t ss = { .ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE };
    sigaltstack(&ss, NULL);
    munmap(w->altstack, ALTSTACK_SIZE);
    w->altstack = NULL;
}
