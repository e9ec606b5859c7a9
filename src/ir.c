/* ir.c: construction and queries of cvet's IR (see ir.h): the per-TU arena,
 * string/file interning, object-key interning (a hash table, so equal
 * access paths get equal integer keys), key printing, key mapping from a
 * callee's key space into a caller's, and the textual dump used by tests. */
#include "ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Arena --------------------------------------------------------------- */
typedef struct arena_chunk {
    struct arena_chunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} arena_chunk;

typedef struct ir_arena {
    arena_chunk *chunks;
    /* Growable arrays the TU publishes (tu->keys, tu->files) live outside
     * the chunks so they can be reallocated. */
    uint32_t keys_cap, files_cap;
    uint32_t *key_table;   /* open addressing: key ids, 0 = empty */
    uint32_t key_table_cap;
} ir_arena;

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) { fputs("cvet: out of memory\n", stderr); abort(); }
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) { fputs("cvet: out of memory\n", stderr); abort(); }
    return p;
}

void *ir_alloc(ir_tu *tu, size_t size)
{
    ir_arena *a = tu->arena;
    size = (size + 15) & ~(size_t)15;
    arena_chunk *c = a->chunks;
    if (!c || c->cap - c->used < size) {
        size_t cap = size > 60000 ? size : 60000;
        c = xmalloc(sizeof *c + cap);
        c->used = 0;
        c->cap = cap;
        c->next = a->chunks;
        a->chunks = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

const char *ir_strdup(ir_tu *tu, const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *p = ir_alloc(tu, n);
    memcpy(p, s, n);
    return p;
}

/* ---- TU ------------------------------------------------------------------ */
ir_tu *ir_tu_new(const char *path)
{
    ir_tu *tu = xmalloc(sizeof *tu);
    memset(tu, 0, sizeof *tu);
    tu->arena = xmalloc(sizeof *tu->arena);
    memset(tu->arena, 0, sizeof *tu->arena);
    tu->path = ir_strdup(tu, path ? path : "");
    tu->realpath = tu->path;
    tu->arena->keys_cap = 64;
    tu->keys = xmalloc(sizeof *tu->keys * tu->arena->keys_cap);
    memset(&tu->keys[0], 0, sizeof tu->keys[0]);
    tu->nkeys = 1;
    tu->arena->key_table_cap = 128;
    tu->arena->key_table = calloc(tu->arena->key_table_cap, sizeof(uint32_t));
    if (!tu->arena->key_table) abort();
    tu->arena->files_cap = 8;
    tu->files = xmalloc(sizeof *tu->files * tu->arena->files_cap);
    tu->files[0] = tu->path;
    tu->nfiles = 1;
    return tu;
}

void ir_tu_free(ir_tu *tu)
{
    if (!tu) return;
    arena_chunk *c = tu->arena->chunks;
    while (c) {
        arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    free(tu->arena->key_table);
    free(tu->arena);
    free(tu->keys);
    free((void *)tu->files);
    free(tu);
}

uint32_t ir_file_id(ir_tu *tu, const char *path)
{
    if (!path) return 0;
    for (uint32_t i = 0; i < tu->nfiles; i++)
        if (strcmp(tu->files[i], path) == 0) return i;
    if (tu->nfiles == tu->arena->files_cap) {
        tu->arena->files_cap *= 2;
        tu->files = xrealloc((void *)tu->files, sizeof *tu->files * tu->arena->files_cap);
    }
    tu->files[tu->nfiles] = ir_strdup(tu, path);
    return tu->nfiles++;
}

const char *ir_file_of(const ir_tu *tu, ir_loc loc)
{
    return loc.file < tu->nfiles ? tu->files[loc.file] : tu->path;
}

const char *ir_api_name(ir_api api)
{
    static const char *const names[] = {
        "",
#define IR_API_NAME(id, name) name,
        IR_API_LIST(IR_API_NAME)
#undef IR_API_NAME
    };
    return (unsigned)api < API__COUNT ? names[api] : "";
}

/* ---- Keys ---------------------------------------------------------------- */
static uint64_t hash_str(uint64_t h, const char *s)
{
    if (!s) return h * 31 + 7;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static uint64_t key_hash(ir_key_kind kind, ir_key parent, const char *name, int32_t func, int32_t index)
{
    uint64_t h = 1469598103934665603ull;
    h = (h ^ (uint64_t)kind) * 1099511628211ull;
    h = (h ^ parent) * 1099511628211ull;
    h = hash_str(h, name);
    h = (h ^ (uint32_t)func) * 1099511628211ull;
    h = (h ^ (uint32_t)index) * 1099511628211ull;
    return h ^ (h >> 29);
}

/* What identifies a key: globals by name, locals/params/temps by function
 * and index, fields by parent and name, derefs/indexes by parent. */
static void key_identity(ir_key_kind kind, const char **name, int32_t *func, int32_t *index)
{
    switch (kind) {
    case KEY_GLOBAL: *func = -1; *index = 0; break;
    case KEY_LOCAL: case KEY_PARAM: *name = NULL; break;
    case KEY_TEMP: *index = 0; break; /* hashed by text and function: the
                                          event index may be renumbered */
    case KEY_FIELD: *func = -1; *index = 0; break;
    default: *name = NULL; *func = -1; *index = 0; break;
    }
}

static bool key_equal(const ir_keyinfo *k, ir_key_kind kind, ir_key parent, const char *name,
                      int32_t func, int32_t index)
{
    if (k->kind != kind || k->parent != parent) return false;
    switch (kind) {
    case KEY_GLOBAL: return strcmp(k->name, name) == 0;
    case KEY_LOCAL: case KEY_PARAM: case KEY_TEMP: return k->func == func && k->index == index;
    case KEY_FIELD: return strcmp(k->name, name) == 0;
    default: return true;
    }
}

static void key_table_insert(ir_tu *tu, ir_key k)
{
    ir_arena *a = tu->arena;
    const ir_keyinfo *ki = &tu->keys[k];
    const char *name = ki->name;
    int32_t func = ki->func, index = ki->index;
    key_identity(ki->kind, &name, &func, &index);
    uint32_t mask = a->key_table_cap - 1;
    uint32_t i = (uint32_t)key_hash(ki->kind, ki->parent, name, func, index) & mask;
    while (a->key_table[i]) i = (i + 1) & mask;
    a->key_table[i] = k;
}

static void key_table_grow(ir_tu *tu)
{
    ir_arena *a = tu->arena;
    free(a->key_table);
    a->key_table_cap *= 2;
    a->key_table = calloc(a->key_table_cap, sizeof(uint32_t));
    if (!a->key_table) abort();
    for (ir_key k = 1; k < tu->nkeys; k++) key_table_insert(tu, k);
}

ir_key ir_key_intern(ir_tu *tu, ir_key_kind kind, ir_key parent, const char *name,
                     int32_t func, int32_t index, const char *record, ir_type type)
{
    if (kind == KEY_NONE) return 0;
    if ((kind == KEY_FIELD || kind == KEY_DEREF || kind == KEY_INDEX) && parent == 0) return 0;
    if ((kind == KEY_GLOBAL || kind == KEY_FIELD) && !name) name = "";
    /* (`*&x` folding happens in the frontend: the IR has no address-of key.) */
    const char *hname = name;
    int32_t hfunc = func, hindex = index;
    key_identity(kind, &hname, &hfunc, &hindex);
    ir_arena *a = tu->arena;
    uint32_t mask = a->key_table_cap - 1;
    uint32_t i = (uint32_t)key_hash(kind, parent, hname, hfunc, hindex) & mask;
    for (; a->key_table[i]; i = (i + 1) & mask) {
        ir_keyinfo *k = &tu->keys[a->key_table[i]];
        if (key_equal(k, kind, parent, name, func, index)) {
            if (k->type == TY_OTHER && type != TY_OTHER) k->type = type;
            if (!k->record && record) k->record = ir_strdup(tu, record);
            return a->key_table[i];
        }
    }
    if (tu->nkeys == a->keys_cap) {
        a->keys_cap *= 2;
        tu->keys = xrealloc(tu->keys, sizeof *tu->keys * a->keys_cap);
    }
    ir_key k = tu->nkeys++;
    ir_keyinfo *ki = &tu->keys[k];
    memset(ki, 0, sizeof *ki);
    ki->kind = kind;
    ki->parent = (kind == KEY_FIELD || kind == KEY_DEREF || kind == KEY_INDEX) ? parent : 0;
    ki->name = name ? ir_strdup(tu, name) : NULL;
    ki->func = func;
    ki->index = index;
    ki->record = record ? ir_strdup(tu, record) : NULL;
    ki->type = type;
    if (tu->nkeys * 2 > a->key_table_cap) key_table_grow(tu);
    else key_table_insert(tu, k);
    return k;
}

/* Internal (frontend): renumbers a TEMP key's event index after the CFG
 * builder pruned dead events. TEMP keys are hashed without their index, so
 * the table stays valid. */
void ir__key_set_index(ir_tu *tu, ir_key k, int32_t index);
void ir__key_set_index(ir_tu *tu, ir_key k, int32_t index)
{
    if (k && k < tu->nkeys && tu->keys[k].kind == KEY_TEMP) tu->keys[k].index = index;
}

ir_key ir_key_root(const ir_tu *tu, ir_key k)
{
    while (k && k < tu->nkeys && tu->keys[k].parent) k = tu->keys[k].parent;
    return k < tu->nkeys ? k : 0;
}

bool ir_key_is_prefix(const ir_tu *tu, ir_key prefix, ir_key k)
{
    if (!prefix) return false;
    for (; k && k < tu->nkeys; k = tu->keys[k].parent)
        if (k == prefix) return true;
    return false;
}

bool ir_key_nonlocal(const ir_tu *tu, ir_key k)
{
    for (; k && k < tu->nkeys; k = tu->keys[k].parent) {
        const ir_keyinfo *ki = &tu->keys[k];
        switch (ki->kind) {
        case KEY_DEREF: return true;
        case KEY_GLOBAL: return true;
        case KEY_LOCAL:
            if (ki->func >= 0 && (uint32_t)ki->func < tu->nfuncs) {
                const ir_func *fn = &tu->funcs[ki->func];
                if (fn->locals && ki->index >= 0 && (uint32_t)ki->index < fn->nlocals)
                    return fn->locals[ki->index].is_static;
            }
            return false;
        default: break;
        }
    }
    return false;
}

/* Appends to a bounded buffer, always NUL-terminated. */
typedef struct sbuf { char *p; size_t len, cap; } sbuf;
static void sb_puts(sbuf *b, const char *s)
{
    if (!b->cap) return;
    for (; s && *s && b->len + 1 < b->cap; s++) b->p[b->len++] = *s;
    b->p[b->len] = 0;
}

static void key_print(const ir_tu *tu, ir_key k, sbuf *b, int depth)
{
    if (depth > 64) { sb_puts(b, "..."); return; }
    if (!k || k >= tu->nkeys) { sb_puts(b, "?"); return; }
    const ir_keyinfo *ki = &tu->keys[k];
    switch (ki->kind) {
    case KEY_NONE: sb_puts(b, "?"); break;
    case KEY_GLOBAL: case KEY_LOCAL: case KEY_PARAM: case KEY_TEMP:
        sb_puts(b, ki->name ? ki->name : "?");
        break;
    case KEY_FIELD: {
        const ir_keyinfo *pk = &tu->keys[ki->parent];
        if (pk->kind == KEY_DEREF) {
            const ir_keyinfo *ppk = &tu->keys[pk->parent];
            bool paren = ppk->kind == KEY_DEREF;
            if (paren) sb_puts(b, "(");
            key_print(tu, pk->parent, b, depth + 1);
            if (paren) sb_puts(b, ")");
            sb_puts(b, "->");
        } else {
            key_print(tu, ki->parent, b, depth + 1);
            sb_puts(b, ".");
        }
        sb_puts(b, ki->name);
        break;
    }
    case KEY_DEREF:
        sb_puts(b, "*");
        key_print(tu, ki->parent, b, depth + 1);
        break;
    case KEY_INDEX: {
        const ir_keyinfo *pk = &tu->keys[ki->parent];
        if (pk->kind == KEY_DEREF) {
            /* p[i] is keyed INDEX(DEREF(p)): print it as written */
            key_print(tu, pk->parent, b, depth + 1);
        } else {
            key_print(tu, ki->parent, b, depth + 1);
        }
        sb_puts(b, "[]");
        break;
    }
    }
}

const char *ir_key_str(const ir_tu *tu, ir_key k, char *buf, size_t len)
{
    sbuf b = { buf, 0, len };
    if (len) buf[0] = 0;
    key_print(tu, k, &b, 0);
    return buf;
}

const char *ir_obj_str(const ir_tu *tu, ir_key k, char *buf, size_t len)
{
    if (k && k < tu->nkeys && tu->keys[k].kind == KEY_DEREF) k = tu->keys[k].parent;
    return ir_key_str(tu, k, buf, len);
}

/* The argument that feeds parameter `param` at a call/spawn site. */
static const ir_operand *arg_for_param(const ir_event *call, int32_t param)
{
    uint32_t i;
    if (call->kind == EV_SPAWN || (call->kind == EV_CALL && call->api == API_MAIN))
        i = (uint32_t)param + 1;   /* co_go(fn, arg), co_main(fn, arg) */
    else if (call->kind == EV_CALL && call->api == API_ONCE_DO)
        i = (uint32_t)param + 2;   /* co_once_do(o, fn, arg) */
    else
        i = (uint32_t)param;
    if (param < 0 || i >= call->nargs) return NULL;
    return &call->args[i];
}

ir_key ir_key_map_to_caller(ir_tu *tu, const ir_event *call, ir_key callee_key)
{
    if (!callee_key || callee_key >= tu->nkeys || !call) return 0;
    /* Collect the path from the root up. */
    ir_key path[128];
    int n = 0;
    for (ir_key k = callee_key; k; k = tu->keys[k].parent) {
        if (n == 128) return 0;
        path[n++] = k;
    }
    ir_key root = path[n - 1];
    const ir_keyinfo *rk = &tu->keys[root];
    if (rk->kind == KEY_GLOBAL) return callee_key;
    if (rk->kind != KEY_PARAM) return 0;
    const ir_operand *arg = arg_for_param(call, rk->index);
    if (!arg) return 0;
    ir_key base;
    int next = n - 2; /* next step above the root */
    if (next >= 0 && tu->keys[path[next]].kind == KEY_DEREF) {
        base = arg->obj;
        next--;
    } else {
        base = arg->value;
    }
    if (!base) return 0;
    for (; next >= 0; next--) {
        const ir_keyinfo *s = &tu->keys[path[next]];
        base = ir_key_intern(tu, s->kind, base, s->name, -1, 0, s->record, s->type);
        if (!base) return 0;
    }
    return base;
}

const ir_func *ir_func_by_name(const ir_tu *tu, const char *name)
{
    if (!name) return NULL;
    for (uint32_t i = 0; i < tu->nfuncs; i++)
        if (tu->funcs[i].name && strcmp(tu->funcs[i].name, name) == 0) return &tu->funcs[i];
    return NULL;
}

/* ---- Dump ---------------------------------------------------------------- */
static const char *type_name(ir_type t)
{
    static const char *const n[] = { "other", "mutex", "rwmutex", "waitgroup", "cond", "once",
                                     "cancel_fn", "chan*", "ctx*", "timer*", "ticker*",
                                     "struct_with_sync", "pointer", "scalar", "aggregate" };
    return (unsigned)t < sizeof n / sizeof n[0] ? n[t] : "?";
}

static const char *event_kind_name(ir_event_kind k)
{
    static const char *const n[] = { "call", "spawn", "read", "write", "assign", "defer", "return", "copy" };
    return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "?";
}

static const char *cond_name(ir_cond_kind k)
{
    static const char *const n[] = { "always", "nonzero", "zero", "eq", "ne" };
    return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "?";
}

static const char *annot_name(ir_annot_kind k)
{
    static const char *const n[] = { "guarded_by", "requires", "acquires", "releases" };
    return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "?";
}

static void dump_operand(const ir_tu *tu, const ir_operand *o, FILE *f)
{
    char b1[256], b2[256];
    if (o->func_name) fprintf(f, "fn:%s", o->func_name);
    else if (o->is_null) fputs("NULL", f);
    else if (o->has_const) fprintf(f, "%lld", (long long)o->const_val);
    else if (o->obj || o->value) {
        fprintf(f, "%s", o->obj ? ir_key_str(tu, o->obj, b1, sizeof b1) : "-");
        if (o->value) fprintf(f, "/%s", ir_key_str(tu, o->value, b2, sizeof b2));
    } else fprintf(f, "'%s'", o->text ? o->text : "");
}

static void dump_annots(const ir_tu *tu, const ir_annot *a, uint32_t n, FILE *f)
{
    char b[256];
    for (uint32_t i = 0; i < n; i++)
        fprintf(f, " [%s %s%s%s]", annot_name(a[i].kind), a[i].arg ? a[i].arg : "",
                a[i].key ? " => " : "", a[i].key ? ir_key_str(tu, a[i].key, b, sizeof b) : "");
}

static void dump_vars(const ir_tu *tu, const char *what, const ir_var *v, uint32_t n, FILE *f)
{
    for (uint32_t i = 0; i < n; i++) {
        fprintf(f, "  %s %u %s : %s (%s)%s%s", what, i, v[i].name, v[i].type_text ? v[i].type_text : "",
                type_name(v[i].type), v[i].is_static ? " static" : "",
                v[i].address_taken ? " address-taken" : "");
        dump_annots(tu, v[i].annots, v[i].nannots, f);
        fputc('\n', f);
    }
}

void ir_dump_func(const ir_tu *tu, const ir_func *fn, void *FILE_ptr)
{
    FILE *f = FILE_ptr;
    char b[256];
    fprintf(f, "func %u %s%s at %u:%u exit=bb%u\n", fn->index, fn->name, fn->is_static ? " static" : "",
            fn->loc.line, fn->loc.col, fn->exit);
    if (fn->nannots) { fputs("  annots:", f); dump_annots(tu, fn->annots, fn->nannots, f); fputc('\n', f); }
    dump_vars(tu, "param", fn->params, fn->nparams, f);
    dump_vars(tu, "local", fn->locals, fn->nlocals, f);
    for (uint32_t i = 0; i < fn->nloops; i++) {
        const ir_loop *l = &fn->loops[i];
        fprintf(f, "  loop %u header=bb%u parent=%d trip=%lld%s at %u:%u\n", i, l->header, l->parent,
                (long long)l->trip_count, l->infinite ? " infinite" : "", l->loc.line, l->loc.col);
    }
    for (uint32_t bi = 0; bi < fn->nblocks; bi++) {
        const ir_block *bl = &fn->blocks[bi];
        fprintf(f, "  bb%u", bi);
        if (bl->loop >= 0) fprintf(f, " loop=%d", bl->loop);
        fprintf(f, " preds:");
        for (uint32_t p = 0; p < bl->npreds; p++) fprintf(f, " bb%u", bl->preds[p]);
        fputc('\n', f);
        for (uint32_t ei = bl->first_event; ei < bl->first_event + bl->nevents; ei++) {
            const ir_event *e = &fn->events[ei];
            fprintf(f, "    e%u %u:%u %s", ei, e->loc.line, e->loc.col, event_kind_name(e->kind));
            if (e->api) fprintf(f, " %s", ir_api_name(e->api));
            else if (e->callee) fprintf(f, " %s", e->callee);
            else if (e->kind == EV_CALL) fputs(" <indirect>", f);
            if (e->func >= 0 && (e->kind == EV_CALL || e->kind == EV_SPAWN)) fprintf(f, "#%d", e->func);
            if (e->kind == EV_CALL || e->kind == EV_SPAWN || e->kind == EV_DEFER || e->kind == EV_RETURN ||
                e->kind == EV_ASSIGN) {
                fputc('(', f);
                for (uint32_t a = 0; a < e->nargs; a++) {
                    if (a) fputs(", ", f);
                    dump_operand(tu, &e->args[a], f);
                }
                fputc(')', f);
            }
            if (e->key) fprintf(f, " key=%s", ir_key_str(tu, e->key, b, sizeof b));
            if (e->kind == EV_COPY && e->text) fprintf(f, " %s", e->text);
            if (e->deferred) fprintf(f, " deferred(%d)", e->defer_event);
            if (e->in_condition) fputs(" in-cond", f);
            if (e->api == API_SELECT || e->api == API_SELECT_TRY) {
                if (!e->cases_known) fputs(" cases=?", f);
                else {
                    fputs(" cases=[", f);
                    for (uint32_t c = 0; c < e->ncases; c++) {
                        if (c) fputs(", ", f);
                        fputs(e->cases[c].op == 1 ? "recv " : "send ", f);
                        dump_operand(tu, &e->cases[c].chan, f);
                    }
                    fputc(']', f);
                }
            }
            fputc('\n', f);
        }
        for (uint32_t s = 0; s < bl->nsuccs; s++) {
            const ir_edge *e = &bl->succs[s];
            fprintf(f, "    -> bb%u", e->to);
            if (e->cond != COND_ALWAYS) {
                fprintf(f, " [%s e%d", cond_name(e->cond), e->event);
                if (e->cond == COND_EQ || e->cond == COND_NE) fprintf(f, " %lld", (long long)e->value);
                fputc(']', f);
            }
            if (e->back) fputs(" back", f);
            fputc('\n', f);
        }
    }
}

void ir_dump(const ir_tu *tu, void *FILE_ptr)
{
    FILE *f = FILE_ptr;
    char b[256];
    fprintf(f, "tu %s\n", tu->path);
    for (uint32_t i = 0; i < tu->nglobals; i++) {
        const ir_var *v = &tu->globals[i];
        fprintf(f, "global %u %s : %s (%s)%s", i, v->name, v->type_text ? v->type_text : "", type_name(v->type),
                v->is_static ? " static" : "");
        dump_annots(tu, v->annots, v->nannots, f);
        fputc('\n', f);
    }
    for (uint32_t i = 0; i < tu->nfield_annots; i++) {
        const ir_field_annot *fa = &tu->field_annots[i];
        fprintf(f, "field %s.%s [%s %s%s%s]\n", fa->record, fa->field, annot_name(fa->annot.kind), fa->annot.arg,
                fa->annot.key ? " => " : "", fa->annot.key ? ir_key_str(tu, fa->annot.key, b, sizeof b) : "");
    }
    for (uint32_t i = 0; i < tu->nfuncs; i++) ir_dump_func(tu, &tu->funcs[i], f);
}
