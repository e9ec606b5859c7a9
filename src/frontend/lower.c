/* lower.c: the CFG builder. Copies one function's libclang AST into a
 * compact node tree (one iterative walk), runs a pre-pass (locals, what
 * each name refers to, writes and address-taking, labels), then lowers
 * statements and expressions into blocks of normalised events with object
 * keys, as documented in ir.h. Recursion over the node tree is bounded
 * (MAX_DEPTH): deeper code is skipped and reported, never a crash.
 * Dead blocks (no path from the entry) are pruned at the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fe.h"

#define MAX_DEPTH 800

/* The value of an expression as far as keys go. */
typedef struct val {
    ir_key key;      /* the lvalue it designates (or the TEMP/lvalue holding a call result) */
    ir_key addr;     /* its value is the address of this object (&x) */
    int32_t call;    /* its value is the result of this call event */
    int32_t func;    /* function designator: index in this TU or -1 */
    const char *func_name;
} val;

static const val VNONE = { 0, 0, -1, -1, NULL };

typedef enum { RVAL, LVAL } mode;

typedef struct bblock {
    uint32_t first, n;
    ir_edge *succs;
    uint32_t nsuccs, capsuccs;
    int32_t loop;
    ir_loc loc;
} bblock;

typedef struct var {
    node *decl;
    ir_var v;
    bool is_param, written, is_alias, alias_ok, is_extern;
    int32_t ir_index;          /* parameter position or index into fn->locals */
    val alias;
    int32_t result_event;      /* the call whose result the variable holds, or -1 */
    /* co_case arrays: the cases as far as known */
    bool is_case_array, cases_bad;
    uint32_t ncase_slots;
    ir_select_case *cases;
    bool *case_set;
} var;

typedef struct cleanup {
    ir_api api;
    const char *callee;
    int32_t func;
    ir_operand *arg;
    int32_t defer_event;
} cleanup;

typedef struct scope { node *n; uint32_t first_cleanup; } scope;
typedef struct target { int32_t brk, cont; uint32_t depth; } target;
typedef struct swctx { int32_t dispatch, event, deflt; int64_t *vals; uint32_t nvals, capvals; int32_t *before; } swctx;
typedef struct label { node *n; int32_t block; } label;

typedef struct fb {
    fe_tu *f;
    ir_tu *tu;
    int32_t fidx;
    node *root;
    var *vars; uint32_t nvars, capvars;
    uint32_t nparams, nlocals;
    int32_t *param_var, *local_var; /* ir index -> vars index */
    uint32_t capparam_var, caplocal_var;
    /* cursor -> var */
    int32_t *vmap; uint32_t capvmap;
    bblock *blocks; uint32_t nblocks, capblocks;
    ir_event *events; uint32_t nevents, capevents;
    ir_loop *loops; uint32_t nloops, caploops;
    int32_t cur, exit, curloop;
    scope *scopes; uint32_t nscopes, capscopes;
    cleanup *cleanups; uint32_t ncleanups, capcleanups;
    target *targets; uint32_t ntargets, captargets;
    swctx *sws; uint32_t nsws, capsws;
    label *labels; uint32_t nlabels, caplabels;
    int depth;
    bool too_deep;
    ir_loc stmt_loc;        /* the statement being lowered (new blocks start there) */
    bool case_use_ok;       /* the next co_case array use is a select or an element access */
    int32_t *saved_results; /* scratch for result_event snapshots */
} fb;

#define GROW(arr, n, cap)                                                   \
    do {                                                                    \
        if ((n) >= (cap)) {                                                 \
            (cap) = (cap) ? (cap) * 2 : 16;                                 \
            void *np_ = realloc((arr), sizeof *(arr) * (cap));              \
            if (!np_) abort();                                              \
            (arr) = np_;                                                    \
        }                                                                   \
    } while (0)

/* ---- The node tree ------------------------------------------------------------ */
struct build { fb *b; node **stack; uint32_t sp, cap; };

static enum CXChildVisitResult build_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    struct build *st = d;
    if (c.kind == CXCursor_TypeRef) return CXChildVisit_Continue;
    while (st->sp > 1 && !clang_equalCursors(st->stack[st->sp - 1]->c, parent)) st->sp--;
    node *p = st->stack[st->sp - 1];
    node *n = scratch_alloc(&st->b->f->scratch, sizeof *n);
    n->c = c;
    n->kind = clang_getCursorKind(c);
    n->parent = p;
    n->ref = -1;
    if (p->last) p->last->next = n; else p->first = n;
    p->last = n;
    p->nkids++;
    if (st->sp == st->cap) {
        st->cap *= 2;
        st->stack = realloc(st->stack, sizeof *st->stack * st->cap);
        if (!st->stack) abort();
    }
    st->stack[st->sp++] = n;
    return CXChildVisit_Recurse;
}

static node *kid(node *n, uint32_t i)
{
    node *k = n ? n->first : NULL;
    while (k && i--) k = k->next;
    return k;
}

static bool is_expr(node *n) { return n && clang_isExpression(n->kind); }

/* Strips parentheses and implicit conversions (and explicit casts when
 * `casts`): the expression whose value is used. */
static node *strip_x(node *n, bool casts)
{
    while (n) {
        if (n->kind == CXCursor_ParenExpr && n->nkids == 1) n = n->first;
        else if (n->kind == CXCursor_UnexposedExpr && n->nkids == 1 && is_expr(n->first)) n = n->first;
        else if (casts && n->kind == CXCursor_CStyleCastExpr && n->nkids >= 1) n = n->last;
        else break;
    }
    return n;
}
static node *strip(node *n) { return strip_x(n, true); }

static CXType ctype(node *n) { return clang_getCanonicalType(clang_getCursorType(n->c)); }
static bool is_pointer_type(CXType t) { return t.kind == CXType_Pointer; }
static bool is_array_type(CXType t)
{
    return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray ||
           t.kind == CXType_DependentSizedArray;
}

/* ---- Vars ----------------------------------------------------------------------- */
static int32_t vmap_find(fb *b, CXCursor c)
{
    if (!b->capvmap) return -1;
    uint32_t h = clang_hashCursor(c) & (b->capvmap - 1);
    for (; b->vmap[h] >= 0; h = (h + 1) & (b->capvmap - 1))
        if (clang_equalCursors(b->vars[b->vmap[h]].decl->c, c)) return b->vmap[h];
    return -1;
}

static void vmap_insert(fb *b, int32_t vi)
{
    if ((uint32_t)(b->nvars * 2) >= b->capvmap) {
        free(b->vmap);
        b->capvmap = b->capvmap ? b->capvmap * 2 : 64;
        while (b->capvmap <= b->nvars * 2) b->capvmap *= 2;
        b->vmap = malloc(sizeof *b->vmap * b->capvmap);
        if (!b->vmap) abort();
        memset(b->vmap, 0xff, sizeof *b->vmap * b->capvmap);
        for (int32_t i = 0; i < (int32_t)b->nvars; i++) {
            if (i == vi) continue;
            uint32_t h = clang_hashCursor(b->vars[i].decl->c) & (b->capvmap - 1);
            while (b->vmap[h] >= 0) h = (h + 1) & (b->capvmap - 1);
            b->vmap[h] = i;
        }
    }
    uint32_t h = clang_hashCursor(b->vars[vi].decl->c) & (b->capvmap - 1);
    while (b->vmap[h] >= 0) h = (h + 1) & (b->capvmap - 1);
    b->vmap[h] = vi;
}

static bool is_case_array_type(fb *b, CXType t)
{
    if (!is_array_type(t)) return false;
    CXType e = clang_getCanonicalType(clang_getArrayElementType(t));
    if (e.kind != CXType_Record) return false;
    return strcmp(fe_record_name(b->f, e), "co_case") == 0;
}

static int32_t add_var(fb *b, node *n, bool is_param)
{
    GROW(b->vars, b->nvars, b->capvars);
    int32_t vi = (int32_t)b->nvars++;
    var *v = &b->vars[vi];
    memset(v, 0, sizeof *v);
    v->decl = n;
    v->is_param = is_param;
    v->result_event = -1;
    v->alias = VNONE;
    CXType t = clang_getCursorType(n->c);
    v->v.name = fe_cxstr(b->f, clang_getCursorSpelling(n->c));
    v->v.type = fe_type_class(b->f, t);
    v->v.type_text = fe_type_text(b->f, t);
    v->v.is_param = is_param;
    v->v.loc = fe_cursor_loc(b->f, n->c);
    if (!is_param) {
        enum CX_StorageClass sc = clang_Cursor_getStorageClass(n->c);
        v->v.is_static = sc == CX_SC_Static;
    }
    if (is_param) {
        GROW(b->param_var, b->nparams, b->capparam_var);
        b->param_var[b->nparams] = vi;
        v->ir_index = (int32_t)b->nparams++;
        v->v.key = ir_key_intern(b->tu, KEY_PARAM, 0, v->v.name, b->fidx, v->ir_index, NULL, v->v.type);
    } else {
        GROW(b->local_var, b->nlocals, b->caplocal_var);
        b->local_var[b->nlocals] = vi;
        v->ir_index = (int32_t)b->nlocals++;
        v->v.key = ir_key_intern(b->tu, KEY_LOCAL, 0, v->v.name, b->fidx, v->ir_index, NULL, v->v.type);
    }
    CXType ct = clang_getCanonicalType(t);
    v->alias_ok = !is_param && !v->v.is_static && is_pointer_type(ct);
    if (!is_param && is_case_array_type(b, ct)) {
        v->is_case_array = true;
        long long sz = clang_getArraySize(ct);
        v->ncase_slots = sz > 0 && sz <= 64 ? (uint32_t)sz : 0;
        if (v->ncase_slots) {
            v->cases = ir_alloc(b->tu, sizeof *v->cases * v->ncase_slots);
            v->case_set = scratch_alloc(&b->f->scratch, v->ncase_slots);
        } else {
            v->cases_bad = true;
        }
    }
    vmap_insert(b, vi);
    return vi;
}

/* ---- Pre-pass --------------------------------------------------------------------- */
static bool is_write_op(node *p, node *c)
{
    if (p->kind == CXCursor_CompoundAssignOperator) return p->first == c;
    if (p->kind == CXCursor_BinaryOperator)
        return p->first == c && clang_getCursorBinaryOperatorKind(p->c) == CXBinaryOperator_Assign;
    if (p->kind == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind k = clang_getCursorUnaryOperatorKind(p->c);
        return k == CXUnaryOperator_PostInc || k == CXUnaryOperator_PostDec || k == CXUnaryOperator_PreInc ||
               k == CXUnaryOperator_PreDec;
    }
    return false;
}

static void mark_use(fb *b, node *n, var *v)
{
    node *c = n, *p = n->parent;
    while (p && (p->kind == CXCursor_ParenExpr || (p->kind == CXCursor_UnexposedExpr && p->nkids == 1))) {
        c = p;
        p = p->parent;
    }
    (void)b;
    if (!p) return;
    if (is_write_op(p, c)) {
        n->local_mark |= MARK_WRITE;
        v->written = true;
    } else if (p->kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(p->c) == CXUnaryOperator_AddrOf) {
        n->local_mark |= MARK_ADDR;
        v->v.address_taken = true;
    }
}

