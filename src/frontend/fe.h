/* fe.h: internals shared by the frontend's files (frontend.c: parsing, the
 * TU walk, declarations and types; lower.c: the CFG builder). Not a public
 * header: only src/frontend/ includes it (and clang-c). */
#ifndef CVET_FE_H
#define CVET_FE_H

#include <clang-c/Index.h>

#include "diag.h"
#include "ir.h"

/* A node of the frontend's own copy of one function's AST: libclang is
 * walked once, iteratively (CXChildVisit_Recurse with an explicit parent
 * stack), so arbitrarily deep code never recurses in libclang callbacks. */
typedef struct node {
    CXCursor c;
    enum CXCursorKind kind;
    struct node *parent, *first, *next, *last;
    uint32_t nkids;
    /* Filled by the pre-pass for DeclRefExpr: what it names. */
    uint8_t ref_kind;   /* REF_* */
    int32_t ref;        /* local index, global index, function index, or -1 */
    const char *ref_name; /* function name (REF_FUNC) */
    uint8_t local_mark;  /* pre-pass: MARK_WRITE / MARK_ADDR on a DeclRefExpr */
    uint8_t api;         /* REF_FUNC: the co.h API (ir_api) */
    uint8_t noreturn;    /* REF_FUNC: the function never returns (exit, abort, ...) */
} node;

enum { MARK_WRITE = 1, MARK_ADDR = 2 };
enum { REF_NONE, REF_LOCAL, REF_GLOBAL, REF_FUNC, REF_ENUM, REF_OTHER };

/* A scratch arena for per-function data (reset after each function). */
typedef struct scratch_chunk scratch_chunk;
typedef struct scratch { scratch_chunk *head; } scratch;
void *scratch_alloc(scratch *s, size_t n);
void  scratch_reset(scratch *s);
void  scratch_free(scratch *s);

/* Per-parse context shared by frontend.c and lower.c. */
typedef struct fe_tu {
    ir_tu *tu;
    CXTranslationUnit ctu;
    CXFile main_file;
    const char *src;        /* main file contents (for source text slices) */
    size_t src_len;
    diag_list *notes;
    /* File interning cache. */
    CXFile last_file;
    uint32_t last_file_id;
    /* Functions defined in the main file (index = ir function index). */
    uint32_t nfuncs, capfuncs;
    CXCursor *func_cursors;
    const char **func_names;
    /* Globals (grown while lowering: externs of other files used here). */
    uint32_t nglobals, capglobals;
    ir_var *globals;
    uint32_t nfield_annots, capfield_annots;
    ir_field_annot *field_annots;
    bool *field_annot_names_field; /* the annotation names a field of its record */
    /* Memo tables keyed by a canonical type's opaque pointer: type class,
     * record spelling. */
    uint32_t ntycache, captycache;
    void *tycache;
    uint32_t nrnames, caprnames;
    void *rnames;
    /* Name -> index hash maps (open addressing, index+1; 0 = empty). */
    int32_t *func_map; uint32_t capfunc_map;
    int32_t *global_map; uint32_t capglobal_map;
    const void *api_decl_ok[API__COUNT]; /* declarations verified to be co.h's */
    uint32_t nnoret, capnoret;
    void *noret;            /* memo: function declaration -> noreturn */
    scratch scratch;
    bool deep_note_done;
} fe_tu;

/* frontend.c */
ir_loc fe_loc(fe_tu *f, CXSourceLocation loc);
ir_loc fe_cursor_loc(fe_tu *f, CXCursor c);
ir_type fe_type_class(fe_tu *f, CXType t);
bool fe_is_sync_class(ir_type t);
/* The action of a co_defer_*_t guard type, API_NONE if not a guard. */
ir_api fe_guard_api(CXType t);
/* API of a function declaration cursor (name in IR_API_LIST, declared in co.h). */
ir_api fe_api_of_decl(fe_tu *f, CXCursor decl, const char *name);
int32_t fe_func_index(fe_tu *f, const char *name);
/* Does a call to this function declaration never return? */
bool fe_func_noreturn(fe_tu *f, CXCursor decl);
int32_t fe_global_index(fe_tu *f, CXCursor decl);  /* adds it if new */
ir_key fe_global_key(fe_tu *f, int32_t gi);
const char *fe_record_name(fe_tu *f, CXType record);  /* arena string, canonical spelling */
const char *fe_type_text(fe_tu *f, CXType t);
void fe_annots_of(fe_tu *f, CXCursor decl, ir_annot **out, uint32_t *n, int32_t func, const ir_var *params,
                  uint32_t nparams);
/* Resolves an annotation argument ("mu", "s->mu", "&g.mu") to a key. */
ir_key fe_resolve_annot(fe_tu *f, const char *arg, int32_t func, const ir_var *params, uint32_t nparams);
char *fe_cxstr(fe_tu *f, CXString s); /* arena copy, disposes s */

/* lower.c */
/* Lowers one function definition into tu->funcs[index]. Returns false (and
 * leaves an empty CFG) when the function is too deeply nested. */
bool fe_lower_function(fe_tu *f, CXCursor fn, uint32_t index);

/* ir.c internals */
void ir__key_set_index(ir_tu *tu, ir_key k, int32_t index);

#endif /* CVET_FE_H */
