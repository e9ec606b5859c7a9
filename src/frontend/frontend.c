/* frontend.c: parses one C file with libclang and lowers it into the IR.
 * Owns the hostile-input checks (unreadable, binary, huge files), clang's
 * error diagnostics (-> tool notes, analysable=false), the single walk of
 * the main file's top-level declarations (functions, globals, annotated
 * struct fields), type classification and annotation resolution. The CFG
 * builder itself is lower.c. Never crashes on bad input: returns NULL or
 * a TU with notes. */
#include "frontend.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fe.h"

#define MAX_FILE_SIZE (64u << 20)
#define MAX_ERROR_NOTES 20

struct frontend {
    CXIndex index;
    char *co_include_arg;   /* "-I<dir>" */
};

/* ---- Scratch arena --------------------------------------------------------- */
struct scratch_chunk {
    scratch_chunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void *scratch_alloc(scratch *s, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    scratch_chunk *c = s->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > (1u << 16) ? n : (1u << 16);
        c = malloc(sizeof *c + cap);
        if (!c) abort();
        c->used = 0;
        c->cap = cap;
        c->next = s->head;
        s->head = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

void scratch_reset(scratch *s)
{
    /* Keep the newest chunk for reuse. */
    if (!s->head) return;
    scratch_chunk *c = s->head->next;
    while (c) {
        scratch_chunk *next = c->next;
        free(c);
        c = next;
    }
    s->head->next = NULL;
    s->head->used = 0;
}

void scratch_free(scratch *s)
{
    scratch_chunk *c = s->head;
    while (c) {
        scratch_chunk *next = c->next;
        free(c);
        c = next;
    }
    s->head = NULL;
}

/* ---- Small helpers ----------------------------------------------------------- */
char *fe_cxstr(fe_tu *f, CXString s)
{
    const char *c = clang_getCString(s);
    char *r = (char *)ir_strdup(f->tu, c ? c : "");
    clang_disposeString(s);
    return r;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

ir_loc fe_loc(fe_tu *f, CXSourceLocation loc)
{
    ir_loc r = { 0, 0, 0 };
    CXFile file = NULL;
    unsigned line = 0, col = 0;
    clang_getExpansionLocation(loc, &file, &line, &col, NULL);
    r.line = line;
    r.col = col;
    if (!file || file == f->main_file) {
        r.file = 0;
    } else if (file == f->last_file) {
        r.file = f->last_file_id;
    } else if (clang_File_isEqual(file, f->main_file)) {
        r.file = 0;
    } else {
        CXString n = clang_getFileName(file);
        const char *s = clang_getCString(n);
        r.file = ir_file_id(f->tu, s ? s : "");
        clang_disposeString(n);
        f->last_file = file;
        f->last_file_id = r.file;
    }
    return r;
}

ir_loc fe_cursor_loc(fe_tu *f, CXCursor c)
{
    return fe_loc(f, clang_getCursorLocation(c));
}

/* ---- Types --------------------------------------------------------------------- */
bool fe_is_sync_class(ir_type t)
{
    return (t >= TY_MUTEX && t <= TY_ONCE) || t == TY_STRUCT_WITH_SYNC;
}

static const struct { const char *name; ir_type cls; } sync_records[] = {
    { "struct co_mutex", TY_MUTEX },       { "struct co_rwmutex", TY_RWMUTEX },
    { "struct co_waitgroup", TY_WAITGROUP }, { "struct co_cond", TY_COND },
    { "struct co_once", TY_ONCE },         { "co_cancel_fn", TY_CANCEL_FN },
};
static const struct { const char *name; ir_type cls; } sync_pointees[] = {
    { "struct co_chan", TY_CHAN_PTR }, { "struct co_ctx", TY_CTX_PTR },
    { "struct co_timer", TY_TIMER_PTR }, { "struct co_ticker", TY_TICKER_PTR },
};
static const struct { const char *name; ir_api api; } guard_types[] = {
    { "co_defer_unlock_t", API_MUTEX_UNLOCK }, { "co_defer_runlock_t", API_RW_RUNLOCK },
    { "co_defer_wunlock_t", API_RW_UNLOCK },   { "co_defer_done_t", API_WG_DONE },
    { "co_defer_cancel_t", API_CANCEL },       { "co_defer_timer_stop_t", API_TIMER_STOP },
    { "co_defer_ticker_stop_t", API_TICKER_STOP }, { "co_defer_close_t", API_CHAN_CLOSE },
};

static const char *unqualified_spelling(fe_tu *f, CXType t)
{
    CXType u = clang_getUnqualifiedType(clang_getCanonicalType(t));
    return fe_cxstr(f, clang_getTypeSpelling(u));
}

/* Open-addressed memo tables keyed by a canonical type's opaque pointer. */
typedef struct type_memo { const void *key; uintptr_t val; } type_memo;

static type_memo *memo_slot(void **tablep, uint32_t *np, uint32_t *capp, const void *key)
{
    if (!key) return NULL;
    if (*np * 2 + 2 >= *capp) {
        uint32_t oldcap = *capp;
        type_memo *old = *tablep;
        *capp = oldcap ? oldcap * 2 : 256;
        type_memo *nt = calloc(*capp, sizeof(type_memo));
        if (!nt) abort();
        *np = 0;
        for (uint32_t i = 0; i < oldcap; i++) {
            if (!old[i].key) continue;
            uint32_t h = (uint32_t)(((uintptr_t)old[i].key >> 3) * 2654435761u) & (*capp - 1);
            while (nt[h].key) h = (h + 1) & (*capp - 1);
            nt[h] = old[i];
            (*np)++;
        }
        free(old);
        *tablep = nt;
    }
    type_memo *t = *tablep;
    uint32_t h = (uint32_t)(((uintptr_t)key >> 3) * 2654435761u) & (*capp - 1);
    while (t[h].key && t[h].key != key) h = (h + 1) & (*capp - 1);
    return &t[h];
}

static void memo_put(void **tablep, uint32_t *np, uint32_t *capp, const void *key, uintptr_t val)
{
    type_memo *m = memo_slot(tablep, np, capp, key);
    if (!m) return;
    if (!m->key) { m->key = key; (*np)++; }
    m->val = val;
}

static bool memo_get(void **tablep, uint32_t *np, uint32_t *capp, const void *key, uintptr_t *val)
{
    type_memo *m = memo_slot(tablep, np, capp, key);
    if (!m || !m->key) return false;
    *val = m->val;
    return true;
}

const char *fe_record_name(fe_tu *f, CXType record)
{
    CXType c = clang_getCanonicalType(record);
    uintptr_t v;
    if (memo_get(&f->rnames, &f->nrnames, &f->caprnames, c.data[0], &v)) return (const char *)v;
    const char *s = unqualified_spelling(f, c);
    memo_put(&f->rnames, &f->nrnames, &f->caprnames, c.data[0], (uintptr_t)s);
    return s;
}

const char *fe_type_text(fe_tu *f, CXType t)
{
    return fe_cxstr(f, clang_getTypeSpelling(t));
}

static ir_type class_of(fe_tu *f, CXType t, int depth);

struct field_scan { fe_tu *f; int depth; bool sync; };
static enum CXVisitorResult field_visit(CXCursor c, CXClientData d)
{
    struct field_scan *fs = d;
    ir_type t = class_of(fs->f, clang_getCursorType(c), fs->depth + 1);
    if (fe_is_sync_class(t)) { fs->sync = true; return CXVisit_Break; }
    return CXVisit_Continue;
}

static ir_type compute_class(fe_tu *f, CXType c, int depth)
{
    switch (c.kind) {
    case CXType_Pointer: {
        CXType p = clang_getCanonicalType(clang_getPointeeType(c));
        if (p.kind == CXType_Record) {
            const char *s = fe_record_name(f, p);
            for (size_t i = 0; i < sizeof sync_pointees / sizeof sync_pointees[0]; i++)
                if (strcmp(s, sync_pointees[i].name) == 0) return sync_pointees[i].cls;
        }
        return TY_POINTER;
    }
    case CXType_BlockPointer: return TY_POINTER;
    case CXType_Record: {
        const char *s = fe_record_name(f, c);
        for (size_t i = 0; i < sizeof sync_records / sizeof sync_records[0]; i++)
            if (strcmp(s, sync_records[i].name) == 0) return sync_records[i].cls;
        if (depth > 16) return TY_AGGREGATE;
        /* placeholder breaks cycles through (invalid) self-containing records */
        memo_put(&f->tycache, &f->ntycache, &f->captycache, c.data[0], TY_AGGREGATE);
        struct field_scan fs = { f, depth, false };
        clang_Type_visitFields(c, field_visit, &fs);
        return fs.sync ? TY_STRUCT_WITH_SYNC : TY_AGGREGATE;
    }
    case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
    case CXType_DependentSizedArray: {
        if (depth > 16) return TY_AGGREGATE;
        ir_type e = class_of(f, clang_getArrayElementType(c), depth + 1);
        return fe_is_sync_class(e) ? TY_STRUCT_WITH_SYNC : TY_AGGREGATE;
    }
    case CXType_Enum: return TY_SCALAR;
    default:
        if (c.kind >= CXType_FirstBuiltin && c.kind <= CXType_LastBuiltin)
            return c.kind == CXType_Void ? TY_OTHER : TY_SCALAR;
        return TY_OTHER;
    }
}

static ir_type class_of(fe_tu *f, CXType t, int depth)
{
    CXType c = clang_getCanonicalType(t);
    if (c.kind == CXType_Invalid) return TY_OTHER;
    uintptr_t v;
    if (memo_get(&f->tycache, &f->ntycache, &f->captycache, c.data[0], &v)) return (ir_type)v;
    ir_type cls = compute_class(f, c, depth);
    memo_put(&f->tycache, &f->ntycache, &f->captycache, c.data[0], (uintptr_t)cls);
    return cls;
}

ir_type fe_type_class(fe_tu *f, CXType t)
{
    return class_of(f, t, 0);
}

ir_api fe_guard_api(CXType t)
{
    CXType c = clang_getCanonicalType(t);
    if (c.kind != CXType_Record) return API_NONE;
    CXString s = clang_getTypeSpelling(clang_getUnqualifiedType(c));
    const char *n = clang_getCString(s);
    ir_api api = API_NONE;
    if (n && strncmp(n, "co_defer_", 9) == 0)
        for (size_t i = 0; i < sizeof guard_types / sizeof guard_types[0]; i++)
            if (strcmp(n, guard_types[i].name) == 0) { api = guard_types[i].api; break; }
    clang_disposeString(s);
    return api;
}

static const char *const api_names[] = {
    "",
#define IR_API_NAME(id, name) name,
    IR_API_LIST(IR_API_NAME)
#undef IR_API_NAME
};

ir_api fe_api_of_decl(fe_tu *f, CXCursor decl, const char *name)
{
    if (!name || strncmp(name, "co_", 3) != 0) return API_NONE;
    ir_api api = API_NONE;
    for (int i = 1; i < API__COUNT; i++)
        if (strcmp(api_names[i], name) == 0) { api = (ir_api)i; break; }
    if (api == API_NONE) return API_NONE;
    if (f->api_decl_ok[api] == decl.data[0]) return api;
    CXFile file = NULL;
    clang_getSpellingLocation(clang_getCursorLocation(decl), &file, NULL, NULL, NULL);
    if (!file) return API_NONE;
    CXString fn = clang_getFileName(file);
    const char *s = clang_getCString(fn);
    bool ok = s && strcmp(base_name(s), "co.h") == 0;
    clang_disposeString(fn);
    if (ok) f->api_decl_ok[api] = decl.data[0];
    return ok ? api : API_NONE;
}

/* ---- Functions and globals ------------------------------------------------------ */
struct noret_scan { CXTranslationUnit tu; bool hit; };
static enum CXChildVisitResult noret_attr_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct noret_scan *ns = d;
    if (c.kind != CXCursor_UnexposedAttr) return CXChildVisit_Continue;
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(ns->tu, clang_getCursorExtent(c), &toks, &n);
    if (n) {
        CXString s = clang_getTokenSpelling(ns->tu, toks[0]);
        const char *t = clang_getCString(s);
        if (t && (strcmp(t, "_Noreturn") == 0 || strcmp(t, "noreturn") == 0)) ns->hit = true;
        clang_disposeString(s);
    }
    if (toks) clang_disposeTokens(ns->tu, toks, n);
    return ns->hit ? CXChildVisit_Break : CXChildVisit_Continue;
}

bool fe_func_noreturn(fe_tu *f, CXCursor decl)
{
    uintptr_t v;
    if (memo_get(&f->noret, &f->nnoret, &f->capnoret, decl.data[0], &v)) return v != 0;
    /* __attribute__((noreturn)) is part of the function type; _Noreturn an attribute */
    CXString ts = clang_getTypeSpelling(clang_getCursorType(decl));
    const char *t = clang_getCString(ts);
    bool nr = t && strstr(t, "noreturn") != NULL;
    clang_disposeString(ts);
    if (!nr && clang_Cursor_hasAttrs(decl)) {
        struct noret_scan ns = { f->ctu, false };
        clang_visitChildren(decl, noret_attr_visit, &ns);
        nr = ns.hit;
    }
    memo_put(&f->noret, &f->nnoret, &f->capnoret, decl.data[0], nr);
    return nr;
}

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Finds `name` in a name map over `names` (stride bytes apart); -1 if absent. */
static int32_t map_find(const int32_t *map, uint32_t cap, const char *name, const char *const *names, size_t stride)
{
    if (!cap) return -1;
    for (uint32_t h = name_hash(name) & (cap - 1); map[h]; h = (h + 1) & (cap - 1)) {
        const char *n = *(const char *const *)((const char *)names + (size_t)(map[h] - 1) * stride);
        if (strcmp(n, name) == 0) return map[h] - 1;
    }
    return -1;
}

static void map_add(int32_t **mapp, uint32_t *capp, uint32_t count, int32_t idx, const char *const *names, size_t stride)
{
    if ((count + 1) * 2 > *capp) {
        free(*mapp);
        *capp = *capp ? *capp * 2 : 64;
        while ((count + 1) * 2 > *capp) *capp *= 2;
        *mapp = calloc(*capp, sizeof **mapp);
        if (!*mapp) abort();
        for (uint32_t i = 0; i < count; i++) {
            if ((int32_t)i == idx) continue;
            const char *n = *(const char *const *)((const char *)names + (size_t)i * stride);
            uint32_t h = name_hash(n) & (*capp - 1);
            while ((*mapp)[h]) h = (h + 1) & (*capp - 1);
            (*mapp)[h] = (int32_t)i + 1;
        }
    }
    const char *n = *(const char *const *)((const char *)names + (size_t)idx * stride);
    uint32_t h = name_hash(n) & (*capp - 1);
    while ((*mapp)[h]) h = (h + 1) & (*capp - 1);
    (*mapp)[h] = idx + 1;
}

int32_t fe_func_index(fe_tu *f, const char *name)
{
    if (!name) return -1;
    return map_find(f->func_map, f->capfunc_map, name, f->func_names, sizeof *f->func_names);
}

static int32_t global_by_name(fe_tu *f, const char *name)
{
    return map_find(f->global_map, f->capglobal_map, name, &f->globals[0].name, sizeof *f->globals);
}

ir_key fe_global_key(fe_tu *f, int32_t gi)
{
    if (gi < 0 || (uint32_t)gi >= f->nglobals) return 0;
    return f->globals[gi].key;
}

int32_t fe_global_index(fe_tu *f, CXCursor decl)
{
    CXString ns = clang_getCursorSpelling(decl);
    const char *name = clang_getCString(ns);
    if (!name || !*name) { clang_disposeString(ns); return -1; }
    int32_t found = f->nglobals ? global_by_name(f, name) : -1;
    if (found >= 0) { clang_disposeString(ns); return found; }
    if (f->nglobals == f->capglobals) {
        f->capglobals = f->capglobals ? f->capglobals * 2 : 32;
        f->globals = realloc(f->globals, sizeof *f->globals * f->capglobals);
        if (!f->globals) abort();
    }
    int32_t gi = (int32_t)f->nglobals++;
    ir_var *v = &f->globals[gi];
    memset(v, 0, sizeof *v);
    v->name = ir_strdup(f->tu, name);
    clang_disposeString(ns);
    CXType t = clang_getCursorType(decl);
    v->type = fe_type_class(f, t);
    v->type_text = fe_type_text(f, t);
    v->is_static = true;
    v->loc = fe_cursor_loc(f, decl);
    v->key = ir_key_intern(f->tu, KEY_GLOBAL, 0, v->name, -1, gi, NULL, v->type);
    map_add(&f->global_map, &f->capglobal_map, f->nglobals, gi, &f->globals[0].name, sizeof *f->globals);
    ir_annot *annots = NULL;
    uint32_t nannots = 0;
    fe_annots_of(f, decl, &annots, &nannots, -1, NULL, 0);
    v = &f->globals[gi]; /* fe_annots_of may add globals (realloc) */
    v->annots = annots;
    v->nannots = nannots;
    return gi;
}

/* ---- Annotations ------------------------------------------------------------------ */
static const struct { const char *prefix; ir_annot_kind kind; } annot_prefixes[] = {
    { "co_guarded_by:", ANN_GUARDED_BY }, { "co_requires:", ANN_REQUIRES },
    { "co_acquires:", ANN_ACQUIRES },     { "co_releases:", ANN_RELEASES },
};

static bool parse_annot(const char *s, ir_annot_kind *kind, const char **arg)
{
    for (size_t i = 0; i < sizeof annot_prefixes / sizeof annot_prefixes[0]; i++) {
        size_t n = strlen(annot_prefixes[i].prefix);
        if (strncmp(s, annot_prefixes[i].prefix, n) == 0) {
            *kind = annot_prefixes[i].kind;
            *arg = s + n;
            return true;
        }
    }
    return false;
}

struct field_find { const char *name; CXCursor found; bool ok; };
static enum CXVisitorResult field_find_visit(CXCursor c, CXClientData d)
{
    struct field_find *ff = d;
    CXString s = clang_getCursorSpelling(c);
    const char *n = clang_getCString(s);
    bool hit = n && strcmp(n, ff->name) == 0;
    clang_disposeString(s);
    if (hit) { ff->found = c; ff->ok = true; return CXVisit_Break; }
    return CXVisit_Continue;
}

static const char *skip_ws(const char *p) { while (*p == ' ' || *p == '\t' || *p == '\n') p++; return p; }
static bool ident_char(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

ir_key fe_resolve_annot(fe_tu *f, const char *arg, int32_t func, const ir_var *params, uint32_t nparams)
{
    const char *p = skip_ws(arg);
    int nderef = 0;
    bool addr = false;
    while (*p == '&' || *p == '*' || *p == '(') {
        if (*p == '&') addr = true;
        if (*p == '*') nderef++;
        p = skip_ws(p + 1);
    }
    (void)addr; /* &x names the same object as x */
    char name[128];
    size_t n = 0;
    while (ident_char(*p) && n + 1 < sizeof name) name[n++] = *p++;
    name[n] = 0;
    if (!n) return 0;
    ir_key k = 0;
    CXType t = { 0 };
    bool have_type = false;
    for (uint32_t i = 0; i < nparams && params; i++)
        if (strcmp(params[i].name, name) == 0) {
            k = params[i].key;
            break;
        }
    if (k && func >= 0) {
        /* type of the parameter: from the function cursor */
        CXCursor fc = f->func_cursors[func];
        int np = clang_Cursor_getNumArguments(fc);
        for (int i = 0; i < np; i++) {
            CXCursor pc = clang_Cursor_getArgument(fc, (unsigned)i);
            CXString s = clang_getCursorSpelling(pc);
            bool hit = strcmp(clang_getCString(s), name) == 0;
            clang_disposeString(s);
            if (hit) { t = clang_getCursorType(pc); have_type = true; break; }
        }
    }
    if (!k) {
        int32_t gi = f->nglobals ? global_by_name(f, name) : -1;
        if (gi < 0) return 0;
        k = f->globals[gi].key;
    }
    for (;;) {
        p = skip_ws(p);
        if (*p == ')') { p++; continue; }
        bool arrow = p[0] == '-' && p[1] == '>';
        bool dot = p[0] == '.';
        if (!arrow && !dot) break;
        p = skip_ws(p + (arrow ? 2 : 1));
        n = 0;
        while (ident_char(*p) && n + 1 < sizeof name) name[n++] = *p++;
        name[n] = 0;
        if (!n) return 0;
        const char *record = NULL;
        ir_type cls = TY_OTHER;
        if (arrow) {
            if (have_type) t = clang_getPointeeType(clang_getCanonicalType(t));
            k = ir_key_intern(f->tu, KEY_DEREF, k, NULL, -1, 0, NULL,
                              have_type ? fe_type_class(f, t) : TY_OTHER);
        }
        if (have_type) {
            CXType rec = clang_getCanonicalType(t);
            record = fe_record_name(f, rec);
            struct field_find ff = { name, clang_getNullCursor(), false };
            if (rec.kind == CXType_Record) clang_Type_visitFields(rec, field_find_visit, &ff);
            if (ff.ok) {
                t = clang_getCursorType(ff.found);
                cls = fe_type_class(f, t);
            } else {
                have_type = false;
            }
        }
        k = ir_key_intern(f->tu, KEY_FIELD, k, name, -1, 0, record, cls);
    }
    while (nderef-- > 0 && k) k = ir_key_intern(f->tu, KEY_DEREF, k, NULL, -1, 0, NULL, TY_OTHER);
    return k;
}

struct annot_collect { fe_tu *f; ir_annot buf[16]; uint32_t n; };
static enum CXChildVisitResult annot_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct annot_collect *ac = d;
    if (c.kind != CXCursor_AnnotateAttr) return CXChildVisit_Continue;
    CXString s = clang_getCursorSpelling(c);
    const char *text = clang_getCString(s);
    ir_annot_kind kind;
    const char *arg;
    if (text && ac->n < 16 && parse_annot(text, &kind, &arg)) {
        ir_annot *a = &ac->buf[ac->n++];
        a->kind = kind;
        a->arg = ir_strdup(ac->f->tu, arg);
        a->key = 0;
        a->loc = fe_cursor_loc(ac->f, c);
    }
    clang_disposeString(s);
    return CXChildVisit_Continue;
}

void fe_annots_of(fe_tu *f, CXCursor decl, ir_annot **out, uint32_t *n, int32_t func, const ir_var *params,
                  uint32_t nparams)
{
    struct annot_collect ac;
    ac.f = f;
    ac.n = 0;
    if (clang_Cursor_hasAttrs(decl)) clang_visitChildren(decl, annot_visit, &ac);
    *out = NULL;
    *n = 0;
    if (!ac.n) return;
    ir_annot *a = ir_alloc(f->tu, sizeof *a * ac.n);
    for (uint32_t i = 0; i < ac.n; i++) {
        a[i] = ac.buf[i];
        a[i].key = fe_resolve_annot(f, a[i].arg, func, params, nparams);
    }
    *out = a;
    *n = ac.n;
}

/* Annotated fields of a struct/union definition (and of nested ones). */
struct field_annot_walk { fe_tu *f; const char *record; int depth; CXType type; };

/* Does the annotation's leading identifier name a field of `rec`? */
static bool names_field(CXType rec, const char *arg)
{
    const char *p = arg;
    while (*p == ' ' || *p == '&' || *p == '*' || *p == '(') p++;
    char name[128];
    size_t n = 0;
    while (ident_char(*p) && n + 1 < sizeof name) name[n++] = *p++;
    name[n] = 0;
    if (!n) return false;
    struct field_find ff = { name, clang_getNullCursor(), false };
    CXType c = clang_getCanonicalType(rec);
    if (c.kind == CXType_Record) clang_Type_visitFields(c, field_find_visit, &ff);
    return ff.ok;
}
static enum CXChildVisitResult record_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct field_annot_walk *w = d;
    fe_tu *f = w->f;
    if ((c.kind == CXCursor_StructDecl || c.kind == CXCursor_UnionDecl) && w->depth < 8) {
        struct field_annot_walk inner = { f, fe_record_name(f, clang_getCursorType(c)), w->depth + 1,
                                          clang_getCursorType(c) };
        clang_visitChildren(c, record_visit, &inner);
        return CXChildVisit_Continue;
    }
    if (c.kind != CXCursor_FieldDecl || !clang_Cursor_hasAttrs(c)) return CXChildVisit_Continue;
    ir_annot *a;
    uint32_t n;
    fe_annots_of(f, c, &a, &n, -1, NULL, 0);
    for (uint32_t i = 0; i < n; i++) {
        if (f->nfield_annots == f->capfield_annots) {
            f->capfield_annots = f->capfield_annots ? f->capfield_annots * 2 : 16;
            f->field_annots = realloc(f->field_annots, sizeof *f->field_annots * f->capfield_annots);
            f->field_annot_names_field = realloc(f->field_annot_names_field, f->capfield_annots);
            if (!f->field_annots || !f->field_annot_names_field) abort();
        }
        bool local = names_field(w->type, a[i].arg);
        f->field_annot_names_field[f->nfield_annots] = local;
        ir_field_annot *fa = &f->field_annots[f->nfield_annots++];
        fa->record = w->record;
        fa->field = fe_cxstr(f, clang_getCursorSpelling(c));
        fa->annot = a[i];
        if (local) fa->annot.key = 0; /* a sibling field, not a global */
    }
    return CXChildVisit_Continue;
}

static void collect_record(fe_tu *f, CXCursor c)
{
    if (!clang_isCursorDefinition(c)) return;
    struct field_annot_walk w = { f, fe_record_name(f, clang_getCursorType(c)), 0, clang_getCursorType(c) };
    clang_visitChildren(c, record_visit, &w);
}

/* ---- The top-level walk -------------------------------------------------------------- */
static void add_func(fe_tu *f, CXCursor c)
{
    CXString s = clang_getCursorSpelling(c);
    const char *name = clang_getCString(s);
    if (!name || fe_func_index(f, name) >= 0) { clang_disposeString(s); return; }
    if (f->nfuncs == f->capfuncs) {
        f->capfuncs = f->capfuncs ? f->capfuncs * 2 : 32;
        f->func_cursors = realloc(f->func_cursors, sizeof *f->func_cursors * f->capfuncs);
        f->func_names = realloc((void *)f->func_names, sizeof *f->func_names * f->capfuncs);
        if (!f->func_cursors || !f->func_names) abort();
    }
    f->func_cursors[f->nfuncs] = c;
    f->func_names[f->nfuncs] = ir_strdup(f->tu, name);
    f->nfuncs++;
    map_add(&f->func_map, &f->capfunc_map, f->nfuncs, (int32_t)f->nfuncs - 1, f->func_names, sizeof *f->func_names);
    clang_disposeString(s);
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    fe_tu *f = d;
    CXSourceLocation loc = clang_getCursorLocation(c);
    bool main_file = clang_Location_isFromMainFile(loc) != 0;
    switch (c.kind) {
    case CXCursor_FunctionDecl:
        if (main_file && clang_isCursorDefinition(c)) add_func(f, c);
        break;
    case CXCursor_VarDecl:
        if (main_file) fe_global_index(f, c);
        break;
    case CXCursor_StructDecl: case CXCursor_UnionDecl:
        if (main_file || !clang_Location_isInSystemHeader(loc)) collect_record(f, c);
        break;
    case CXCursor_LinkageSpec: case CXCursor_UnexposedDecl:
        if (main_file) clang_visitChildren(c, top_visit, f);
        break;
    default:
        break;
    }
    return CXChildVisit_Continue;
}

/* ---- Input checks ----------------------------------------------------------------------- */
static bool valid_utf8(const unsigned char *s, size_t n, size_t *bad_line)
{
    size_t line = 1;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c == '\n') line++;
        if (c < 0x80) { i++; continue; }
        size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!len || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + len > n) { *bad_line = line; return false; }
        for (size_t k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80) { *bad_line = line; return false; }
        i += len;
    }
    return true;
}

