/* chan.c: Go channels. A buffered ring plus two queues of parked waiters
 * (sudogs on the waiters' stacks); an operation that finds a parked
 * counterpart hands the value over directly and wakes it. Close semantics
 * are Go's: receivers drain the buffer, then get (zero, false); sends and a
 * second close panic; a NULL channel blocks forever. */
#include "chan_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- Waiter queues (ch->lock held) ------------------------------------ */

void co__sudogq_push(co__sudogq *q, co__sudog *s)
{
    s->next = NULL;
    s->prev = q->tail;
    s->queued = true;
    if (q->tail)
        q->tail->next = s;
    else
        CO__STORE(&q->head, s);
    q->tail = s;
}

void co__sudogq_remove(co__sudogq *q, co__sudog *s)
{
    if (!s->queued)
        return;
    if (s->prev)
        s->prev->next = s->next;
    else
        CO__STORE(&q->head, s->next);
    if (s->next)
        s->next->prev = s->prev;
    else
        q->tail = s->prev;
    s->next = s->prev = NULL;
    s->queued = false;
}

co__sudog *co__sudogq_dequeue(co__sudogq *q)
{
    for (;;) {
        co__sudog *s = q->head;
        if (!s)
            return NULL;
        co__sudogq_remove(q, s);
        if (s->sel) {
            /* A select waits on several channels: only the first waker to
             * flip its flag may complete it; for the others it is stale. */
            unsigned expected = 0;
            if (!atomic_compare_exchange_strong(&s->sel->done, &expected, 1))
                continue;
            s->sel->winner = s;
        }
        return s;
    }
}

/* ---- Operation steps (ch->lock held) ----------------------------------- */

static inline unsigned char *slot(co_chan *ch, size_t i) { return ch->buf + i * ch->stride; }

co__g *co__chan_send_to(co_chan *ch, co__sudog *r, const void *elem)
{
    CO__RACE_ACQUIRE(ch);
    if (r->elem && ch->elem_size)
        memcpy(r->elem, elem, ch->elem_size);
    r->success = true;
    CO__RACE_RELEASE(ch);
    return r->g;
}

co__g *co__chan_recv_from(co_chan *ch, co__sudog *s, void *out)
{
    CO__RACE_ACQUIRE(ch);
    if (ch->cap == 0) {
        if (out && ch->elem_size)
            memcpy(out, s->elem, ch->elem_size);
    } else {
        /* Buffer full: take its head, put the sender's value at its tail
         * (the same slot), so FIFO order is kept. */
        unsigned char *p = slot(ch, ch->recvx);
        CO__RACE_ACQUIRE(p);
        if (out && ch->elem_size)
            memcpy(out, p, ch->elem_size);
        if (ch->elem_size)
            memcpy(p, s->elem, ch->elem_size);
        CO__RACE_RELEASE(p);
        if (++ch->recvx == ch->cap)
            ch->recvx = 0;
        ch->sendx = ch->recvx;
    }
    s->success = true;
    CO__RACE_RELEASE(ch);
    return s->g;
}

void co__chan_buf_put(co_chan *ch, const void *elem)
{
    unsigned char *p = slot(ch, ch->sendx);
    CO__RACE_ACQUIRE(p);
    if (ch->elem_size)
        memcpy(p, elem, ch->elem_size);
    CO__RACE_RELEASE(p);
    if (++ch->sendx == ch->cap)
        ch->sendx = 0;
    CO__STORE(&ch->qcount, ch->qcount + 1);
}

void co__chan_buf_take(co_chan *ch, void *out)
{
    unsigned char *p = slot(ch, ch->recvx);
    CO__RACE_ACQUIRE(p);
    if (out && ch->elem_size)
        memcpy(out, p, ch->elem_size);
    CO__RACE_RELEASE(p);
    if (++ch->recvx == ch->cap)
        ch->recvx = 0;
    CO__STORE(&ch->qcount, ch->qcount - 1);
}

void co__chan_recv_closed(co_chan *ch, void *out)
{
    if (out && ch->elem_size)
        memset(out, 0, ch->elem_size);
    CO__RACE_ACQUIRE(ch);
}

/* Marks ch closed and unlinks every waiter (ch->lock held). Returns them
 * chained through ->next, to be woken after the lock is dropped. */
static co__sudog *close_locked(co_chan *ch)
{
    co__sudog *woken = NULL, *s;
    CO__RACE_ACQUIRE(ch); /* the parked receivers' history, before we zero their buffers */
    CO__STORE(&ch->closed, 1u);
    while ((s = co__sudogq_dequeue(&ch->recvq))) {
        if (s->elem && ch->elem_size)
            memset(s->elem, 0, ch->elem_size);
        s->success = false;
        s->next = woken;
        woken = s;
    }
    while ((s = co__sudogq_dequeue(&ch->sendq))) {
        s->success = false; /* the sender panics when it wakes */
        s->next = woken;
        woken = s;
    }
    CO__RACE_RELEASE(ch);
    return woken;
}

static void wake_all(co__sudog *s)
{
    while (s) {
        co__sudog *next = s->next; /* s is reused once its goroutine runs */
        co__ready(s->g, false);
        s = next;
    }
}

CO__NORETURN static void block_forever(const char *op, uintptr_t pc)
{
    for (;;)
        co__park(NULL, NULL, (co__wait_info){ op, NULL, pc });
}

/* ---- Public API --------------------------------------------------------- */

