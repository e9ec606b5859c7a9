/* chan_internal.h: the channel layout and the waiter records (Go's sudog)
 * shared by chan.c and select.c (and used by timer.c / ctx.c for their
 * non-blocking sends and closes), plus the race-annotation macros all the
 * primitives use. Private to libcort.
 *
 * Locking: every field of co_chan except elem_size/cap is protected by
 * ch->lock. `closed`, `qcount` and the queue heads are also read without
 * the lock by the non-blocking fast paths, so they are written with
 * relaxed atomic stores. */
#ifndef CO_CHAN_INTERNAL_H
#define CO_CHAN_INTERNAL_H

#include "internal.h"

typedef struct co__sel co__sel;

/* A goroutine waiting on one channel (one per case for a select). A plain
 * send or receive keeps it in the goroutine's wait slot; a select keeps its
 * array on the parked goroutine's stack (C stacks never move). */
typedef struct co__sudog {
    struct co__sudog *next, *prev;
    co__g   *g;
    void    *elem;      /* recv: where to store (may be NULL); send: the value */
    co_chan *ch;
    co__sel *sel;       /* NULL unless this is a select case */
    int      case_idx;
    bool     queued;    /* still linked in ch's recvq/sendq */
    bool     success;   /* true: value transferred; false: woken by close */
} co__sudog;

/* Per-select decision word: the first waker whose CAS 0 -> 1 succeeds wins
 * and records its sudog; every other waker skips this select's sudogs. */
struct co__sel {
    atomic_uint done;
    co__sudog  *winner;
};

_Static_assert(sizeof(co__sudog) <= CO__WAIT_SLOT, "a sudog must fit a goroutine's wait slot");

typedef struct { co__sudog *head, *tail; } co__sudogq;

struct co_chan {
    unsigned   lock;
    unsigned   closed;
    size_t     elem_size;
    size_t     cap;
    size_t     stride;    /* max(elem_size, 1): distinct race-detector keys per slot */
    size_t     qcount;    /* values in the buffer */
    size_t     sendx, recvx;
    co__sudogq recvq, sendq;
    unsigned char *buf;
};

/* Race-detector edges: calls only in TSan builds (meson sets CO_TSAN for
 * every runtime file), so the fast paths pay nothing otherwise. */
#if defined(CO_TSAN)
#define CO__RACE_ACQUIRE(a) co__race_acquire(a)
#define CO__RACE_RELEASE(a) co__race_release(a)
#else
#define CO__RACE_ACQUIRE(a) ((void)(a))
#define CO__RACE_RELEASE(a) ((void)(a))
#endif

#define CO__LOAD(p)     __atomic_load_n((p), __ATOMIC_RELAXED)
#define CO__STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)

/* Queue operations (ch->lock held). dequeue skips, and unlinks, waiters of
 * selects that another channel already won. */
void       co__sudogq_push(co__sudogq *q, co__sudog *s);
co__sudog *co__sudogq_dequeue(co__sudogq *q);
void       co__sudogq_remove(co__sudogq *q, co__sudog *s);

/* The steps of one operation, with ch->lock held. Each returns the
 * goroutine to wake (after the caller has released its locks) or NULL. */
co__g *co__chan_send_to(co_chan *ch, co__sudog *r, const void *elem);  /* hand-off to receiver r */
co__g *co__chan_recv_from(co_chan *ch, co__sudog *s, void *out);       /* from sender s */
void   co__chan_buf_put(co_chan *ch, const void *elem);
void   co__chan_buf_take(co_chan *ch, void *out);
void   co__chan_recv_closed(co_chan *ch, void *out);                   /* zero *out, acquire */

/* Non-blocking send that drops the value when no receiver and no room;
 * callable from timer callbacks (no goroutine needed). true if delivered. */
bool co__chan_offer(co_chan *ch, const void *elem);
/* Drop one buffered value, if any (co_timer_reset). */
bool co__chan_drain_one(co_chan *ch);
/* Close without misuse checks (ctx done channels); false if already closed. */
bool co__chan_close_quiet(co_chan *ch);

#endif /* CO_CHAN_INTERNAL_H */