static void resolve_ref(fb *b, node *n)
{
    CXCursor r = clang_getCursorReferenced(n->c);
    switch (r.kind) {
    case CXCursor_VarDecl: case CXCursor_ParmDecl: {
        int32_t vi = vmap_find(b, r);
        if (vi >= 0 && !b->vars[vi].is_extern) {
            n->ref_kind = REF_LOCAL;
            n->ref = vi;
            mark_use(b, n, &b->vars[vi]);
        } else if (r.kind == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(r) == 1) {
            n->ref_kind = REF_GLOBAL;
            n->ref = fe_global_index(b->f, r);
        } else {
            n->ref_kind = REF_OTHER;
        }
        break;
    }
    case CXCursor_FunctionDecl: {
        CXString s = clang_getCursorSpelling(r);
        const char *name = clang_getCString(s);
        n->ref_kind = REF_FUNC;
        n->ref = fe_func_index(b->f, name);
        n->ref_name = ir_strdup(b->tu, name ? name : "");
        n->api = (uint8_t)fe_api_of_decl(b->f, r, name);
        n->noreturn = n->api == API_NONE && fe_func_noreturn(b->f, r);
        clang_disposeString(s);
        break;
    }
    case CXCursor_EnumConstantDecl: n->ref_kind = REF_ENUM; break;
    default: n->ref_kind = REF_OTHER; break;
    }
}

static void prepass(fb *b)
{
    node *n = b->root->first;
    while (n) {
        switch (n->kind) {
        case CXCursor_ParmDecl:
            if (n->parent == b->root) add_var(b, n, true);
            break;
        case CXCursor_VarDecl: {
            int32_t vi = add_var(b, n, false);
            if (clang_Cursor_getStorageClass(n->c) == CX_SC_Extern) {
                /* a block-scope extern declaration names a global */
                b->vars[vi].is_extern = true;
            }
            break;
        }
        case CXCursor_DeclRefExpr:
            resolve_ref(b, n);
            break;
        case CXCursor_LabelStmt:
            GROW(b->labels, b->nlabels, b->caplabels);
            b->labels[b->nlabels].n = n;
            b->labels[b->nlabels].block = -1;
            b->nlabels++;
            break;
        default:
            break;
        }
        /* pre-order successor */
        if (n->first) { n = n->first; continue; }
        while (n && n != b->root && !n->next) n = n->parent;
        if (!n || n == b->root) break;
        n = n->next;
    }
}

/* ---- Blocks and events -------------------------------------------------------------- */
static int32_t new_block(fb *b)
{
    GROW(b->blocks, b->nblocks, b->capblocks);
    bblock *bl = &b->blocks[b->nblocks];
    memset(bl, 0, sizeof *bl);
    bl->loop = b->curloop;
    bl->loc = b->stmt_loc;
    return (int32_t)b->nblocks++;
}

static void add_edge(fb *b, int32_t from, int32_t to, ir_cond_kind cond, int32_t ev, int64_t value)
{
    if (from < 0 || to < 0) return;
    bblock *bl = &b->blocks[from];
    GROW(bl->succs, bl->nsuccs, bl->capsuccs);
    ir_edge *e = &bl->succs[bl->nsuccs++];
    e->to = (uint32_t)to;
    e->cond = cond;
    e->event = cond == COND_ALWAYS ? -1 : ev;
    e->value = value;
    e->back = false;
}

static void goto_block(fb *b, int32_t to)
{
    add_edge(b, b->cur, to, COND_ALWAYS, -1, 0);
    b->cur = to;
}

static void ensure_cur(fb *b)
{
    if (b->cur < 0) b->cur = new_block(b);
}

static int32_t emit(fb *b, ir_event_kind kind, ir_loc loc)
{
    ensure_cur(b);
    bblock *bl = &b->blocks[b->cur];
    if (bl->n && bl->first + bl->n != b->nevents) {
        /* keep each block's events contiguous */
        int32_t nb = new_block(b);
        goto_block(b, nb);
        bl = &b->blocks[nb];
    }
    if (!bl->n) {
        bl->first = b->nevents;
        if (!bl->loc.line) bl->loc = loc;
    }
    GROW(b->events, b->nevents, b->capevents);
    ir_event *e = &b->events[b->nevents];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->loc = loc;
    e->func = -1;
    e->defer_event = -1;
    bl->n++;
    return (int32_t)b->nevents++;
}

static bool event_in_cur(fb *b, int32_t ev)
{
    if (b->cur < 0 || ev < 0) return false;
    bblock *bl = &b->blocks[b->cur];
    return bl->n && (uint32_t)ev >= bl->first && (uint32_t)ev < bl->first + bl->n;
}

static ir_loc loc_of(fb *b, node *n) { return fe_cursor_loc(b->f, n->c); }

/* ---- Source text ---------------------------------------------------------------------- */
static bool main_offset(fb *b, CXSourceLocation l, bool spelling, unsigned *off)
{
    CXFile file = NULL;
    if (spelling) clang_getSpellingLocation(l, &file, NULL, NULL, off);
    else clang_getExpansionLocation(l, &file, NULL, NULL, off);
    return file && (file == b->f->main_file || clang_File_isEqual(file, b->f->main_file));
}

static const char *slice_text_x(fb *b, CXCursor c, bool drop_amp, bool spelling_only)
{
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned so = 0, eo = 0;
    for (int pass = 0; pass < (spelling_only ? 1 : 2); pass++) {
        bool spelling = pass == 0;
        if (main_offset(b, clang_getRangeStart(r), spelling, &so) && main_offset(b, clang_getRangeEnd(r), spelling, &eo) &&
            eo > so && eo - so < 200 && eo <= b->f->src_len &&
            /* a spelling range that ends in another macro context spans lines */
            (!spelling || !memchr(b->f->src + so, '\n', eo - so)))
            goto ok;
    }
    return NULL;
ok:;
    char buf[256];
    size_t n = 0;
    const char *s = b->f->src + so, *e = b->f->src + eo;
    if (drop_amp) {
        while (s < e && (*s == ' ' || *s == '\t')) s++;
        if (s < e && *s == '&') s++;
    }
    bool space = false;
    for (; s < e && n + 1 < sizeof buf; s++) {
        char ch = *s;
        if (ch == '\n' || ch == '\t' || ch == '\r' || ch == ' ') { space = n > 0; continue; }
        if (space) { buf[n++] = ' '; space = false; if (n + 1 >= sizeof buf) break; }
        buf[n++] = ch;
    }
    buf[n] = 0;
    return ir_strdup(b->tu, buf);
}

static const char *slice_text(fb *b, CXCursor c, bool drop_amp) { return slice_text_x(b, c, drop_amp, false); }

/* ---- Constants --------------------------------------------------------------------------- */
/* Only literals, enum constants, const-qualified variables, sizeof and
 * operators over them are folded (clang_Cursor_Evaluate folds non-const
 * locals too). */
static bool const_tree(node *n, int depth)
{
    if (!n || depth > 48) return false;
    switch (n->kind) {
    case CXCursor_IntegerLiteral: case CXCursor_CharacterLiteral: case CXCursor_UnaryExpr:
        return true;
    case CXCursor_ParenExpr: case CXCursor_UnexposedExpr: case CXCursor_CStyleCastExpr:
    case CXCursor_BinaryOperator: case CXCursor_ConditionalOperator:
        if (n->kind == CXCursor_BinaryOperator) {
            enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(n->c);
            if (k == CXBinaryOperator_Assign || k == CXBinaryOperator_Comma) return false;
        }
        if (!n->nkids) return false;
        for (node *k = n->first; k; k = k->next)
            if (!const_tree(k, depth + 1)) return false;
        return true;
    case CXCursor_UnaryOperator: {
        enum CXUnaryOperatorKind k = clang_getCursorUnaryOperatorKind(n->c);
        if (k != CXUnaryOperator_Plus && k != CXUnaryOperator_Minus && k != CXUnaryOperator_Not &&
            k != CXUnaryOperator_LNot)
            return false;
        return n->nkids == 1 && const_tree(n->first, depth + 1);
    }
    case CXCursor_DeclRefExpr: {
        if (n->ref_kind == REF_ENUM) return true;
        if (n->ref_kind != REF_LOCAL && n->ref_kind != REF_GLOBAL) return false;
        CXType t = clang_getCursorType(n->c);
        return clang_isConstQualifiedType(t) && !clang_isVolatileQualifiedType(t);
    }
    default:
        return false;
    }
}

static bool const_int(fb *b, node *n, int64_t *out)
{
    (void)b;
    if (!n || !const_tree(n, 0)) return false;
    CXEvalResult r = clang_Cursor_Evaluate(n->c);
    if (!r) return false;
    bool ok = false;
    if (clang_EvalResult_getKind(r) == CXEval_Int) {
        *out = clang_EvalResult_getAsLongLong(r);
        ok = true;
    }
    clang_EvalResult_dispose(r);
    return ok;
}

static bool is_null_const(fb *b, node *n)
{
    node *s = strip(n);
    if (!s) return false;
    if (s->kind == CXCursor_GNUNullExpr) return true;
    if (s->kind != CXCursor_IntegerLiteral) return false;
    if (!is_pointer_type(ctype(n)) && !is_pointer_type(ctype(strip_x(n, false)))) return false;
    int64_t v;
    return const_int(b, s, &v) && v == 0;
}

/* ---- Keys ------------------------------------------------------------------------------------ */
static ir_key deref_key(fb *b, ir_key k, ir_type cls)
{
    if (!k) return 0;
    return ir_key_intern(b->tu, KEY_DEREF, k, NULL, -1, 0, NULL, cls);
}

/* The object a pointer value designates. */
static ir_key pointee_of(fb *b, val v, ir_type cls)
{
    if (v.addr) return v.addr;
    return deref_key(b, v.key, cls);
}

static ir_type pointee_class(fb *b, CXType ptr)
{
    CXType c = clang_getCanonicalType(ptr);
    if (!is_pointer_type(c)) return TY_OTHER;
    return fe_type_class(b->f, clang_getPointeeType(c));
}

static ir_operand make_operand(fb *b, node *e, val v)
{
    ir_operand o;
    memset(&o, 0, sizeof o);
    o.func = -1;
    if (!e) return o;
    o.loc = loc_of(b, e);
    node *s = strip(e);
    node *ps = s;
    while (ps && ps->kind == CXCursor_ParenExpr && ps->nkids == 1) ps = ps->first;
    o.text = slice_text(b, strip_x(e, false)->c, true);
    if (v.func_name) {
        o.func = v.func;
        o.func_name = v.func_name;
        if (!o.text) o.text = v.func_name;
        return o;
    }
    if (v.addr) {
        o.obj = v.addr;
    } else if (v.key) {
        CXType t = ctype(s);
        if (is_pointer_type(t)) {
            ir_type cls = pointee_class(b, t);
            if (cls == TY_OTHER) cls = pointee_class(b, ctype(e));
            o.obj = deref_key(b, v.key, cls);
            o.value = v.key;
        } else if (is_array_type(t)) {
            o.obj = v.key;
        } else {
            o.obj = v.key;
            o.value = v.key;
        }
    } else if (is_null_const(b, e)) {
        o.is_null = true;
    } else {
        int64_t c;
        if (const_int(b, s, &c) || const_int(b, e, &c)) {
            o.has_const = true;
            o.const_val = c;
        }
    }
    if (!o.text) {
        char buf[256];
        ir_key k = o.value ? o.value : o.obj;
        if (k) o.text = ir_strdup(b->tu, ir_key_str(b->tu, k, buf, sizeof buf));
        else if (o.is_null) o.text = "NULL";
        else o.text = "";
    }
    return o;
}

/* ---- Forward declarations ---------------------------------------------------------------------- */
static val lx(fb *b, node *n, mode m);
static void lower_stmt(fb *b, node *n);
static void cond_x(fb *b, node *n, int32_t t, int32_t f, bool swap);
#define cond(b, n, t, f) cond_x(b, n, t, f, false)

