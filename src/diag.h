/* diag.h: the one diagnostic model. Rules build diagnostics; the driver
 * applies suppressions, levels and sorting; emitters print them. Emitters
 * never see the IR, rules never see emitters. */
#ifndef CVET_DIAG_H
#define CVET_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum diag_level { LEVEL_NONE = 0, LEVEL_NOTE, LEVEL_WARNING, LEVEL_ERROR } diag_level;
const char *diag_level_name(diag_level l);        /* "note", "warning", "error", "none" */
bool        diag_level_parse(const char *s, diag_level *out);

typedef struct src_loc {
    const char *file; /* path as the user named it (or as in compile_commands) */
    uint32_t line, col; /* 1-based; col in bytes */
} src_loc;

typedef struct diag_note {  /* a related location, or one step of a path */
    src_loc loc;
    char *message;
} diag_note;

typedef struct diag_fixit {
    src_loc loc;          /* start of the replaced range */
    uint32_t len;         /* bytes replaced (0 = insertion) */
    char *replacement;
} diag_fixit;

typedef struct diag {
    const char *rule_id;
    diag_level level;
    char *message;
    src_loc loc;
    diag_note *related; size_t nrelated;
    diag_note *path;    size_t npath;     /* SARIF codeFlows */
    diag_fixit *fixits; size_t nfixits;
    /* set by the driver */
    bool suppressed;
    char *suppress_reason;
} diag;

/* Tool notifications: what could not be analysed, and why. Never findings. */
typedef struct tool_note {
    diag_level level;     /* LEVEL_ERROR: the file was not analysed (exit 3) */
    src_loc loc;          /* file (and line/col when known) */
    char *message;
} tool_note;

typedef struct diag_list {
    diag *items; size_t n, cap;
    tool_note *notes; size_t nnotes, capnotes;
} diag_list;

diag *diag_list_add(diag_list *l, const char *rule_id, diag_level level, src_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void  diag_add_related(diag *d, src_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void  diag_add_step(diag *d, src_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void  diag_add_fixit(diag *d, src_loc loc, uint32_t len, const char *replacement);
void  diag_list_note(diag_list *l, diag_level level, src_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void  diag_list_append(diag_list *dst, diag_list *src); /* moves src's items into dst */
void  diag_list_sort(diag_list *l);   /* file, line, col, rule, message: deterministic */
void  diag_list_free(diag_list *l);

#endif /* CVET_DIAG_H */
