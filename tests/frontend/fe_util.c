/* fe_util.c: see fe_util.h. */
#include "fe_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static frontend *g_fe;
static char g_dir[64];
static int g_seq;
/* Two rings: single events, and joined sequences (which call ev_str). */
static char g_ev[8][4096];
static int g_evi;
static char g_seqbuf[4][65536];
static int g_seqi;

static char *next_ev(void)
{
    char *b = g_ev[g_evi];
    g_evi = (g_evi + 1) % 8;
    b[0] = 0;
    return b;
}

static char *next_seq(void)
{
    char *b = g_seqbuf[g_seqi];
    g_seqi = (g_seqi + 1) % 4;
    b[0] = 0;
    return b;
}

ir_tu *lower_bytes(const char *bytes, size_t len, diag_list *notes, bool *analysable)
{
    if (!g_fe) g_fe = frontend_new(CO_INCLUDE_DIR);
    if (!g_dir[0]) {
        snprintf(g_dir, sizeof g_dir, "/tmp/cvet-fe-test-XXXXXX");
        if (!mkdtemp(g_dir)) abort();
    }
    char path[128];
    snprintf(path, sizeof path, "%s/t%d.c", g_dir, g_seq++);
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    fwrite(bytes, 1, len, f);
    fclose(f);
    const char *args[] = { "-std=gnu11" };
    ir_tu *tu = frontend_parse(g_fe, path, args, 1, NULL, notes, analysable);
    unlink(path);
    return tu;
}

ir_tu *lower_snippet(const char *code, diag_list *notes, bool *analysable)
{
    return lower_bytes(code, strlen(code), notes, analysable);
}

void fe_util_teardown(void)
{
    frontend_free(g_fe);
    g_fe = NULL;
    if (g_dir[0]) rmdir(g_dir);
    g_dir[0] = 0;
}

const ir_func *func(const ir_tu *tu, const char *name)
{
    return ir_func_by_name(tu, name);
}

static void catn(char *buf, size_t cap, const char *s)
{
    size_t n = strlen(buf);
    snprintf(buf + n, cap - n, "%s", s);
}
#define cat(buf, s) catn(buf, 4096, s)
#define seqcat(buf, s) catn(buf, 65536, s)

static void operand_str(const ir_tu *tu, const ir_operand *o, char *out, size_t len)
{
    char k[256];
    if (o->func_name) snprintf(out, len, "%s", o->func_name);
    else if (o->is_null) snprintf(out, len, "NULL");
    else if (o->has_const) snprintf(out, len, "%lld", (long long)o->const_val);
    else if (o->obj) snprintf(out, len, "%s", ir_obj_str(tu, o->obj, k, sizeof k));
    else if (o->value) snprintf(out, len, "%s", ir_key_str(tu, o->value, k, sizeof k));
    else snprintf(out, len, "?");
}

static void args_str(const ir_tu *tu, const ir_event *e, char *out)
{
    cat(out, "(");
    for (uint32_t i = 0; i < e->nargs; i++) {
        char a[300];
        operand_str(tu, &e->args[i], a, sizeof a);
        if (i) cat(out, ",");
        cat(out, a);
    }
    cat(out, ")");
}

