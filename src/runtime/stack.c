/* stack.c: goroutine stacks. Each block is a guard page at the bottom
 * (MADV_GUARD_INSTALL, so it costs no extra VMA; mprotect on older
 * kernels) and the stack; its co__g record lives apart, packed with the
 * other records of its chunk. Blocks are carved from larger mappings and
 * recycled (see "Block allocation"). Commit is lazy, so an idle goroutine
 * costs a page or two.
 * A guard-page hit dies with "fatal error: stack overflow in goroutine N".
 * Under ASan/TSan stacks are plain malloc blocks without a guard page. */
#include "core.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#if defined(CO_VALGRIND)
#include <valgrind/valgrind.h>
#endif

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

#if defined(CO_ASAN) || defined(CO_TSAN)
#define CO__MALLOC_STACKS 1
#else
#define CO__MALLOC_STACKS 0
#endif

#define CACHE_MAX 128  /* blocks a worker keeps without locking */
#define CACHE_BATCH 64 /* blocks moved between a cache and the pool at once */
#define POOL_WARM 256  /* pooled blocks whose memory idle workers leave alone */
#define POOL_COLD_AFTER (500 * CO_MILLISECOND) /* untouched this long: scavenge even if others run */
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

/* ---- Block allocation -----------------------------------------------------
 * Blocks are carved from chunks: one mmap holds up to CHUNK_BLOCKS blocks
 * (at most CHUNK_BYTES) after a page-aligned array of their records; the
 * guards and the committed top pages of a whole chunk are set up at once
 * (chunk_prepare). A burst of spawns thus costs one mmap and two
 * process_madvise calls per chunk, not an mmap + madvise (and, at exit, an
 * munmap with a TLB shootdown on every core) per goroutine. Blocks are
 * not unmapped (only one of a stale size is, by block_release): like Go's
 * dead g's they are kept for reuse, first in the worker's cache,
 * then in a global pool that workers trade with in batches of CACHE_BATCH
 * (so a spawner on one worker and an exiter on another do not starve or
 * flood). Idle workers give back the memory of pooled blocks beyond
 * POOL_WARM (MADV_DONTNEED; the address range and guard stay), so RSS
 * falls back after a burst while a steady program never pays for it. */
#define CHUNK_BLOCKS 64
#define CHUNK_BYTES (16u << 20)

static unsigned pool_lock;
static co__g *pool_warm, *pool_cold; /* memory kept / given back */
static int npool_warm;
/* Trades with the caches, counted (no clock read here: under TSan this
 * code may run on a stack that belongs to a goroutine block). */
static _Atomic uint64_t pool_trades;

static void block_init(co__g *g, char *base, size_t size, size_t guard, size_t stack)
{
    co__san_ignore_begin();
    memset(g, 0, sizeof *g);
    co__san_ignore_end();
    g->block = base;
    g->block_size = size;
    g->guard_size = guard;
    g->stack_lo = base + guard;
    g->stack_size = stack;
#if defined(CO_VALGRIND)
    g->vg_id = VALGRIND_STACK_REGISTER(g->stack_lo, (char *)g->stack_lo + g->stack_size);
#endif
    reg_add(g);
}

#if CO__MALLOC_STACKS
static co__g *block_new(void)
{
    size_t size = co__stack_size + G_SIZE;
    char *base = aligned_alloc(64, (size + 63) & ~(size_t)63);
    if (!base) {
        errno = ENOMEM;
        return NULL;
    }
    co__g *g = (co__g *)(base + size - G_SIZE);
    block_init(g, base, size, 0, co__stack_size);
    return g;
}
#else
/* madvise over many ranges in one system call (process_madvise on our own
 * address space, Linux 6.13+): installing the guards and committing the
 * top page of a whole chunk at once costs ~1 us per block where one
 * madvise plus a first-touch page fault each cost 1.5 + 10-15 us on a
 * virtualised host (measured; see docs/runtime.md). False when not done
 * in full; the caller then falls back to one range at a time. */