static bool enter(fb *b)
{
    if (b->depth >= MAX_DEPTH) {
        b->too_deep = true;
        return false;
    }
    b->depth++;
    return true;
}
static void leave(fb *b) { b->depth--; }

static int32_t result_event(fb *b, val v)
{
    if (v.call >= 0) return v.call;
    if (v.key) {
        const ir_keyinfo *k = &b->tu->keys[v.key];
        if (k->kind == KEY_LOCAL && k->func == b->fidx && k->index >= 0 && (uint32_t)k->index < b->nlocals)
            return b->vars[b->local_var[k->index]].result_event;
    }
    return -1;
}

/* Which call's result a variable holds is tracked in lowering order; at
 * joins and loops it is kept only when every incoming path agrees. */
static int32_t *results_snapshot(fb *b)
{
    int32_t *s = scratch_alloc(&b->f->scratch, sizeof *s * (b->nvars ? b->nvars : 1));
    for (uint32_t i = 0; i < b->nvars; i++) s[i] = b->vars[i].result_event;
    return s;
}

static void results_restore(fb *b, const int32_t *s)
{
    for (uint32_t i = 0; i < b->nvars; i++) b->vars[i].result_event = s[i];
}

static void results_merge(fb *b, const int32_t *other)
{
    for (uint32_t i = 0; i < b->nvars; i++)
        if (b->vars[i].result_event != other[i]) b->vars[i].result_event = -1;
}

static void results_forget_all(fb *b)
{
    for (uint32_t i = 0; i < b->nvars; i++) b->vars[i].result_event = -1;
}

/* Variables written anywhere in a loop hold no known result at its header. */
static void results_forget_written(fb *b, node *root)
{
    node *n = root;
    while (n) {
        if (n->kind == CXCursor_DeclRefExpr && n->ref_kind == REF_LOCAL && (n->local_mark & MARK_WRITE))
            b->vars[n->ref].result_event = -1;
        if (n->first) { n = n->first; continue; }
        while (n && n != root && !n->next) n = n->parent;
        if (!n || n == root) break;
        n = n->next;
    }
}

static var *var_of_key(fb *b, ir_key k)
{
    if (!k) return NULL;
    const ir_keyinfo *ki = &b->tu->keys[k];
    if (ki->func != b->fidx || ki->index < 0) return NULL;
    if (ki->kind == KEY_LOCAL && (uint32_t)ki->index < b->nlocals) return &b->vars[b->local_var[ki->index]];
    if (ki->kind == KEY_PARAM && (uint32_t)ki->index < b->nparams) return &b->vars[b->param_var[ki->index]];
    return NULL;
}

static bool key_nonlocal(fb *b, ir_key k)
{
    for (; k; k = b->tu->keys[k].parent) {
        const ir_keyinfo *ki = &b->tu->keys[k];
        if (ki->kind == KEY_DEREF || ki->kind == KEY_GLOBAL) return true;
        if (ki->kind == KEY_LOCAL) {
            var *v = var_of_key(b, k);
            return v && v->v.is_static;
        }
    }
    return false;
}

static void access(fb *b, ir_event_kind kind, ir_key k, node *at)
{
    if (!k || !key_nonlocal(b, k)) return;
    int32_t ev = emit(b, kind, loc_of(b, at));
    b->events[ev].key = k;
}

/* ---- Calls ------------------------------------------------------------------------------------------- */
/* The name of a designated initialiser's field (`.ch = x`), else NULL. */
static bool designator_is(node *k, const char *name)
{
    if (!k || k->kind != CXCursor_UnexposedExpr || !k->first || k->first->kind != CXCursor_MemberRef) return false;
    CXString s = clang_getCursorSpelling(k->first->c);
    const char *n = clang_getCString(s);
    bool hit = n && strcmp(n, name) == 0;
    clang_disposeString(s);
    return hit;
}

/* One co_case value: CO_RECV/CO_SEND (a compound literal), `{ch, op, elem}`
 * or `{.ch = .., .op = .., .elem = ..}`. Lowers its expressions. */
static bool resolve_case_init(fb *b, node *init, ir_select_case *out)
{
    node *s = strip(init);
    if (s && s->kind == CXCursor_CompoundLiteralExpr) {
        node *k = s->first;
        while (k && k->kind != CXCursor_InitListExpr) k = k->next;
        s = k;
    }
    if (!s || s->kind != CXCursor_InitListExpr || s->nkids < 2) {
        lx(b, init, RVAL);
        return false;
    }
    node *ch = NULL, *op = NULL, *el = NULL;
    if (s->first->kind == CXCursor_UnexposedExpr && s->first->first && s->first->first->kind == CXCursor_MemberRef) {
        for (node *k = s->first; k; k = k->next) {
            if (designator_is(k, "ch")) ch = k->last;
            else if (designator_is(k, "op")) op = k->last;
            else if (designator_is(k, "elem")) el = k->last;
            else lx(b, k, RVAL);
        }
    } else {
        ch = kid(s, 0);
        op = kid(s, 1);
        el = kid(s, 2);
        for (node *k = el ? el->next : NULL; k; k = k->next) lx(b, k, RVAL);
    }
    int64_t opv = 0;
    bool ok = ch && op && const_int(b, op, &opv) && (opv == 1 || opv == 2);
    memset(&out->chan, 0, sizeof out->chan);
    memset(&out->elem, 0, sizeof out->elem);
    out->chan.func = out->elem.func = -1;
    if (ch) out->chan = make_operand(b, ch, lx(b, ch, RVAL));
    if (el) out->elem = make_operand(b, el, lx(b, el, RVAL));
    else out->elem.is_null = true;
    out->op = (int)opv;
    return ok;
}

/* Resolves the cases of an initializer list of co_case (array init or
 * compound literal); lowers the element expressions. */
static uint32_t resolve_case_list(fb *b, node *list, ir_select_case *out, bool *set, uint32_t max, bool *bad)
{
    uint32_t i = 0;
    for (node *k = list->first; k; k = k->next) {
        if (!is_expr(k)) continue;
        if (i < max) {
            set[i] = resolve_case_init(b, k, &out[i]);
            if (!set[i]) *bad = true;
        } else {
            lx(b, k, RVAL);
            *bad = true;
        }
        i++;
    }
    return i;
}

static void lower_select_cases(fb *b, node *arg0, node *arg1, ir_operand *op0,
                               ir_select_case **cases, uint32_t *ncases, bool *known)
{
    *known = false;
    *ncases = 0;
    *cases = NULL;
    int64_t n = -1;
    node *s = strip(arg0);
    if (s && s->kind == CXCursor_CompoundLiteralExpr) {
        node *list = s->first;
        while (list && list->kind != CXCursor_InitListExpr) list = list->next;
        if (list) {
            uint32_t max = list->nkids < 64 ? list->nkids : 64;
            ir_select_case *cs = ir_alloc(b->tu, sizeof *cs * (max ? max : 1));
            bool set[64] = { false }, bad = false;
            uint32_t cnt = resolve_case_list(b, list, cs, set, max, &bad);
            *op0 = make_operand(b, arg0, VNONE);
            if (arg1 && const_int(b, arg1, &n) && n >= 0 && (uint64_t)n <= cnt) cnt = (uint32_t)n;
            *cases = cs;
            *ncases = cnt;
            *known = !bad && cnt > 0;
            return;
        }
    }
    b->case_use_ok = s && s->kind == CXCursor_DeclRefExpr;
    val v = lx(b, arg0, RVAL);
    b->case_use_ok = false;
    *op0 = make_operand(b, arg0, v);
    if (!s || s->kind != CXCursor_DeclRefExpr || s->ref_kind != REF_LOCAL) return;
    var *cv = &b->vars[s->ref];
    if (!cv->is_case_array || cv->cases_bad) return;
    uint32_t cnt = cv->ncase_slots;
    if (arg1 && const_int(b, arg1, &n)) {
        if (n < 0 || (uint64_t)n > cnt) return;
        cnt = (uint32_t)n;
    }
    for (uint32_t i = 0; i < cnt; i++)
        if (!cv->case_set[i]) return;
    ir_select_case *cs = ir_alloc(b->tu, sizeof *cs * (cnt ? cnt : 1));
    memcpy(cs, cv->cases, sizeof *cs * cnt);
    *cases = cs;
    *ncases = cnt;
    *known = cnt > 0;
}

static val lower_call(fb *b, node *n, ir_key dest)
{
    node *callee = n->first;
    node *cs = strip_x(callee, false);
    const char *name = NULL;
    int32_t fidx = -1;
    ir_api api = API_NONE;
    bool noreturn = false;
    if (cs && cs->kind == CXCursor_DeclRefExpr && cs->ref_kind == REF_FUNC) {
        name = cs->ref_name;
        fidx = cs->ref;
        api = (ir_api)cs->api;
        noreturn = cs->noreturn;
    } else if (callee) {
        val fv = lx(b, callee, RVAL);
        if (fv.func_name) {
            /* through a pointer that always holds one function */
            name = fv.func_name;
            fidx = fv.func;
        }
    }
    uint32_t nargs = n->nkids ? n->nkids - 1 : 0;
    ir_operand *args = nargs ? ir_alloc(b->tu, sizeof *args * nargs) : NULL;
    ir_select_case *cases = NULL;
    uint32_t ncases = 0;
    bool known = false;
    uint32_t i = 0;
    for (node *a = callee ? callee->next : NULL; a && i < nargs; a = a->next, i++) {
        if (i == 0 && (api == API_SELECT || api == API_SELECT_TRY)) {
            lower_select_cases(b, a, a->next, &args[0], &cases, &ncases, &known);
            continue;
        }
        val v = lx(b, a, RVAL);
        args[i] = make_operand(b, a, v);
        if (v.key && v.call < 0) {
            node *s = strip_x(a, false);
            ir_type cls = fe_type_class(b->f, clang_getCursorType(s->c));
            if (fe_is_sync_class(cls)) {
                int32_t ce = emit(b, EV_COPY, loc_of(b, a));
                b->events[ce].key = v.key;
                b->events[ce].callee = name;
                b->events[ce].text = "passed";
            }
        }
    }
    nargs = i;
    int32_t ev = emit(b, api == API_GO ? EV_SPAWN : EV_CALL, loc_of(b, n));
    ir_event *e = &b->events[ev];
    e->api = api;
    e->callee = name;
    e->func = fidx;
    e->nargs = nargs;
    e->args = args;
    if (api == API_SELECT || api == API_SELECT_TRY) {
        e->cases = cases;
        e->ncases = ncases;
        e->cases_known = known;
    }
    if (api == API_GO) {
        e->func = nargs > 0 ? args[0].func : -1;
        e->callee = nargs > 0 ? args[0].func_name : NULL;
    }
    if (noreturn) {
        /* exit(), abort(), assert failures...: the path ends here */
        b->cur = -1;
        return VNONE;
    }
    val r = VNONE;
    r.call = ev;
    if (dest) {
        e->key = dest;
        r.key = dest;
    } else if (clang_getCanonicalType(clang_getCursorType(n->c)).kind != CXType_Void) {
        const char *text = slice_text_x(b, n->c, false, true);
        if (!text) {
            char buf[160];
            snprintf(buf, sizeof buf, "%s()", name ? name : "(*fn)");
            text = ir_strdup(b->tu, buf);
        }
        ir_type cls = fe_type_class(b->f, clang_getCursorType(n->c));
        ir_key t = ir_key_intern(b->tu, KEY_TEMP, 0, text, b->fidx, ev, NULL, cls);
        b->events[ev].key = t;
        b->events[ev].text = text;
        r.key = t;
    }
    return r;
}