co_chan *co_chan_make(size_t elem_size, size_t capacity)
{
    size_t stride = elem_size ? elem_size : 1;
    if (capacity && stride > (SIZE_MAX - sizeof(co_chan)) / capacity)
        co__panic_at(CO__CALLER_PC(), "makechan: size out of range");
    co_chan *ch = calloc(1, sizeof(co_chan) + stride * capacity);
    if (!ch)
        co__panic_at(CO__CALLER_PC(), "makechan: out of memory");
    ch->elem_size = elem_size;
    ch->cap = capacity;
    ch->stride = stride;
    ch->buf = (unsigned char *)(ch + 1);
    return ch;
}

void co_chan_send(co_chan *ch, const void *elem)
{
    uintptr_t pc = CO__CALLER_PC();
    if (!ch)
        block_forever("chan send (nil chan)", pc);
    co__spin_lock(&ch->lock);
    if (ch->closed) {
        co__spin_unlock(&ch->lock);
        co__panic_at(pc, "send on closed channel");
    }
    co__sudog *r = co__sudogq_dequeue(&ch->recvq);
    if (r) {
        co__g *g = co__chan_send_to(ch, r, elem);
        co__spin_unlock(&ch->lock);
        co__ready(g, true);
        return;
    }
    if (ch->qcount < ch->cap) {
        co__chan_buf_put(ch, elem);
        co__spin_unlock(&ch->lock);
        return;
    }
    co__g *me = co__current();
    co__sudog *s = co__g_wait_slot(me);
    *s = (co__sudog){ .g = me, .elem = (void *)elem, .ch = ch };
    CO__RACE_RELEASE(ch);
    co__sudogq_push(&ch->sendq, s);
    co__park(co__spin_unlock_cb, &ch->lock, (co__wait_info){ "chan send", ch, pc });
    CO__RACE_ACQUIRE(ch);
    if (!s->success)
        co__panic_at(pc, "send on closed channel");
}

bool co_chan_recv(co_chan *ch, void *out)
{
    uintptr_t pc = CO__CALLER_PC();
    if (!ch)
        block_forever("chan receive (nil chan)", pc);
    co__spin_lock(&ch->lock);
    co__sudog *s = co__sudogq_dequeue(&ch->sendq);
    if (s) {
        co__g *g = co__chan_recv_from(ch, s, out);
        co__spin_unlock(&ch->lock);
        co__ready(g, true);
        return true;
    }
    if (ch->qcount > 0) {
        co__chan_buf_take(ch, out);
        co__spin_unlock(&ch->lock);
        return true;
    }
    if (ch->closed) {
        co__spin_unlock(&ch->lock);
        co__chan_recv_closed(ch, out);
        return false;
    }
    co__g *me = co__current();
    co__sudog *r = co__g_wait_slot(me);
    *r = (co__sudog){ .g = me, .elem = out, .ch = ch };
    CO__RACE_RELEASE(ch);
    co__sudogq_push(&ch->recvq, r);
    co__park(co__spin_unlock_cb, &ch->lock, (co__wait_info){ "chan receive", ch, pc });
    CO__RACE_ACQUIRE(ch);
    return r->success; /* on close, *out was zeroed by the closer */
}

void co_chan_close(co_chan *ch)
{
    uintptr_t pc = CO__CALLER_PC();
    if (!ch)
        co__panic_at(pc, "close of nil channel");
    co__spin_lock(&ch->lock);
    if (ch->closed) {
        co__spin_unlock(&ch->lock);
        co__panic_at(pc, "close of closed channel");
    }
    co__sudog *woken = close_locked(ch);
    co__spin_unlock(&ch->lock);
    wake_all(woken);
}

size_t co_chan_len(const co_chan *ch)
{
    return ch ? CO__LOAD(&ch->qcount) : 0;
}

size_t co_chan_cap(const co_chan *ch)
{
    return ch ? ch->cap : 0;
}

void co_chan_free(co_chan *ch)
{
    if (!ch)
        return;
    /* A goroutine still parked on it would wake into freed memory. */
    co__spin_lock(&ch->lock);
    bool busy = ch->recvq.head || ch->sendq.head;
    co__spin_unlock(&ch->lock);
    if (busy)
        co__panic_at(CO__CALLER_PC(), "co_chan_free: goroutines are still blocked on the channel");
    free(ch);
}

/* ---- For timers and contexts -------------------------------------------- */

bool co__chan_offer(co_chan *ch, const void *elem)
{
    co__spin_lock(&ch->lock);
    if (ch->closed) {
        co__spin_unlock(&ch->lock);
        return false;
    }
    co__sudog *r = co__sudogq_dequeue(&ch->recvq);
    if (r) {
        co__g *g = co__chan_send_to(ch, r, elem);
        co__spin_unlock(&ch->lock);
        co__ready(g, false);
        return true;
    }
    bool room = ch->qcount < ch->cap;
    if (room)
        co__chan_buf_put(ch, elem);
    co__spin_unlock(&ch->lock);
    return room;
}

bool co__chan_drain_one(co_chan *ch)
{
    co__spin_lock(&ch->lock);
    bool had = ch->qcount > 0;
    if (had)
        co__chan_buf_take(ch, NULL);
    co__spin_unlock(&ch->lock);
    return had;
}

bool co__chan_close_quiet(co_chan *ch)
{
    co__spin_lock(&ch->lock);
    if (ch->closed) {
        co__spin_unlock(&ch->lock);
        return false;
    }
    co__sudog *woken = close_locked(ch);
    co__spin_unlock(&ch->lock);
    wake_all(woken);
    return true;
}
