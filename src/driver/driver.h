/* driver.h: the driver's internal modules (not seen by rules nor by the
 * frontend): source text access, suppressions, config, rule selection,
 * input discovery, compile_commands.json, the parallel runner and the
 * emitters. Each is one .c file in src/driver/. */
#ifndef CVET_DRIVER_H
#define CVET_DRIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "rule.h"

/* ---- diag.c extras --------------------------------------------------------- */
/* Interns a file name for the life of the process (thread-safe). */
const char *diag_intern_path(const char *path);
/* After diag_list_sort: drops exact duplicates (a header finding seen from
 * several translation units). */
void diag_list_dedupe(diag_list *l);

/* ---- source.c: file text for snippets, suppressions, SARIF columns --------- */
typedef struct source_file {
    const char *path;
    char *text;            /* NUL-terminated copy (may contain other NULs) */
    size_t len;
    bool ok;               /* false: could not be read */
    size_t nlines;
    size_t *line_start;    /* byte offset of each line (nlines entries) */
} source_file;

typedef struct source_cache source_cache;
source_cache *source_cache_new(void);
void source_cache_free(source_cache *c);
/* The file's text, read once (NULL path or an unreadable file: ok=false). */
const source_file *source_get(source_cache *c, const char *path);
source_file *source_read(const char *path);          /* uncached */
void source_file_free(source_file *f);
/* Line `line` (1-based) without its newline; false when out of range. */
bool source_line(const source_file *f, uint32_t line, const char **start, size_t *len);
/* Converts a 1-based byte column on `line` into a 1-based UTF-16 code unit
 * column (invalid UTF-8 bytes count one unit each). */
uint32_t utf16_column(const char *line, size_t len, uint32_t byte_col);
/* A malloc'd copy with invalid UTF-8 bytes replaced by U+FFFD (for JSON). */
char *utf8_sanitize(const char *s);

/* ---- suppress.c ------------------------------------------------------------- */
typedef struct suppression {
    uint32_t line, col;    /* where the comment starts */
    bool file_wide;        /* cvet:ignore-file */
    char *rule_id;         /* NULL: none given */
    char *reason;          /* NULL: none given */
    bool used;
} suppression;

typedef struct suppression_list { suppression *items; size_t n; } suppression_list;

/* Finds `// cvet:ignore RULE reason` and `// cvet:ignore-file RULE reason`
 * comments (also in block comments), skipping string and char literals. */
void suppress_parse(const char *text, size_t len, suppression_list *out);
void suppression_list_free(suppression_list *s);

/* Marks the findings of `file` in l->items[from..] suppressed (the comment
 * on the finding's line or the line above, or a file-wide one). When
 * `report_level` is not LEVEL_NONE, adds `unused-suppression` findings for
 * suppressions without a reason, naming an unknown rule, or (for a rule
 * that ran: rule_ran(id)) suppressing nothing. */
void suppress_apply(diag_list *l, size_t from, const char *file, suppression_list *s,
                    bool (*rule_ran)(const char *id, void *ud), void *ud, diag_level report_level);

extern const rule rule_unused_suppression;

/* ---- jsonfile.c: shared by the JSON readers (config.c, compdb.c) ------------ */
/* Formats the message into err (errlen bytes) and returns false. */
bool errbuf_fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The 1-based line of text where the last failed cJSON_Parse stopped. */
unsigned json_error_line(const char *text);

/* ---- config.c: .cvet.json ----------------------------------------------------- */
typedef struct cvet_config {
    char *path;                    /* the file read; NULL when there was none */
    char *dir;                     /* its directory (for exclude patterns) */
    char **enable;  size_t nenable;
    char **disable; size_t ndisable;
    char **level_ids; diag_level *levels; size_t nlevels;
    char **exclude; size_t nexclude;
    char **compiler_args; size_t ncompiler_args;
} cvet_config;

/* Parses config text; on error returns false with a message naming `path`,
 * the key and what was expected. */
bool config_parse(const char *text, const char *path, cvet_config *out, char *err, size_t errlen);
bool config_load(const char *path, cvet_config *out, char *err, size_t errlen);
/* Walks up from the current directory; malloc'd path of .cvet.json or NULL. */
char *config_find(void);
void config_free(cvet_config *c);