/* ---- Assignments ---------------------------------------------------------------------------------- */
/* `cs[i].ch = x` / `.elem` / `.op`: updates a known case, else forgets them. */
static void record_case_field_assign(fb *b, node *ls, node *rhs, bool *handled)
{
    node *sub = strip(ls->first);
    if (!sub || sub->kind != CXCursor_ArraySubscriptExpr) return;
    node *base = strip(sub->first);
    if (!base || base->kind != CXCursor_DeclRefExpr || base->ref_kind != REF_LOCAL) return;
    var *v = &b->vars[base->ref];
    if (!v->is_case_array) return;
    int64_t idx;
    CXString fs = clang_getCursorSpelling(ls->c);
    const char *field = clang_getCString(fs);
    bool known = const_int(b, sub->first->next, &idx) && idx >= 0 && (uint64_t)idx < v->ncase_slots &&
                 v->case_set[idx] && field;
    if (known && strcmp(field, "ch") == 0) {
        v->cases[idx].chan = make_operand(b, rhs, lx(b, rhs, RVAL));
        *handled = true;
    } else if (known && strcmp(field, "elem") == 0) {
        v->cases[idx].elem = make_operand(b, rhs, lx(b, rhs, RVAL));
        *handled = true;
    } else if (known && strcmp(field, "op") == 0) {
        int64_t op;
        if (const_int(b, rhs, &op) && (op == 1 || op == 2)) v->cases[idx].op = (int)op;
        else v->cases_bad = true;
        lx(b, rhs, RVAL);
        *handled = true;
    } else if (!field || strcmp(field, "ok") != 0) {
        v->cases_bad = true;
    }
    clang_disposeString(fs);
}

static void record_case_assign(fb *b, node *lhs, node *rhs, bool *handled)
{
    *handled = false;
    node *ls = strip(lhs);
    if (ls && ls->kind == CXCursor_MemberRefExpr) {
        record_case_field_assign(b, ls, rhs, handled);
        return;
    }
    if (!ls || ls->kind != CXCursor_ArraySubscriptExpr) return;
    node *base = strip(ls->first);
    if (!base || base->kind != CXCursor_DeclRefExpr || base->ref_kind != REF_LOCAL) return;
    var *v = &b->vars[base->ref];
    if (!v->is_case_array) return;
    int64_t idx;
    if (!const_int(b, ls->first->next, &idx) || idx < 0 || (uint64_t)idx >= v->ncase_slots) {
        v->cases_bad = true;
        return;
    }
    ir_select_case c;
    memset(&c, 0, sizeof c);
    bool ok = resolve_case_init(b, rhs, &c);
    if (ok) {
        v->cases[idx] = c;
        v->case_set[idx] = true;
    } else {
        v->cases_bad = true;
    }
    *handled = true;
}

/* Emits what an assignment or initialisation does: the call with its
 * destination, the write, EV_ASSIGN and EV_COPY. `lhs` may be NULL for an
 * initialisation (then lkey is the variable). */
static val assign(fb *b, node *at, node *lhs, ir_key lkey, CXType ltype, node *rhs, bool init, val *rhs_out)
{
    node *rs = strip(rhs);
    val r;
    if (lhs) {
        bool handled;
        record_case_assign(b, lhs, rhs, &handled);
        if (handled) {
            val l = lx(b, lhs, LVAL);
            access(b, EV_WRITE, l.key, at);
            return l;
        }
    }
    if (lhs) lkey = lx(b, lhs, LVAL).key;
    if (rs && rs->kind == CXCursor_CallExpr) r = lower_call(b, rs, lkey);
    else r = lx(b, rhs, RVAL);
    if (!init) access(b, EV_WRITE, lkey, at);
    ir_type lcls = fe_type_class(b->f, ltype);
    /* `t = NULL` on a pointer of interest: rules must see the old value is gone */
    bool null_store = !init && lcls != TY_SCALAR && lcls != TY_OTHER && is_null_const(b, rhs);
    if (lkey && (r.key || r.addr || r.call >= 0 || r.func_name || null_store) && (lcls != TY_SCALAR || r.call >= 0)) {
        int32_t ev = emit(b, EV_ASSIGN, loc_of(b, at));
        ir_operand *op = ir_alloc(b->tu, sizeof *op);
        if (r.call >= 0 && r.key == lkey) {
            op->func = -1;
            op->loc = loc_of(b, rhs);
            op->text = slice_text(b, rhs->c, false);
            if (!op->text) op->text = "";
        } else {
            *op = make_operand(b, rhs, r);
        }
        b->events[ev].key = lkey;
        b->events[ev].nargs = 1;
        b->events[ev].args = op;
    }
    if (fe_is_sync_class(lcls) && r.key && r.call < 0) {
        int32_t ev = emit(b, EV_COPY, loc_of(b, at));
        b->events[ev].key = r.key;
        b->events[ev].text = init ? "initialised" : "assigned";
    }
    var *lv = var_of_key(b, lkey);
    if (lv) lv->result_event = r.call;
    if (rhs_out) *rhs_out = r;
    val out = VNONE;
    out.key = lkey;
    out.call = r.call;
    return out;
}

/* ---- Expressions --------------------------------------------------------------------------------------- */
static val lx_kids(fb *b, node *n)
{
    for (node *k = n->first; k; k = k->next)
        if (is_expr(k)) lx(b, k, RVAL);
        else if (k->kind == CXCursor_CompoundStmt) lower_stmt(b, k);
    return VNONE;
}

static val lx_member(fb *b, node *n, mode m)
{
    node *base = n->first;
    if (!base) return VNONE;
    CXType bt = ctype(strip_x(base, false));
    CXString ms = clang_getCursorSpelling(n->c);
    const char *mname = clang_getCString(ms);
    ir_key k = 0;
    if (is_pointer_type(bt)) {
        val bv = lx(b, base, RVAL);
        CXType rec = clang_getCanonicalType(clang_getPointeeType(bt));
        ir_key obj = pointee_of(b, bv, fe_type_class(b->f, rec));
        if (obj) k = ir_key_intern(b->tu, KEY_FIELD, obj, mname ? mname : "", -1, 0, fe_record_name(b->f, rec),
                                   fe_type_class(b->f, clang_getCursorType(n->c)));
    } else {
        val bv = lx(b, base, LVAL);
        if (bv.key)
            k = ir_key_intern(b->tu, KEY_FIELD, bv.key, mname ? mname : "", -1, 0, fe_record_name(b->f, bt),
                              fe_type_class(b->f, clang_getCursorType(n->c)));
    }
    clang_disposeString(ms);
    if (m == RVAL && !is_array_type(ctype(n))) access(b, EV_READ, k, n);
    val r = VNONE;
    r.key = k;
    return r;
}

static val lx_subscript(fb *b, node *n, mode m)
{
    node *base = n->first, *idx = base ? base->next : NULL;
    if (!base) return VNONE;
    node *bs = strip_x(base, false);
    CXType bt = ctype(bs);
    if (!is_pointer_type(bt) && !is_array_type(bt) && idx) {
        /* i[a] */
        node *t = base;
        base = idx;
        idx = t;
        bs = strip_x(base, false);
        bt = ctype(bs);
    }
    ir_key k = 0;
    ir_type ecls = fe_type_class(b->f, clang_getCursorType(n->c));
    if (is_array_type(bt)) {
        b->case_use_ok = true;
        val bv = lx(b, bs, LVAL);
        b->case_use_ok = false;
        k = ir_key_intern(b->tu, KEY_INDEX, bv.key, NULL, -1, 0, NULL, ecls);
    } else {
        val bv = lx(b, base, RVAL);
        ir_key obj = pointee_of(b, bv, ecls);
        k = ir_key_intern(b->tu, KEY_INDEX, obj, NULL, -1, 0, NULL, ecls);
    }
    if (idx) lx(b, idx, RVAL);
    if (m == RVAL && !is_array_type(ctype(n))) access(b, EV_READ, k, n);
    val r = VNONE;
    r.key = k;
    return r;
}

static val lx_declref(fb *b, node *n, mode m)
{
    val r = VNONE;
    switch (n->ref_kind) {
    case REF_LOCAL: {
        var *v = &b->vars[n->ref];
        if (v->is_case_array && !b->case_use_ok) v->cases_bad = true; /* escapes: contents unknown */
        b->case_use_ok = false;
        if (v->is_alias) return v->alias;
        r.key = v->v.key;
        if (m == RVAL && v->v.is_static && !is_array_type(ctype(n))) access(b, EV_READ, r.key, n);
        return r;
    }
    case REF_GLOBAL:
        r.key = fe_global_key(b->f, n->ref);
        if (m == RVAL) {
            CXType t = ctype(n);
            if (!is_array_type(t) && t.kind != CXType_FunctionProto && t.kind != CXType_FunctionNoProto)
                access(b, EV_READ, r.key, n);
        }
        return r;
    case REF_FUNC:
        r.func = n->ref;
        r.func_name = n->ref_name;
        return r;
    default:
        return r;
    }
}

static val lx_unary(fb *b, node *n, mode m)
{
    node *c = n->first;
    if (!c) return VNONE;
    enum CXUnaryOperatorKind k = clang_getCursorUnaryOperatorKind(n->c);
    val r = VNONE;
    switch (k) {
    case CXUnaryOperator_Deref: {
        val v = lx(b, c, RVAL);
        if (v.func_name) return v; /* *fn is fn */
        r.key = pointee_of(b, v, fe_type_class(b->f, clang_getCursorType(n->c)));
        if (m == RVAL && !is_array_type(ctype(n))) access(b, EV_READ, r.key, n);
        return r;
    }
    case CXUnaryOperator_AddrOf: {
        val v = lx(b, c, LVAL);
        if (v.func_name) return v;
        if (v.addr) return v; /* &*&x */
        r.addr = v.key;
        return r;
    }
    case CXUnaryOperator_PostInc: case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc: case CXUnaryOperator_PreDec: {
        val v = lx(b, c, LVAL);
        access(b, EV_WRITE, v.key, n);
        var *lv = var_of_key(b, v.key);
        if (lv) lv->result_event = -1;
        return VNONE;
    }
    case CXUnaryOperator_Extension:
        return lx(b, c, m);
    default:
        lx(b, c, RVAL);
        return VNONE;
    }
}

static val lx_logical(fb *b, node *n, bool is_and)
{
    node *l = n->first, *r = l ? l->next : NULL;
    if (!l || !r) return lx_kids(b, n);
    ensure_cur(b);
    int32_t rb = new_block(b), join = new_block(b);
    if (is_and) cond(b, l, rb, join);
    else cond(b, l, join, rb);
    b->cur = rb;
    lx(b, r, RVAL);
    goto_block(b, join);
    return VNONE;
}

static val lx_conditional(fb *b, node *n, mode m)
{
    node *c = n->first, *t = c ? c->next : NULL, *e = t ? t->next : NULL;
    if (!c || !t || !e) return lx_kids(b, n);
    ensure_cur(b);
    int32_t tb = new_block(b), eb = new_block(b), join = new_block(b);
    cond(b, c, tb, eb);
    b->cur = tb;
    val v1 = lx(b, t, m);
    goto_block(b, join);
    b->cur = eb;
    val v2 = lx(b, e, m);
    goto_block(b, join);
    if (v1.key == v2.key && v1.addr == v2.addr && !v1.func_name) {
        v1.call = -1;
        return v1;
    }
    return VNONE;
}