const char *ev_str(const ir_tu *tu, const ir_event *e)
{
    char *b = next_ev();
    char k[256];
    const char *name = e->api ? ir_api_name(e->api) : e->callee ? e->callee : "?";
    switch (e->kind) {
    case EV_CALL:
        if (e->deferred) cat(b, "~");
        cat(b, "call ");
        cat(b, name);
        args_str(tu, e, b);
        break;
    case EV_SPAWN:
        cat(b, "spawn ");
        cat(b, e->nargs ? (e->args[0].func_name ? e->args[0].func_name : "?") : "?");
        if (e->nargs > 1) {
            char a[300];
            operand_str(tu, &e->args[1], a, sizeof a);
            cat(b, "(");
            cat(b, a);
            cat(b, ")");
        }
        break;
    case EV_READ: cat(b, "read "); cat(b, ir_key_str(tu, e->key, k, sizeof k)); break;
    case EV_WRITE: cat(b, "write "); cat(b, ir_key_str(tu, e->key, k, sizeof k)); break;
    case EV_ASSIGN: {
        cat(b, "assign ");
        cat(b, ir_key_str(tu, e->key, k, sizeof k));
        cat(b, "=");
        char a[300];
        if (e->nargs) {
            const ir_operand *o = &e->args[0];
            if (o->value) ir_key_str(tu, o->value, a, sizeof a);
            else if (o->obj) snprintf(a, sizeof a, "&%s", ir_key_str(tu, o->obj, k, sizeof k));
            else snprintf(a, sizeof a, "%s", o->text ? o->text : "?");
            cat(b, a);
        }
        break;
    }
    case EV_DEFER: cat(b, "defer "); cat(b, name); args_str(tu, e, b); break;
    case EV_RETURN:
        cat(b, "ret");
        if (e->nargs) args_str(tu, e, b);
        break;
    case EV_COPY:
        cat(b, "copy ");
        cat(b, ir_key_str(tu, e->key, k, sizeof k));
        cat(b, " ");
        cat(b, e->text ? e->text : "?");
        break;
    }
    return b;
}

const char *block_str(const ir_tu *tu, const ir_func *fn, uint32_t bi)
{
    char *b = next_seq();
    const ir_block *bl = &fn->blocks[bi];
    for (uint32_t i = 0; i < bl->nevents; i++) {
        if (b[0]) seqcat(b, "; ");
        seqcat(b, ev_str(tu, &fn->events[bl->first_event + i]));
    }
    return b;
}

const char *path_str(const ir_tu *tu, const ir_func *fn, const char *choices, uint32_t *nblocks)
{
    char *b = next_seq();
    uint32_t cur = 0, n = 0;
    size_t ci = 0, nc = choices ? strlen(choices) : 0;
    for (int step = 0; step < 1000; step++) {
        n++;
        const ir_block *bl = &fn->blocks[cur];
        for (uint32_t i = 0; i < bl->nevents; i++) {
            if (b[0]) seqcat(b, "; ");
            seqcat(b, ev_str(tu, &fn->events[bl->first_event + i]));
        }
        if (cur == fn->exit || bl->nsuccs == 0) break;
        uint32_t pick = 0;
        if (bl->nsuccs > 1) pick = ci < nc ? (uint32_t)(choices[ci++] - '0') : 0;
        if (pick >= bl->nsuccs) pick = 0;
        cur = bl->succs[pick].to;
    }
    if (nblocks) *nblocks = n;
    return b;
}

const char *all_events(const ir_tu *tu, const ir_func *fn)
{
    char *b = next_seq();
    for (uint32_t i = 0; i < fn->nevents; i++) {
        if (b[0]) seqcat(b, "; ");
        seqcat(b, ev_str(tu, &fn->events[i]));
    }
    return b;
}

int32_t find_event(const ir_tu *tu, const ir_func *fn, const char *prefix)
{
    for (uint32_t i = 0; i < fn->nevents; i++)
        if (strncmp(ev_str(tu, &fn->events[i]), prefix, strlen(prefix)) == 0) return (int32_t)i;
    return -1;
}

uint32_t block_of(const ir_func *fn, uint32_t ev)
{
    for (uint32_t i = 0; i < fn->nblocks; i++)
        if (ev >= fn->blocks[i].first_event && ev < fn->blocks[i].first_event + fn->blocks[i].nevents) return i;
    return UINT32_MAX;
}

size_t notes_matching(const diag_list *notes, const char *needle)
{
    size_t n = 0;
    for (size_t i = 0; i < notes->nnotes; i++)
        if (strstr(notes->notes[i].message, needle)) n++;
    return n;
}