/* ---- select.c: which rules run, at which level ---------------------------------- */
typedef struct rule_selection {
    size_t n;
    const rule *const *rules;   /* the registry, in its order */
    diag_level *level;          /* effective level; LEVEL_NONE = not run */
    bool *enabled;
} rule_selection;

void selection_init(rule_selection *s);   /* defaults: every rule at its default level */
void selection_free(rule_selection *s);
/* `spec` is comma-separated ids or fnmatch globs. An id that names no rule
 * (or a glob that matches none) is an error. */
bool selection_apply(rule_selection *s, const char *spec, bool enable, char *err, size_t errlen);
bool selection_set_level(rule_selection *s, const char *id, diag_level level, char *err, size_t errlen);
bool selection_runs(const rule_selection *s, size_t i);

/* ---- inputs.c / compdb.c: what to analyse, with which arguments ----------------- */
typedef struct input_file {
    char *path;             /* as the user (or compile_commands.json) named it */
    char **args; size_t nargs;  /* compiler arguments (not including the file) */
    char *workdir;          /* NULL: the current directory */
} input_file;

typedef struct input_list { input_file *items; size_t n, cap; } input_list;

/* Adds PATH (a file, or a directory recursed for *.c skipping hidden and
 * build directories and symlink loops) to `out`; problems go to `notes`
 * (an unreadable directory is an error note). Excluded paths are skipped. */
void inputs_collect(const char *path, const cvet_config *cfg, input_list *out, diag_list *notes);
bool inputs_excluded(const cvet_config *cfg, const char *path);
/* Drops files named twice (by realpath), keeping the first spelling and the order. */
void inputs_dedupe(input_list *l);
void inputs_free(input_list *l);

typedef struct compdb_entry {
    char *file;             /* realpath */
    char *directory;
    char **args; size_t nargs;  /* cleaned: no argv[0], -c, -o, the file, GCC-only flags */
} compdb_entry;
typedef struct compdb { compdb_entry *items; size_t n; char *path; } compdb;

/* Reads `dir_or_file` (a directory holding compile_commands.json, or the
 * file). False with a clear message when missing or malformed. */
bool compdb_load(const char *dir_or_file, compdb *db, char *err, size_t errlen);
bool compdb_parse(const char *text, const char *path, compdb *db, char *err, size_t errlen);
void compdb_free(compdb *db);
/* Splits a shell command line (quotes and backslashes) into words. */
char **shell_split(const char *cmd, size_t *count);
/* Cleans a compiler command's argv for libclang (see compdb_entry). */
char **compdb_clean_args(char *const *argv, size_t argc, const char *file, const char *dir, size_t *count);

/* ---- run.c: the parallel analysis ------------------------------------------------ */
typedef struct run_opts {
    const input_list *inputs;
    const rule_selection *sel;
    const char *co_dir;
    const char *const *extra_args; size_t nextra;   /* config + after `--` */
    unsigned jobs;
    bool progress;          /* draw a progress line on stderr */
    FILE *dump_ir;          /* non-NULL: dump each file's IR there (no rules run) */
} run_opts;

/* Analyses every input; returns the merged, sorted list. *nfailed counts
 * files that could not be analysed. */
void run_analysis(const run_opts *o, diag_list *out, size_t *nfailed);

/* ---- Emitters ---------------------------------------------------------------------- */
typedef struct emit_opts {
    const rule_selection *sel;   /* the rules that ran (SARIF rules, JSON "rules") */
    source_cache *src;
    bool colour;                 /* text: ANSI colours */
    bool snippets;               /* text: source line and caret (false for gcc) */
    const char *srcroot;         /* SARIF %SRCROOT% (a realpath'd directory) */
    const char *version;         /* cvet's version */
    size_t files_total, files_failed;
} emit_opts;

void emit_text(FILE *out, const diag_list *l, const emit_opts *o);   /* findings, not suppressed */
void emit_notes_text(FILE *out, const diag_list *l, bool colour);    /* tool notes */
void emit_json(FILE *out, const diag_list *l, const emit_opts *o);
void emit_sarif(FILE *out, const diag_list *l, const emit_opts *o);

/* SARIF helpers, exposed for tests. */
char *sarif_uri(const char *path, const char *srcroot, bool *relative); /* malloc'd */
char *sarif_fingerprint(const char *rule_id, const source_file *f, uint32_t line); /* malloc'd */

#endif /* CVET_DRIVER_H */