static val lx_binary(fb *b, node *n, mode m)
{
    node *l = n->first, *r = l ? l->next : NULL;
    if (!l || !r) return lx_kids(b, n);
    enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(n->c);
    switch (k) {
    case CXBinaryOperator_Assign:
        return assign(b, n, l, 0, clang_getCursorType(l->c), r, false, NULL);
    case CXBinaryOperator_LAnd: return lx_logical(b, n, true);
    case CXBinaryOperator_LOr: return lx_logical(b, n, false);
    case CXBinaryOperator_Comma:
        lx(b, l, RVAL);
        return lx(b, r, m);
    case CXBinaryOperator_Add: case CXBinaryOperator_Sub: {
        val v1 = lx(b, l, RVAL), v2 = lx(b, r, RVAL);
        /* pointer arithmetic stays within the object */
        if (is_pointer_type(ctype(n))) {
            if (is_pointer_type(ctype(strip_x(l, false)))) { v1.call = -1; return v1; }
            if (is_pointer_type(ctype(strip_x(r, false)))) { v2.call = -1; return v2; }
        }
        return VNONE;
    }
    default:
        lx(b, l, RVAL);
        lx(b, r, RVAL);
        return VNONE;
    }
}

static val lx(fb *b, node *n, mode m)
{
    if (!n) return VNONE;
    if (!enter(b)) return VNONE;
    val r = VNONE;
    switch (n->kind) {
    case CXCursor_ParenExpr:
        r = n->first ? lx(b, n->first, m) : VNONE;
        break;
    case CXCursor_UnexposedExpr:
        if (n->nkids == 1 && is_expr(n->first)) r = lx(b, n->first, m);
        else r = lx_kids(b, n);
        break;
    case CXCursor_CStyleCastExpr:
        r = n->last ? lx(b, n->last, m) : VNONE;
        break;
    case CXCursor_DeclRefExpr: r = lx_declref(b, n, m); break;
    case CXCursor_MemberRefExpr: r = lx_member(b, n, m); break;
    case CXCursor_ArraySubscriptExpr: r = lx_subscript(b, n, m); break;
    case CXCursor_UnaryOperator: r = lx_unary(b, n, m); break;
    case CXCursor_BinaryOperator: r = lx_binary(b, n, m); break;
    case CXCursor_CompoundAssignOperator: {
        node *l = n->first, *rr = l ? l->next : NULL;
        if (rr) lx(b, rr, RVAL);
        if (l) {
            val v = lx(b, l, LVAL);
            access(b, EV_WRITE, v.key, n);
            var *lv = var_of_key(b, v.key);
            if (lv) lv->result_event = -1;
        }
        break;
    }
    case CXCursor_ConditionalOperator: r = lx_conditional(b, n, m); break;
    case CXCursor_CallExpr: r = lower_call(b, n, 0); break;
    case CXCursor_UnaryExpr: break; /* sizeof/alignof: unevaluated */
    case CXCursor_StmtExpr:
        if (n->first) lower_stmt(b, n->first);
        break;
    case CXCursor_IntegerLiteral: case CXCursor_FloatingLiteral: case CXCursor_StringLiteral:
    case CXCursor_CharacterLiteral: case CXCursor_GNUNullExpr:
        break;
    default:
        r = lx_kids(b, n);
        break;
    }
    leave(b);
    return r;
}

/* ---- Conditions ----------------------------------------------------------------------------------------- */
/* __builtin_expect(x, c) (likely/unlikely macros): the condition is x. */
static node *expect_arg(node *n)
{
    if (!n || n->kind != CXCursor_CallExpr || n->nkids < 2) return NULL;
    node *cs = strip_x(n->first, false);
    if (!cs || cs->kind != CXCursor_DeclRefExpr || cs->ref_kind != REF_FUNC || !cs->ref_name) return NULL;
    if (strncmp(cs->ref_name, "__builtin_expect", 16) != 0) return NULL;
    return n->first->next;
}

/* Adds the two edges of a two-way branch. Convention: succs[0] is the
 * branch taken when the whole written condition is true (the then-branch),
 * also under `!` (which swaps t and f and sets `swap`). */
static void add_branch(fb *b, int32_t t, ir_cond_kind tc, int32_t f, ir_cond_kind fc, int32_t ev, int64_t v, bool swap)
{
    if (swap) {
        add_edge(b, b->cur, f, fc, ev, v);
        add_edge(b, b->cur, t, tc, ev, v);
    } else {
        add_edge(b, b->cur, t, tc, ev, v);
        add_edge(b, b->cur, f, fc, ev, v);
    }
}

static void cond_edges(fb *b, val v, int32_t t, int32_t f, bool swap)
{
    int32_t ev = result_event(b, v);
    ensure_cur(b);
    if (ev >= 0) {
        if (event_in_cur(b, ev)) b->events[ev].in_condition = true;
        add_branch(b, t, COND_NONZERO, f, COND_ZERO, ev, 0, swap);
    } else {
        add_branch(b, t, COND_ALWAYS, f, COND_ALWAYS, -1, 0, swap);
    }
    b->cur = -1;
}

static void cond_x(fb *b, node *n, int32_t t, int32_t f, bool swap)
{
    ensure_cur(b);
    if (!n || !enter(b)) {
        add_branch(b, t, COND_ALWAYS, f, COND_ALWAYS, -1, 0, swap);
        b->cur = -1;
        return;
    }
    node *s = strip_x(n, false);
    node *inner;
    while ((inner = expect_arg(s)) != NULL) s = strip_x(inner, false);
    int64_t cv;
    if (const_int(b, s, &cv)) {
        goto_block(b, cv ? t : f);
        b->cur = -1;
        leave(b);
        return;
    }
    if (s->kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s->c) == CXUnaryOperator_LNot &&
        s->first) {
        cond_x(b, s->first, f, t, !swap);
        leave(b);
        return;
    }
    if (s->kind == CXCursor_BinaryOperator && s->nkids == 2) {
        enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(s->c);
        node *l = s->first, *r = l->next;
        if (k == CXBinaryOperator_LAnd || k == CXBinaryOperator_LOr) {
            int32_t mid = new_block(b);
            if (k == CXBinaryOperator_LAnd) cond_x(b, l, mid, f, swap);
            else cond_x(b, l, t, mid, swap);
            b->cur = mid;
            cond_x(b, r, t, f, swap);
            leave(b);
            return;
        }
        if (k == CXBinaryOperator_Comma) {
            lx(b, l, RVAL);
            cond_x(b, r, t, f, swap);
            leave(b);
            return;
        }
        if (k == CXBinaryOperator_EQ || k == CXBinaryOperator_NE) {
            int64_t c;
            node *other = NULL;
            if (is_null_const(b, r)) { c = 0; other = l; }
            else if (is_null_const(b, l)) { c = 0; other = r; }
            else if (const_int(b, r, &c)) other = l;
            else if (const_int(b, l, &c)) other = r;
            if (other) {
                val v = lx(b, other, RVAL);
                int32_t ev = result_event(b, v);
                ensure_cur(b);
                if (ev >= 0) {
                    if (event_in_cur(b, ev)) b->events[ev].in_condition = true;
                    int32_t eq = k == CXBinaryOperator_EQ ? t : f, ne = k == CXBinaryOperator_EQ ? f : t;
                    bool eq_first = (eq == t) != swap;
                    ir_cond_kind eqk = c == 0 ? COND_ZERO : COND_EQ, nek = c == 0 ? COND_NONZERO : COND_NE;
                    if (c == 1 && ctype(strip(other)).kind == CXType_Bool) {
                        eqk = COND_NONZERO; /* a bool result == true */
                        nek = COND_ZERO;
                        c = 0;
                    }
                    if (eq_first) {
                        add_edge(b, b->cur, eq, eqk, ev, c);
                        add_edge(b, b->cur, ne, nek, ev, c);
                    } else {
                        add_edge(b, b->cur, ne, nek, ev, c);
                        add_edge(b, b->cur, eq, eqk, ev, c);
                    }
                } else {
                    add_branch(b, t, COND_ALWAYS, f, COND_ALWAYS, -1, 0, swap);
                }
                b->cur = -1;
                leave(b);
                return;
            }
        }
    }
    val v = lx(b, s, RVAL);
    cond_edges(b, v, t, f, swap);
    leave(b);
}

/* ---- Scopes and cleanups ------------------------------------------------------------------------------------ */
static void push_scope(fb *b, node *n)
{
    GROW(b->scopes, b->nscopes, b->capscopes);
    b->scopes[b->nscopes].n = n;
    b->scopes[b->nscopes].first_cleanup = b->ncleanups;
    b->nscopes++;
}

/* Emits the scope-exit calls of scopes [to, nscopes) innermost first. */
static void emit_cleanups(fb *b, uint32_t to, ir_loc loc)
{
    if (b->cur < 0) return;
    for (uint32_t s = b->nscopes; s-- > to;) {
        uint32_t end = s + 1 < b->nscopes ? b->scopes[s + 1].first_cleanup : b->ncleanups;
        for (uint32_t i = end; i-- > b->scopes[s].first_cleanup;) {
            cleanup *c = &b->cleanups[i];
            int32_t ev = emit(b, EV_CALL, loc);
            ir_event *e = &b->events[ev];
            e->api = c->api;
            e->callee = c->callee;
            e->func = c->func;
            e->deferred = true;
            e->defer_event = c->defer_event;
            e->nargs = 1;
            e->args = c->arg;
        }
    }
}

static void pop_scope(fb *b, ir_loc loc)
{
    emit_cleanups(b, b->nscopes - 1, loc);
    b->nscopes--;
    b->ncleanups = b->scopes[b->nscopes].first_cleanup;
}

static ir_loc end_loc(fb *b, node *n)
{
    CXSourceRange r = clang_getCursorExtent(n->c);
    ir_loc l = fe_loc(b->f, clang_getRangeEnd(r));
    if (l.col > 1) l.col--;
    return l;
}

static void add_cleanup(fb *b, ir_api api, const char *callee, int32_t func, ir_operand *arg, int32_t defer_event)
{
    GROW(b->cleanups, b->ncleanups, b->capcleanups);
    cleanup *c = &b->cleanups[b->ncleanups++];
    c->api = api;
    c->callee = callee;
    c->func = func;
    c->arg = arg;
    c->defer_event = defer_event;
}

/* The function named by a cleanup attribute, from its tokens. */
static const char *cleanup_attr_func(fb *b, node *vd)
{
    for (node *k = vd->first; k; k = k->next) {
        if (k->kind != CXCursor_UnexposedAttr) continue;
        CXToken *toks = NULL;
        unsigned nt = 0;
        clang_tokenize(b->f->ctu, clang_getCursorExtent(k->c), &toks, &nt);
        const char *res = NULL;
        if (nt >= 3) {
            CXString s0 = clang_getTokenSpelling(b->f->ctu, toks[0]);
            const char *t0 = clang_getCString(s0);
            if (t0 && (strcmp(t0, "cleanup") == 0 || strcmp(t0, "__cleanup__") == 0)) {
                CXString s2 = clang_getTokenSpelling(b->f->ctu, toks[2]);
                res = ir_strdup(b->tu, clang_getCString(s2));
                clang_disposeString(s2);
            }
            clang_disposeString(s0);
        }
        if (toks) clang_disposeTokens(b->f->ctu, toks, nt);
        if (res) return res;
    }
    return NULL;
}