static bool madvise_ranges(struct iovec *iov, size_t n, int advice)
{
#if defined(SYS_process_madvise) && defined(SYS_pidfd_open)
    /* PIDFD_SELF_PROCESS (Linux 6.15) names us without a file descriptor;
     * before that, a pidfd of our own, reopened in a forked child. */
    enum { PIDFD_SELF_PROCESS = -10001, UNAVAILABLE = -2, UNTRIED = -1 };
    static _Atomic int self_fd = UNTRIED;
    static _Atomic pid_t self_pid;
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += iov[i].iov_len;
    int fd = atomic_load(&self_fd);
    if (fd == UNAVAILABLE)
        return false;
    if (fd == UNTRIED) {
        long done = syscall(SYS_process_madvise, PIDFD_SELF_PROCESS, iov, n, advice, 0u);
        if (done >= 0 || errno != EBADF) {
            atomic_store(&self_fd, PIDFD_SELF_PROCESS);
            if (done < 0 && (errno == EINVAL || errno == ENOSYS || errno == EPERM))
                atomic_store(&self_fd, UNAVAILABLE);
            return done == (long)total;
        }
    }
    if (fd != PIDFD_SELF_PROCESS && (fd < 0 || atomic_load(&self_pid) != getpid())) {
        fd = (int)syscall(SYS_pidfd_open, getpid(), 0);
        if (fd < 0) {
            atomic_store(&self_fd, UNAVAILABLE);
            return false;
        }
        atomic_store(&self_pid, getpid());
        int old = atomic_exchange(&self_fd, fd);
        if (old >= 0)
            close(old);
    }
    long done = syscall(SYS_process_madvise, fd, iov, n, advice, 0u);
    if (done < 0 && (errno == EINVAL || errno == ENOSYS || errno == EPERM))
        atomic_store(&self_fd, UNAVAILABLE); /* this kernel does not take the advice this way */
    return done == (long)total;
#else
    (void)iov; (void)n; (void)advice;
    return false;
#endif
}

static pthread_mutex_t carve_lock = PTHREAD_MUTEX_INITIALIZER;
static char *chunk_next;     /* next uncarved block of the current chunk */
static co__g *chunk_next_g;  /* and its record */
static size_t chunk_left;    /* blocks left in it */
static size_t chunk_block;   /* their size (CO_STACK_SIZE may change per co_main) */
static bool chunk_guarded;   /* every block of it has its guard already */

/* Guard every block of a new chunk and commit its records and the top
 * stack page of each block, in a few calls when the kernel can. */
static void chunk_prepare(char *g_area, size_t g_bytes, char *blocks, size_t n, size_t size)
{
    struct iovec iov[CHUNK_BLOCKS + 1];
    chunk_guarded = false;
    if (atomic_load(&guard_mode) != 2) {
        for (size_t i = 0; i < n; i++)
            iov[i] = (struct iovec){ blocks + i * size, page_size };
        chunk_guarded = madvise_ranges(iov, n, MADV_GUARD_INSTALL);
        if (chunk_guarded)
            atomic_store(&guard_mode, 1);
    }
    iov[0] = (struct iovec){ g_area, g_bytes };
    for (size_t i = 0; i < n; i++)
        iov[i + 1] = (struct iovec){ blocks + (i + 1) * size - page_size, page_size };
    madvise_ranges(iov, n + 1, MADV_POPULATE_WRITE); /* an optimisation only */
}