static char *read_file(const char *path, size_t *len, diag_list *notes, src_loc loc)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        diag_list_note(notes, LEVEL_ERROR, loc, "cannot read file: %s", strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        diag_list_note(notes, LEVEL_ERROR, loc, "is a directory, not a C file");
        return NULL;
    }
    if (st.st_size > (off_t)MAX_FILE_SIZE) {
        diag_list_note(notes, LEVEL_ERROR, loc, "file too large (%lld bytes); not analysed",
                       (long long)st.st_size);
        return NULL;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        diag_list_note(notes, LEVEL_ERROR, loc, "cannot read file: %s", strerror(errno));
        return NULL;
    }
    size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) abort();
    for (;;) {
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (r == 0) break;
        if (n == cap) {
            if (cap >= MAX_FILE_SIZE) break;
            cap *= 2;
            buf = realloc(buf, cap + 1);
            if (!buf) abort();
        }
    }
    bool err = ferror(fp) != 0;
    int e = errno;
    fclose(fp);
    if (err) {
        diag_list_note(notes, LEVEL_ERROR, loc, "cannot read file: %s", strerror(e));
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* ---- Public API ----------------------------------------------------------------------------- */
frontend *frontend_new(const char *co_include_dir)
{
    frontend *fe = calloc(1, sizeof *fe);
    if (!fe) return NULL;
    fe->index = clang_createIndex(0, 0);
    if (!fe->index) { free(fe); return NULL; }
    if (co_include_dir && *co_include_dir) {
        size_t n = strlen(co_include_dir) + 3;
        fe->co_include_arg = malloc(n);
        if (!fe->co_include_arg) abort();
        snprintf(fe->co_include_arg, n, "-I%s", co_include_dir);
    }
    return fe;
}

void frontend_free(frontend *fe)
{
    if (!fe) return;
    clang_disposeIndex(fe->index);
    free(fe->co_include_arg);
    free(fe);
}

const char *frontend_clang_version(void)
{
    static char buf[256];
    if (!buf[0]) {
        CXString s = clang_getClangVersion();
        snprintf(buf, sizeof buf, "%s", clang_getCString(s));
        clang_disposeString(s);
    }
    return buf;
}

static void report_diagnostics(fe_tu *f, const char *path, diag_list *notes, bool *analysable)
{
    unsigned nd = clang_getNumDiagnostics(f->ctu), nerr = 0;
    for (unsigned i = 0; i < nd; i++) {
        CXDiagnostic d = clang_getDiagnostic(f->ctu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        if (sev >= CXDiagnostic_Error) {
            *analysable = false;
            if (nerr++ < MAX_ERROR_NOTES) {
                CXFile file = NULL;
                unsigned line = 0, col = 0;
                clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, &line, &col, NULL);
                CXString fname = { 0 };
                const char *fn = NULL;
                if (file) { fname = clang_getFileName(file); fn = clang_getCString(fname); }
                bool is_main = !file || clang_File_isEqual(file, f->main_file);
                CXString msg = clang_getDiagnosticSpelling(d);
                src_loc loc = { is_main || !fn ? path : fn, line, col };
                /* the note's level already says "error": keep only clang's text */
                diag_list_note(notes, LEVEL_ERROR, loc, "%s", clang_getCString(msg));
                clang_disposeString(msg);
                if (file) clang_disposeString(fname);
            }
        }
        clang_disposeDiagnostic(d);
    }
    if (nerr > MAX_ERROR_NOTES) {
        src_loc loc = { path, 0, 0 };
        diag_list_note(notes, LEVEL_ERROR, loc, "%u more errors not shown", nerr - MAX_ERROR_NOTES);
    }
    if (nerr) {
        src_loc loc = { path, 0, 0 };
        diag_list_note(notes, LEVEL_ERROR, loc, "file has %u compile error%s; not analysed", nerr, nerr == 1 ? "" : "s");
    }
}

ir_tu *frontend_parse(frontend *fe, const char *path, const char *const *args, size_t nargs,
                      const char *workdir, diag_list *notes, bool *analysable)
{
    bool dummy;
    if (!analysable) analysable = &dummy;
    *analysable = false;
    if (!fe || !path) return NULL;
    src_loc floc = { path, 0, 0 };

    char full[4096];
    const char *fs_path = path;
    if (workdir && path[0] != '/') {
        snprintf(full, sizeof full, "%s/%s", workdir, path);
        fs_path = full;
    }
    size_t len = 0;
    char *src = read_file(fs_path, &len, notes, floc);
    if (!src) return NULL;
    if (memchr(src, 0, len)) {
        diag_list_note(notes, LEVEL_ERROR, floc, "binary file (contains NUL bytes); not analysed");
        free(src);
        return NULL;
    }
    size_t bad_line = 0;
    if (!valid_utf8((const unsigned char *)src, len, &bad_line)) {
        src_loc l = { path, (uint32_t)bad_line, 1 };
        diag_list_note(notes, LEVEL_WARNING, l, "file is not valid UTF-8; analysed as bytes");
    }

    ir_tu *tu = ir_tu_new(path);
    char *rp = realpath(fs_path, NULL);
    if (rp) { tu->realpath = ir_strdup(tu, rp); free(rp); }
    if (len == 0) {
        diag_list_note(notes, LEVEL_NOTE, floc, "empty file");
        free(src);
        *analysable = true;
        return tu;
    }

    /* Arguments: the user's, co.h's directory, and a working directory. */
    size_t cap = nargs + 8, n = 0;
    const char **argv = malloc(sizeof *argv * cap);
    if (!argv) abort();
    for (size_t i = 0; i < nargs; i++) argv[n++] = args[i];
    if (fe->co_include_arg) argv[n++] = fe->co_include_arg;
    if (workdir) { argv[n++] = "-working-directory"; argv[n++] = workdir; }

    struct CXUnsavedFile unsaved = { fs_path, src, (unsigned long)len };
    CXTranslationUnit ctu = NULL;
    enum CXErrorCode ec = clang_parseTranslationUnit2(
        fe->index, fs_path, argv, (int)n, &unsaved, 1,
        CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles, &ctu);
    free(argv);
    if (ec != CXError_Success || !ctu) {
        diag_list_note(notes, LEVEL_ERROR, floc, "libclang could not parse the file (error %d)", (int)ec);
        ir_tu_free(tu);
        free(src);
        return NULL;
    }

    fe_tu f;
    memset(&f, 0, sizeof f);
    f.tu = tu;
    f.ctu = ctu;
    f.main_file = clang_getFile(ctu, fs_path);
    f.src = src;
    f.src_len = len;
    f.notes = notes;
    *analysable = true;
    report_diagnostics(&f, path, notes, analysable);

    clang_visitChildren(clang_getTranslationUnitCursor(ctu), top_visit, &f);
    /* Annotations naming globals declared later in the file. */
    for (uint32_t i = 0; i < f.nglobals; i++)
        for (uint32_t a = 0; a < f.globals[i].nannots; a++)
            if (!f.globals[i].annots[a].key)
                f.globals[i].annots[a].key = fe_resolve_annot(&f, f.globals[i].annots[a].arg, -1, NULL, 0);
    for (uint32_t i = 0; i < f.nfield_annots; i++)
        if (!f.field_annots[i].annot.key && !f.field_annot_names_field[i])
            f.field_annots[i].annot.key = fe_resolve_annot(&f, f.field_annots[i].annot.arg, -1, NULL, 0);
    /* A file with errors is not analysed: its functions are not lowered
     * (rules must not run on a broken AST, and lowering it is wasted time). */
    if (!*analysable) f.nfuncs = 0;
    tu->nfuncs = f.nfuncs;
    tu->funcs = ir_alloc(tu, sizeof *tu->funcs * (f.nfuncs ? f.nfuncs : 1));
    for (uint32_t i = 0; i < f.nfuncs; i++) {
        tu->funcs[i].index = i;
        tu->funcs[i].name = f.func_names[i];
    }
    for (uint32_t i = 0; i < f.nfuncs; i++) {
        if (!fe_lower_function(&f, f.func_cursors[i], i) && !f.deep_note_done) {
            f.deep_note_done = true;
            src_loc l = { path, tu->funcs[i].loc.line, tu->funcs[i].loc.col };
            diag_list_note(notes, LEVEL_WARNING, l,
                           "function '%s' is nested too deeply; parts of it were not analysed", tu->funcs[i].name);
        }
        scratch_reset(&f.scratch);
    }

    tu->nglobals = f.nglobals;
    tu->globals = ir_alloc(tu, sizeof *tu->globals * (f.nglobals ? f.nglobals : 1));
    if (f.nglobals) memcpy(tu->globals, f.globals, sizeof *tu->globals * f.nglobals);
    tu->nfield_annots = f.nfield_annots;
    tu->field_annots = ir_alloc(tu, sizeof *tu->field_annots * (f.nfield_annots ? f.nfield_annots : 1));
    if (f.nfield_annots) memcpy(tu->field_annots, f.field_annots, sizeof *tu->field_annots * f.nfield_annots);

    free(f.globals);
    free(f.field_annots);
    free(f.field_annot_names_field);
    free(f.func_cursors);
    free((void *)f.func_names);
    free(f.tycache);
    free(f.func_map);
    free(f.global_map);
    free(f.rnames);
    free(f.noret);
    scratch_free(&f.scratch);
    clang_disposeTranslationUnit(ctu);
    free(src);
    return tu;
}