/* ---- Struct initialiser lists ------------------------------------------------------------------------------------ */
struct field_list { uint32_t n; const char *names[64]; CXType types[64]; fe_tu *f; };
static enum CXVisitorResult collect_field(CXCursor c, CXClientData d)
{
    struct field_list *fl = d;
    if (fl->n == 64) return CXVisit_Break;
    fl->names[fl->n] = fe_cxstr(fl->f, clang_getCursorSpelling(c));
    fl->types[fl->n] = clang_getCursorType(c);
    fl->n++;
    return CXVisit_Continue;
}

/* `T v = { a, .f = b }`: each field's value is an assignment to v.f (so
 * pointers handed over in an initialiser list are followed). */
static void lower_struct_init(fb *b, ir_key base, CXType rec, node *list, int depth)
{
    CXType c = clang_getCanonicalType(rec);
    struct field_list fl;
    fl.n = 0;
    fl.f = b->f;
    clang_Type_visitFields(c, collect_field, &fl);
    const char *record = fe_record_name(b->f, c);
    uint32_t pos = 0;
    for (node *k = list->first; k; k = k->next) {
        if (!is_expr(k)) continue;
        node *value = k;
        int32_t fi = -1;
        if (k->kind == CXCursor_UnexposedExpr && k->first && k->first->kind == CXCursor_MemberRef) {
            /* a designator: .f = value (nested designators: lowered plainly) */
            if (k->nkids != 2) { lx(b, k, RVAL); continue; }
            CXString ms = clang_getCursorSpelling(k->first->c);
            const char *mn = clang_getCString(ms);
            for (uint32_t i = 0; i < fl.n && mn; i++)
                if (strcmp(fl.names[i], mn) == 0) fi = (int32_t)i;
            clang_disposeString(ms);
            value = k->last;
        } else if (pos < fl.n) {
            fi = (int32_t)pos;
        }
        if (fi < 0) { lx(b, value, RVAL); continue; }
        pos = (uint32_t)fi + 1;
        ir_key fk = ir_key_intern(b->tu, KEY_FIELD, base, fl.names[fi], -1, 0, record,
                                  fe_type_class(b->f, fl.types[fi]));
        node *vs = strip(value);
        CXType ft = clang_getCanonicalType(fl.types[fi]);
        if (vs && vs->kind == CXCursor_InitListExpr && ft.kind == CXType_Record && depth < 4)
            lower_struct_init(b, fk, ft, vs, depth + 1);
        else
            assign(b, k, NULL, fk, fl.types[fi], value, true, NULL);
    }
}

/* ---- Statements ------------------------------------------------------------------------------------------------ */
static void lower_vardecl(fb *b, node *n)
{
    int32_t vi = vmap_find(b, n->c);
    if (vi < 0) return;
    var *v = &b->vars[vi];
    if (v->is_extern) return;
    CXCursor ic = clang_Cursor_getVarDeclInitializer(n->c);
    node *init = NULL;
    if (!clang_Cursor_isNull(ic))
        for (node *k = n->first; k; k = k->next)
            if (clang_equalCursors(k->c, ic)) init = k;
    if (!init && !clang_Cursor_isNull(ic)) init = n->last && is_expr(n->last) ? n->last : NULL;
    if (v->v.is_static) return; /* initialised once, before the program runs */
    ir_loc loc = loc_of(b, n);
    CXType t = clang_getCursorType(n->c);
    ir_api gapi = fe_guard_api(t);
    if (gapi != API_NONE) {
        /* co_defer_*_t g = { (target) } */
        node *target = init;
        if (target && strip(target) && strip(target)->kind == CXCursor_InitListExpr) target = strip(target)->first;
        ir_operand *op = ir_alloc(b->tu, sizeof *op);
        op->func = -1;
        if (target) {
            val tv = lx(b, target, RVAL);
            *op = make_operand(b, target, tv);
        }
        int32_t ev = emit(b, EV_DEFER, loc);
        b->events[ev].api = gapi;
        b->events[ev].callee = ir_api_name(gapi);
        b->events[ev].nargs = 1;
        b->events[ev].args = op;
        b->events[ev].key = v->v.key;
        add_cleanup(b, gapi, ir_api_name(gapi), -1, op, ev);
        return;
    }
    if (init) {
        node *is = strip(init);
        if (v->is_case_array && is && is->kind == CXCursor_InitListExpr) {
            bool bad = false;
            resolve_case_list(b, is, v->cases, v->case_set, v->ncase_slots, &bad);
            if (bad) v->cases_bad = true;
        } else if (is && is->kind == CXCursor_InitListExpr && clang_getCanonicalType(t).kind == CXType_Record) {
            lower_struct_init(b, v->v.key, t, is, 0);
        } else {
            val r;
            assign(b, n, NULL, v->v.key, t, init, true, &r);
            if (v->alias_ok && !v->written && !v->v.address_taken && r.call < 0 && (r.key || r.addr || r.func_name)) {
                /* an alias: uses of v are keyed as the path it was initialised from,
                 * unless that path's root variable is itself reassigned */
                var *src = r.func_name ? NULL : var_of_key(b, ir_key_root(b->tu, r.key ? r.key : r.addr));
                if (!src || !src->written) {
                    v = &b->vars[vi];
                    v->is_alias = true;
                    v->alias = r;
                }
            }
        }
    }
    if (clang_Cursor_hasAttrs(n->c)) {
        const char *fn = cleanup_attr_func(b, n);
        if (fn) {
            ir_operand *op = ir_alloc(b->tu, sizeof *op);
            op->obj = v->v.key;
            op->func = -1;
            op->loc = loc;
            char buf[160];
            snprintf(buf, sizeof buf, "&%s", v->v.name);
            op->text = ir_strdup(b->tu, buf);
            add_cleanup(b, API_NONE, fn, fe_func_index(b->f, fn), op, -1);
        }
    }
}

static void lower_decl_stmt(fb *b, node *n)
{
    for (node *k = n->first; k; k = k->next)
        if (k->kind == CXCursor_VarDecl) lower_vardecl(b, k);
}

static int32_t new_loop(fb *b, node *n)
{
    GROW(b->loops, b->nloops, b->caploops);
    ir_loop *l = &b->loops[b->nloops];
    memset(l, 0, sizeof *l);
    l->parent = b->curloop;
    l->trip_count = -1;
    l->loc = loc_of(b, n);
    return (int32_t)b->nloops++;
}

static void push_target(fb *b, int32_t brk, int32_t cont)
{
    GROW(b->targets, b->ntargets, b->captargets);
    b->targets[b->ntargets].brk = brk;
    b->targets[b->ntargets].cont = cont;
    b->targets[b->ntargets].depth = b->nscopes;
    b->ntargets++;
}

static void lower_while(fb *b, node *n)
{
    node *c = kid(n, 0), *body = kid(n, 1);
    int32_t outer = b->curloop;
    int32_t after = new_block(b);
    int32_t L = new_loop(b, n);
    b->curloop = L;
    int32_t hdr = new_block(b), bodyb = new_block(b);
    b->loops[L].header = (uint32_t)hdr;
    goto_block(b, hdr);
    results_forget_written(b, n);
    int64_t cv;
    node *cs = strip_x(c, false);
    if (!c || const_int(b, cs, &cv)) {
        bool t = !c || cv;
        goto_block(b, t ? bodyb : after);
        b->loops[L].infinite = t;
        b->cur = bodyb;
    } else {
        cond(b, c, bodyb, after);
        b->cur = bodyb;
    }
    push_target(b, after, hdr);
    lower_stmt(b, body);
    goto_block(b, hdr);
    b->ntargets--;
    b->curloop = outer;
    b->cur = after;
}

static void lower_do(fb *b, node *n)
{
    node *body = kid(n, 0), *c = kid(n, 1);
    int32_t outer = b->curloop;
    int32_t after = new_block(b);
    int32_t L = new_loop(b, n);
    b->curloop = L;
    int32_t bodyb = new_block(b), condb = new_block(b);
    b->loops[L].header = (uint32_t)bodyb;
    goto_block(b, bodyb);
    results_forget_written(b, n);
    push_target(b, after, condb);
    lower_stmt(b, body);
    goto_block(b, condb);
    b->ntargets--;
    int64_t cv;
    if (!c || const_int(b, strip_x(c, false), &cv)) {
        bool t = !c || cv;
        goto_block(b, t ? bodyb : after);
        b->loops[L].infinite = t;
    } else {
        cond(b, c, bodyb, after);
    }
    b->curloop = outer;
    b->cur = after;
}

/* An init or increment rather than a condition: declarations, assignments, ++/--. */
static bool stepish(node *p)
{
    node *s = strip(p);
    if (!s) return false;
    if (s->kind == CXCursor_DeclStmt || s->kind == CXCursor_CompoundAssignOperator) return true;
    if (s->kind == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(s->c);
        return k == CXBinaryOperator_Assign || k == CXBinaryOperator_Comma;
    }
    if (s->kind == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind k = clang_getCursorUnaryOperatorKind(s->c);
        return k == CXUnaryOperator_PostInc || k == CXUnaryOperator_PostDec || k == CXUnaryOperator_PreInc ||
               k == CXUnaryOperator_PreDec;
    }
    return false;
}

static bool incish(node *p)
{
    node *s = strip(p);
    return s && (s->kind == CXCursor_UnaryOperator || s->kind == CXCursor_CompoundAssignOperator) && stepish(p);
}

/* The parts of a for header from their shape (when no token positions are usable). */
static void for_parts_by_shape(node *n, node **init, node **c, node **inc, node *body)
{
    node *p1 = n->first != body ? n->first : NULL;
    node *p2 = p1 && p1->next != body ? p1->next : NULL;
    if (p1 && !p2) {
        if (incish(p1)) *inc = p1;
        else if (stepish(p1)) *init = p1;
        else *c = p1;
    } else if (p1 && p2) {
        if (stepish(p1) && !incish(p1)) {
            *init = p1;
            if (stepish(p2)) *inc = p2;
            else *c = p2;
        } else {
            *c = p1;
            *inc = p2;
        }
    }
}

/* Which children of a ForStmt are init / cond / inc (missing ones are not
 * visited by libclang): decided by the semicolons of the header. */
static void for_parts(fb *b, node *n, node **init, node **c, node **inc, node **body)
{
    *init = *c = *inc = NULL;
    *body = n->last;
    uint32_t k = n->nkids;
    if (k == 4) {
        *init = kid(n, 0);
        *c = kid(n, 1);
        *inc = kid(n, 2);
        return;
    }
    if (k <= 1) return;
    /* In a macro every token has the same expansion offset: classify by shape. */
    CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(n->c));
    unsigned eoff = 0, soff = 0;
    CXFile ef = NULL, sf = NULL;
    clang_getExpansionLocation(start, &ef, NULL, NULL, &eoff);
    clang_getSpellingLocation(start, &sf, NULL, NULL, &soff);
    if (eoff != soff || ef != sf) {
        for_parts_by_shape(n, init, c, inc, *body);
        return;
    }
    CXSourceRange whole = clang_getCursorExtent(n->c);
    CXSourceRange hdr = clang_getRange(clang_getRangeStart(whole), clang_getRangeStart(clang_getCursorExtent((*body)->c)));
    CXToken *toks = NULL;
    unsigned nt = 0;
    clang_tokenize(b->f->ctu, hdr, &toks, &nt);
    unsigned semi[2] = { 0, 0 }, ns = 0;
    int depth = 0;
    for (unsigned i = 0; i < nt && ns < 2; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Punctuation) continue;
        CXString s = clang_getTokenSpelling(b->f->ctu, toks[i]);
        const char *t = clang_getCString(s);
        if (t[0] == '(' && !t[1]) depth++;
        else if (t[0] == ')' && !t[1]) depth--;
        else if (t[0] == ';' && !t[1] && depth == 1)
            clang_getExpansionLocation(clang_getTokenLocation(b->f->ctu, toks[i]), NULL, NULL, NULL, &semi[ns++]);
        clang_disposeString(s);
    }
    if (toks) clang_disposeTokens(b->f->ctu, toks, nt);
    if (ns != 2) {
        for_parts_by_shape(n, init, c, inc, *body);
        return;
    }
    for (node *p = n->first; p && p != *body; p = p->next) {
        unsigned off = 0;
        clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(p->c)), NULL, NULL, NULL, &off);
        if (off < semi[0]) *init = p;
        else if (off < semi[1]) *c = p;
        else *inc = p;
    }
}