static co__g *block_new(void)
{
    size_t size = page_size + co__stack_size;
    pthread_mutex_lock(&carve_lock);
    if (chunk_left == 0 || chunk_block != size) {
        size_t n = CHUNK_BYTES / size;
        n = n < 1 ? 1 : n > CHUNK_BLOCKS ? CHUNK_BLOCKS : n;
        size_t g_bytes = (n * G_SIZE + page_size - 1) & ~(page_size - 1);
        char *p = mmap(NULL, g_bytes + n * size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (p == MAP_FAILED) {
            int err = errno;
            pthread_mutex_unlock(&carve_lock);
            report_map_failure("mmap", err);
            errno = err == ENOMEM ? EAGAIN : err;
            return NULL;
        }
        chunk_next_g = (co__g *)p;
        chunk_next = p + g_bytes;
        chunk_left = n;
        chunk_block = size;
        chunk_prepare(p, g_bytes, chunk_next, n, size);
    }
    char *base = chunk_next;
    co__g *g = chunk_next_g;
    bool guarded = chunk_guarded;
    chunk_next += size;
    chunk_next_g = (co__g *)((char *)g + G_SIZE);
    chunk_left--;
    pthread_mutex_unlock(&carve_lock);
    if (!guarded && !install_guard(base)) {
        /* The block is lost to the address space, not to memory: its
         * pages were never touched. */
        errno = EAGAIN;
        return NULL;
    }
    block_init(g, base, size, page_size, co__stack_size);
    return g;
}
#endif

/* Move up to n blocks from the pool to *list; returns how many. */
static int pool_take(co__g **list, int n)
{
    int got = 0;
    co__spin_lock(&pool_lock);
    while (got < n && (pool_warm || pool_cold)) {
        co__g *g;
        if (pool_warm) {
            g = pool_warm;
            pool_warm = g->cache_next;
            npool_warm--;
        } else {
            g = pool_cold;
            pool_cold = g->cache_next;
        }
        g->cache_next = *list;
        *list = g;
        got++;
    }
    co__spin_unlock(&pool_lock);
    if (got)
        atomic_fetch_add_explicit(&pool_trades, 1, memory_order_relaxed);
    return got;
}

/* Put the list head..tail of n blocks into the warm pool. */
static void pool_put(co__g *head, co__g *tail, int n)
{
    co__spin_lock(&pool_lock);
    tail->cache_next = pool_warm;
    pool_warm = head;
    npool_warm += n;
    co__spin_unlock(&pool_lock);
    atomic_fetch_add_explicit(&pool_trades, 1, memory_order_relaxed);
}

/* Give a pooled block back to the system: a recycled block of another size
 * (CO_STACK_SIZE changed between two co_main runs), or a malloc'ed block
 * beyond the warm reserve. A chunk block's record stays behind. */
static void block_release(co__g *g)
{
    /* TSan: the block's last goroutine released on g when it exited (and
     * its spawner before that, after the malloc). */
    co__race_acquire(g);
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
again:
    if (w) {
        if (!w->cache)
            w->ncache += pool_take(&w->cache, CACHE_BATCH);
        if (w->cache) {
            g = w->cache;
            w->cache = g->cache_next;
            w->ncache--;
        }
    } else {
        pool_take(&g, 1);
    }
    if (g && g->stack_size != co__stack_size) {
        block_release(g);
        g = NULL;
        goto again;
    }
    if (g) {
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
    if (!w) {
        pool_put(g, g, 1);
        return;
    }
    g->cache_next = w->cache;
    w->cache = g;
    if (++w->ncache <= CACHE_MAX)
        return;
    /* Full: keep the newest (warmest) CACHE_MAX - CACHE_BATCH, pool the rest. */
    co__g *last = w->cache;
    for (int i = 1; i < CACHE_MAX - CACHE_BATCH; i++)
        last = last->cache_next;
    co__g *head = last->cache_next, *tail = head;
    int n = w->ncache - (CACHE_MAX - CACHE_BATCH);
    while (tail->cache_next)
        tail = tail->cache_next;
    last->cache_next = NULL;
    w->ncache -= n;
    pool_put(head, tail, n);
}

void co__stack_flush_cache(co__worker *w)
{
    if (!w->cache)
        return;
    co__g *tail = w->cache;
    while (tail->cache_next)
        tail = tail->cache_next;
    pool_put(w->cache, tail, w->ncache);
    w->cache = NULL;
    w->ncache = 0;
}

bool co__stack_scavenge(int budget, bool all_idle)
{
    /* Each release flushes TLBs on every core running us (a costly IPI, a
     * shadow-page-table resync on a virtualised host): only when no worker
     * is busy, or when nobody has used the pool for a while. */
    static _Atomic uint64_t seen_trades;
    static _Atomic int64_t seen_at; /* when an idle worker last saw pool_trades change */
    uint64_t trades = atomic_load_explicit(&pool_trades, memory_order_relaxed);
    int64_t now = co_now();
    if (atomic_exchange_explicit(&seen_trades, trades, memory_order_relaxed) != trades)
        atomic_store_explicit(&seen_at, now, memory_order_relaxed);
    if (!all_idle && now - atomic_load_explicit(&seen_at, memory_order_relaxed) < POOL_COLD_AFTER)
        return false;
    co__g *batch = NULL;
    co__spin_lock(&pool_lock);
    while (budget-- > 0 && npool_warm > POOL_WARM) {
        co__g *g = pool_warm;
        pool_warm = g->cache_next;
        npool_warm--;
        g->cache_next = batch;
        batch = g;
    }
    bool more = npool_warm > POOL_WARM;
    co__spin_unlock(&pool_lock);
    while (batch) {
        co__g *g = batch;
        batch = g->cache_next;
#if CO__MALLOC_STACKS
        block_release(g);
#else
        madvise(g->stack_lo, g->stack_size, MADV_DONTNEED); /* g lives apart */
        co__spin_lock(&pool_lock);
        g->cache_next = pool_cold;
        pool_cold = g;
        co__spin_unlock(&pool_lock);
#endif
    }
    return more;
}

void co__stack_foreach(void (*fn)(co__g *g, void *arg), void *arg)
{
    co__spin_lock(&reg_lock);
    for (co__g *g = reg_head; g; g = g->all_next)
        if (atomic_load(&g->state) != CO__G_FREE)
            fn(g, arg);
    co__spin_unlock(&reg_lock);
}

static void count_one(co__g *g, void *arg)
{
    (void)g;
    ++*(int *)arg;
}

int co__stack_live_count(void)
{
    int n = 0;
    co__stack_foreach(count_one, &n);
    return n;
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