static bool writes_var(node *root, int32_t vi)
{
    node *n = root;
    while (n) {
        if (n->kind == CXCursor_DeclRefExpr && n->ref_kind == REF_LOCAL && n->ref == vi && n->local_mark) return true;
        if (n->first) { n = n->first; continue; }
        while (n && n != root && !n->next) n = n->parent;
        if (!n || n == root) break;
        n = n->next;
    }
    return false;
}

static int32_t local_of(node *n)
{
    n = strip(n);
    return n && n->kind == CXCursor_DeclRefExpr && n->ref_kind == REF_LOCAL ? n->ref : -1;
}

static int64_t trip_count(fb *b, node *init, node *c, node *inc, node *body)
{
    if (!init || !c || !inc) return -1;
    int32_t vi = -1;
    int64_t a, lim;
    node *is = strip(init);
    if (is->kind == CXCursor_DeclStmt && is->nkids == 1 && is->first->kind == CXCursor_VarDecl) {
        node *vd = is->first;
        vi = vmap_find(b, vd->c);
        if (!vd->last || !is_expr(vd->last) || !const_int(b, vd->last, &a)) return -1;
    } else if (is->kind == CXCursor_BinaryOperator &&
               clang_getCursorBinaryOperatorKind(is->c) == CXBinaryOperator_Assign) {
        vi = local_of(is->first);
        if (!const_int(b, is->first->next, &a)) return -1;
    }
    if (vi < 0) return -1;
    node *cs = strip(c);
    if (cs->kind != CXCursor_BinaryOperator || local_of(cs->first) != vi || !const_int(b, cs->first->next, &lim))
        return -1;
    enum CXBinaryOperatorKind ck = clang_getCursorBinaryOperatorKind(cs->c);
    int step = 0;
    node *ns = strip(inc);
    if (ns->kind == CXCursor_UnaryOperator && local_of(ns->first) == vi) {
        enum CXUnaryOperatorKind uk = clang_getCursorUnaryOperatorKind(ns->c);
        if (uk == CXUnaryOperator_PostInc || uk == CXUnaryOperator_PreInc) step = 1;
        else if (uk == CXUnaryOperator_PostDec || uk == CXUnaryOperator_PreDec) step = -1;
    } else if (ns->kind == CXCursor_CompoundAssignOperator && local_of(ns->first) == vi) {
        int64_t s;
        CXString sp = clang_getCursorSpelling(ns->c);
        const char *op = clang_getCString(sp);
        if (const_int(b, ns->first->next, &s) && s == 1 && op)
            step = strcmp(op, "+=") == 0 ? 1 : strcmp(op, "-=") == 0 ? -1 : 0;
        clang_disposeString(sp);
    }
    if (!step || writes_var(body, vi)) return -1;
    if (step == 1) {
        if (ck == CXBinaryOperator_LT) return lim > a ? lim - a : 0;
        if (ck == CXBinaryOperator_LE) return lim >= a ? lim - a + 1 : 0;
        if (ck == CXBinaryOperator_NE) return lim >= a ? lim - a : -1;
    } else {
        if (ck == CXBinaryOperator_GT) return a > lim ? a - lim : 0;
        if (ck == CXBinaryOperator_GE) return a >= lim ? a - lim + 1 : 0;
        if (ck == CXBinaryOperator_NE) return a >= lim ? a - lim : -1;
    }
    return -1;
}

static void lower_for(fb *b, node *n)
{
    node *init, *c, *inc, *body;
    for_parts(b, n, &init, &c, &inc, &body);
    push_scope(b, n);
    if (init) {
        if (init->kind == CXCursor_DeclStmt) lower_decl_stmt(b, init);
        else lx(b, init, RVAL);
    }
    int32_t outer = b->curloop;
    int32_t after = new_block(b);
    int32_t L = new_loop(b, n);
    b->curloop = L;
    int32_t hdr = new_block(b), bodyb = new_block(b), incb = new_block(b);
    b->loops[L].header = (uint32_t)hdr;
    b->loops[L].trip_count = trip_count(b, init, c, inc, body);
    goto_block(b, hdr);
    results_forget_written(b, n);
    int64_t cv;
    if (!c || const_int(b, strip_x(c, false), &cv)) {
        bool t = !c || cv;
        goto_block(b, t ? bodyb : after);
        b->loops[L].infinite = t;
    } else {
        cond(b, c, bodyb, after);
    }
    b->cur = bodyb;
    push_target(b, after, incb);
    lower_stmt(b, body);
    b->ntargets--;
    goto_block(b, incb);
    if (inc) lx(b, inc, RVAL);
    goto_block(b, hdr);
    b->curloop = outer;
    b->cur = after;
    pop_scope(b, end_loc(b, n));
}

static void lower_if(fb *b, node *n)
{
    node *c = kid(n, 0), *then = kid(n, 1), *els = kid(n, 2);
    int32_t tb = new_block(b), eb = els ? new_block(b) : -1, after = new_block(b);
    cond(b, c, tb, els ? eb : after);
    int32_t *before = results_snapshot(b);
    b->cur = tb;
    lower_stmt(b, then);
    bool then_live = b->cur >= 0;
    int32_t *after_then = results_snapshot(b);
    goto_block(b, after);
    results_restore(b, before);
    bool else_live = true;
    if (els) {
        b->cur = eb;
        lower_stmt(b, els);
        else_live = b->cur >= 0;
        goto_block(b, after);
    }
    if (then_live && !else_live) results_restore(b, after_then);
    else if (then_live) results_merge(b, after_then);
    b->cur = after;
}

static void lower_switch(fb *b, node *n)
{
    node *c = kid(n, 0), *body = n->last;
    if (!c || body == c) { lx_kids(b, n); return; }
    val v = lx(b, c, RVAL);
    int32_t ev = result_event(b, v);
    ensure_cur(b);
    if (ev >= 0 && event_in_cur(b, ev)) b->events[ev].in_condition = true;
    int32_t dispatch = b->cur, after = new_block(b);
    GROW(b->sws, b->nsws, b->capsws);
    swctx *sw = &b->sws[b->nsws++];
    memset(sw, 0, sizeof *sw);
    sw->dispatch = dispatch;
    sw->event = ev;
    sw->deflt = -1;
    /* break leaves the switch; continue (cont = -1 here) finds the loop's target */
    push_target(b, after, -1);
    b->cur = -1;
    int32_t *before = results_snapshot(b);
    sw->before = before;
    lower_stmt(b, body);
    goto_block(b, after);
    results_merge(b, before);
    sw = &b->sws[b->nsws - 1];
    int32_t to = sw->deflt >= 0 ? sw->deflt : after;
    if (sw->event >= 0 && sw->nvals)
        for (uint32_t i = 0; i < sw->nvals; i++) add_edge(b, dispatch, to, COND_NE, sw->event, sw->vals[i]);
    else
        add_edge(b, dispatch, to, COND_ALWAYS, -1, 0);
    free(sw->vals);
    b->nsws--;
    b->ntargets--;
    b->cur = after;
}

static void lower_case(fb *b, node *n, bool is_default)
{
    node *sub = n->last;
    int32_t nb = new_block(b);
    bool fallthrough = b->cur >= 0;
    goto_block(b, nb);
    /* a join of the dispatch and the fall-through */
    if (!b->nsws) results_forget_all(b);
    else if (fallthrough) results_merge(b, b->sws[b->nsws - 1].before);
    else results_restore(b, b->sws[b->nsws - 1].before);
    if (b->nsws) {
        swctx *sw = &b->sws[b->nsws - 1];
        if (is_default) {
            sw->deflt = nb;
        } else {
            int64_t v = 0;
            bool known = n->nkids == 2 && const_int(b, n->first, &v);
            if (known && sw->event >= 0) {
                add_edge(b, sw->dispatch, nb, COND_EQ, sw->event, v);
                GROW(sw->vals, sw->nvals, sw->capvals);
                sw->vals[sw->nvals++] = v;
            } else {
                add_edge(b, sw->dispatch, nb, COND_ALWAYS, -1, v);
            }
        }
    }
    b->cur = nb;
    if (sub && (is_default || n->nkids >= 2)) lower_stmt(b, sub);
}

static void jump_to_target(fb *b, bool is_break, node *n)
{
    for (uint32_t i = b->ntargets; i-- > 0;) {
        target *t = &b->targets[i];
        int32_t to = is_break ? t->brk : t->cont;
        if (to < 0) continue;
        emit_cleanups(b, t->depth, loc_of(b, n));
        goto_block(b, to);
        b->cur = -1;
        return;
    }
    b->cur = -1;
}

static void lower_return(fb *b, node *n)
{
    node *e = n->first && is_expr(n->first) ? n->first : NULL;
    ir_operand *op = NULL;
    if (e) {
        val v = lx(b, e, RVAL);
        op = ir_alloc(b->tu, sizeof *op);
        *op = make_operand(b, e, v);
        if (v.key && v.call < 0) {
            ir_type cls = fe_type_class(b->f, clang_getCursorType(strip_x(e, false)->c));
            if (fe_is_sync_class(cls)) {
                int32_t ce = emit(b, EV_COPY, loc_of(b, e));
                b->events[ce].key = v.key;
                b->events[ce].text = "returned";
            }
        }
    }
    ir_loc loc = loc_of(b, n);
    emit_cleanups(b, 0, loc);
    int32_t ev = emit(b, EV_RETURN, loc);
    if (op) {
        b->events[ev].nargs = 1;
        b->events[ev].args = op;
    }
    goto_block(b, b->exit);
    b->cur = -1;
}

/* Labels are function-scoped: match by name. */
static label *label_of(fb *b, node *ref)
{
    CXString rs = clang_getCursorSpelling(ref->c);
    const char *rn = clang_getCString(rs);
    label *found = NULL;
    for (uint32_t i = 0; i < b->nlabels && rn && !found; i++) {
        CXString ls = clang_getCursorSpelling(b->labels[i].n->c);
        const char *ln = clang_getCString(ls);
        if (ln && strcmp(ln, rn) == 0) found = &b->labels[i];
        clang_disposeString(ls);
    }
    clang_disposeString(rs);
    return found;
}

static int32_t label_block(fb *b, label *l)
{
    if (l->block < 0) {
        /* the label's block belongs to the label's innermost loop, set when reached */
        l->block = new_block(b);
    }
    return l->block;
}

static bool is_ancestor(node *a, node *x)
{
    for (; x; x = x->parent)
        if (x == a) return true;
    return false;
}

static void lower_goto(fb *b, node *n)
{
    node *ref = n->first;
    label *l = NULL;
    if (ref) l = label_of(b, ref);
    if (!l) { b->cur = -1; return; }
    /* leave every scope that does not enclose the label */
    uint32_t keep = 0;
    for (uint32_t s = b->nscopes; s-- > 0;)
        if (is_ancestor(b->scopes[s].n, l->n)) { keep = s + 1; break; }
    emit_cleanups(b, keep, loc_of(b, n));
    goto_block(b, label_block(b, l));
    b->cur = -1;
}

static void lower_label(fb *b, node *n)
{
    label *l = NULL;
    for (uint32_t i = 0; i < b->nlabels; i++)
        if (b->labels[i].n == n) l = &b->labels[i];
    int32_t lb = l ? label_block(b, l) : new_block(b);
    b->blocks[lb].loop = b->curloop;
    goto_block(b, lb);
    results_forget_all(b); /* a join with every goto */
    for (node *k = n->first; k; k = k->next)
        if (k->kind != CXCursor_LabelRef) lower_stmt(b, k);
}

static void lower_compound(fb *b, node *n)
{
    push_scope(b, n);
    for (node *k = n->first; k; k = k->next) lower_stmt(b, k);
    pop_scope(b, end_loc(b, n));
}

static void lower_stmt(fb *b, node *n)
{
    if (!n) return;
    if (!enter(b)) return;
    if (n->kind != CXCursor_CompoundStmt) b->stmt_loc = loc_of(b, n);
    switch (n->kind) {
    case CXCursor_CompoundStmt: lower_compound(b, n); break;
    case CXCursor_DeclStmt: lower_decl_stmt(b, n); break;
    case CXCursor_IfStmt: lower_if(b, n); break;
    case CXCursor_WhileStmt: lower_while(b, n); break;
    case CXCursor_DoStmt: lower_do(b, n); break;
    case CXCursor_ForStmt: lower_for(b, n); break;
    case CXCursor_SwitchStmt: lower_switch(b, n); break;
    case CXCursor_CaseStmt: lower_case(b, n, false); break;
    case CXCursor_DefaultStmt: lower_case(b, n, true); break;
    case CXCursor_BreakStmt: jump_to_target(b, true, n); break;
    case CXCursor_ContinueStmt: jump_to_target(b, false, n); break;
    case CXCursor_ReturnStmt: lower_return(b, n); break;
    case CXCursor_GotoStmt: lower_goto(b, n); break;
    case CXCursor_IndirectGotoStmt:
        if (n->first) lx(b, n->first, RVAL);
        ensure_cur(b);
        for (uint32_t i = 0; i < b->nlabels; i++) add_edge(b, b->cur, label_block(b, &b->labels[i]), COND_ALWAYS, -1, 0);
        b->cur = -1;
        break;
    case CXCursor_LabelStmt: lower_label(b, n); break;
    case CXCursor_NullStmt: case CXCursor_GCCAsmStmt: case CXCursor_MSAsmStmt: break;
    default:
        if (is_expr(n)) lx(b, n, RVAL);
        else
            for (node *k = n->first; k; k = k->next) lower_stmt(b, k);
        break;
    }
    leave(b);
}

/* ---- Finishing: prune dead blocks, compute preds and back edges ------------------------------------------------- */
static void finish(fb *b, ir_func *fn)
{
    ir_tu *tu = b->tu;
    uint32_t nb = b->nblocks;
    int32_t *newid = malloc(sizeof *newid * nb);
    uint32_t *stack = malloc(sizeof *stack * (nb + 1));
    if (!newid || !stack) abort();
    for (uint32_t i = 0; i < nb; i++) newid[i] = -1;
    uint32_t sp = 0;
    newid[0] = 0;
    stack[sp++] = 0;
    while (sp) {
        uint32_t x = stack[--sp];
        for (uint32_t i = 0; i < b->blocks[x].nsuccs; i++) {
            uint32_t y = b->blocks[x].succs[i].to;
            if (newid[y] < 0) { newid[y] = 0; stack[sp++] = y; }
        }
    }
    newid[b->exit] = 0;
    uint32_t nkept = 0;
    for (uint32_t i = 0; i < nb; i++)
        if (newid[i] >= 0) newid[i] = (int32_t)nkept++;

    /* events of kept blocks, in their original order (each block's range
     * stays contiguous) */
    int32_t *evmap = malloc(sizeof *evmap * (b->nevents + 1));
    if (!evmap) abort();
    for (uint32_t i = 0; i < b->nevents; i++) evmap[i] = -1;
    for (uint32_t i = 0; i < nb; i++)
        if (newid[i] >= 0)
            for (uint32_t e = 0; e < b->blocks[i].n; e++) evmap[b->blocks[i].first + e] = 0;
    uint32_t nev = 0;
    for (uint32_t i = 0; i < b->nevents; i++)
        if (evmap[i] >= 0) evmap[i] = (int32_t)nev++;
    ir_event *events = ir_alloc(tu, sizeof *events * (nev ? nev : 1));
    for (uint32_t i = 0; i < b->nevents; i++) {
        if (evmap[i] < 0) continue;
        ir_event e = b->events[i];
        if (e.defer_event >= 0) e.defer_event = evmap[e.defer_event];
        events[evmap[i]] = e;
    }
    if (nev != b->nevents) {
        for (uint32_t i = 0; i < b->nevents; i++) {
            ir_key k = b->events[i].key;
            if (!k) continue;
            const ir_keyinfo *ki = &tu->keys[k];
            if (ki->kind == KEY_TEMP && ki->func == b->fidx && ki->index == (int32_t)i)
                ir__key_set_index(tu, k, evmap[i]);
        }
    }

    /* loops whose header survived */
    int32_t *loopmap = malloc(sizeof *loopmap * (b->nloops + 1));
    if (!loopmap) abort();
    uint32_t nloops = 0;
    for (uint32_t i = 0; i < b->nloops; i++)
        loopmap[i] = newid[b->loops[i].header] >= 0 ? (int32_t)nloops++ : -1;
    ir_loop *loops = ir_alloc(tu, sizeof *loops * (nloops ? nloops : 1));
    for (uint32_t i = 0; i < b->nloops; i++) {
        if (loopmap[i] < 0) continue;
        ir_loop l = b->loops[i];
        int32_t p = l.parent;
        while (p >= 0 && loopmap[p] < 0) p = b->loops[p].parent;
        l.parent = p >= 0 ? loopmap[p] : -1;
        l.header = (uint32_t)newid[l.header];
        loops[loopmap[i]] = l;
    }

    ir_block *blocks = ir_alloc(tu, sizeof *blocks * nkept);
    uint32_t *npreds = calloc(nkept, sizeof *npreds);
    if (!npreds) abort();
    for (uint32_t i = 0; i < nb; i++) {
        if (newid[i] < 0) continue;
        bblock *src = &b->blocks[i];
        ir_block *bl = &blocks[newid[i]];
        bl->id = (uint32_t)newid[i];
        bl->first_event = src->n ? (uint32_t)evmap[src->first] : 0;
        bl->nevents = src->n;
        int32_t lp = src->loop;
        while (lp >= 0 && loopmap[lp] < 0) lp = b->loops[lp].parent;
        bl->loop = lp >= 0 ? loopmap[lp] : -1;
        bl->loc = src->loc;
        if ((int32_t)i == b->exit) continue; /* the exit has no successors */
        bl->succs = ir_alloc(tu, sizeof *bl->succs * (src->nsuccs ? src->nsuccs : 1));
        for (uint32_t s = 0; s < src->nsuccs; s++) {
            ir_edge e = src->succs[s];
            e.to = (uint32_t)newid[e.to];
            if (e.event >= 0) {
                e.event = evmap[e.event];
                if (e.event < 0) { e.cond = COND_ALWAYS; e.event = -1; }
            }
            bl->succs[bl->nsuccs++] = e;
        }
    }
    /* back edges: into a loop header from inside that loop */
    for (uint32_t i = 0; i < nkept; i++) {
        ir_block *bl = &blocks[i];
        for (uint32_t s = 0; s < bl->nsuccs; s++) {
            ir_edge *e = &bl->succs[s];
            for (int32_t lp = bl->loop; lp >= 0; lp = loops[lp].parent)
                if (loops[lp].header == e->to) { e->back = true; break; }
        }
    }
    /* preds (deduplicated) */
    for (uint32_t i = 0; i < nkept; i++)
        for (uint32_t s = 0; s < blocks[i].nsuccs; s++) npreds[blocks[i].succs[s].to]++;
    for (uint32_t i = 0; i < nkept; i++) blocks[i].preds = ir_alloc(tu, sizeof(uint32_t) * (npreds[i] ? npreds[i] : 1));
    for (uint32_t i = 0; i < nkept; i++)
        for (uint32_t s = 0; s < blocks[i].nsuccs; s++) {
            ir_block *t = &blocks[blocks[i].succs[s].to];
            bool dup = false;
            for (uint32_t p = 0; p < t->npreds; p++)
                if (t->preds[p] == i) dup = true;
            if (!dup) t->preds[t->npreds++] = i;
        }
    fn->blocks = blocks;
    fn->nblocks = nkept;
    fn->events = events;
    fn->nevents = nev;
    fn->loops = loops;
    fn->nloops = nloops;
    fn->exit = (uint32_t)newid[b->exit];
    free(npreds);
    free(loopmap);
    free(evmap);
    free(stack);
    free(newid);
}

/* ---- Entry point -------------------------------------------------------------------------------------------------- */
bool fe_lower_function(fe_tu *f, CXCursor fc, uint32_t index)
{
    fb b;
    memset(&b, 0, sizeof b);
    b.f = f;
    b.tu = f->tu;
    b.fidx = (int32_t)index;
    b.curloop = -1;
    ir_func *fn = &f->tu->funcs[index];
    fn->index = index;
    fn->loc = fe_cursor_loc(f, fc);
    fn->is_static = clang_Cursor_getStorageClass(fc) == CX_SC_Static;

    /* copy the AST */
    node *root = scratch_alloc(&f->scratch, sizeof *root);
    root->c = fc;
    root->kind = clang_getCursorKind(fc);
    root->ref = -1;
    struct build st = { &b, NULL, 1, 256 };
    st.stack = malloc(sizeof *st.stack * st.cap);
    if (!st.stack) abort();
    st.stack[0] = root;
    clang_visitChildren(fc, build_visit, &st);
    free(st.stack);
    b.root = root;

    prepass(&b);

    node *body = NULL;
    for (node *k = root->first; k; k = k->next)
        if (k->kind == CXCursor_CompoundStmt) body = k;
    if (body) fn->end_loc = end_loc(&b, body);

    /* lower: entry block 0, exit block 1 */
    b.cur = new_block(&b);
    b.exit = new_block(&b);
    if (body) {
        push_scope(&b, root);
        lower_stmt(&b, body);
        b.nscopes = 0;
    }
    goto_block(&b, b.exit);
    finish(&b, fn);

    /* params and locals */
    fn->nparams = b.nparams;
    fn->nlocals = b.nlocals;
    fn->params = ir_alloc(f->tu, sizeof *fn->params * (b.nparams ? b.nparams : 1));
    fn->locals = ir_alloc(f->tu, sizeof *fn->locals * (b.nlocals ? b.nlocals : 1));
    for (uint32_t i = 0; i < b.nvars; i++) {
        var *v = &b.vars[i];
        if (v->is_param) fn->params[v->ir_index] = v->v;
        else fn->locals[v->ir_index] = v->v;
    }
    fe_annots_of(f, fc, &fn->annots, &fn->nannots, (int32_t)index, fn->params, fn->nparams);

    for (uint32_t i = 0; i < b.nblocks; i++) free(b.blocks[i].succs);
    free(b.blocks);
    free(b.events);
    free(b.loops);
    free(b.vars);
    free(b.vmap);
    free(b.param_var);
    free(b.local_var);
    free(b.scopes);
    free(b.cleanups);
    free(b.targets);
    free(b.sws);
    free(b.labels);
    return !b.too_deep;
}
