/* fe_util.h: helpers for the frontend tests: lower a C snippet (written to
 * a temporary file) and describe its CFG compactly so tests can assert on
 * the sequence of events along a path and on edge conditions. */
#ifndef FE_UTIL_H
#define FE_UTIL_H

#include "diag.h"
#include "frontend.h"
#include "ir.h"

/* Lowers `code` (a complete C file; co.h is on the include path). */
ir_tu *lower_snippet(const char *code, diag_list *notes, bool *analysable);
/* Lowers a file's raw bytes (len may include NULs). */
ir_tu *lower_bytes(const char *bytes, size_t len, diag_list *notes, bool *analysable);
void fe_util_teardown(void);

const ir_func *func(const ir_tu *tu, const char *name);
/* One event, compactly: "call co_mutex_lock(mu)", "~call co_mutex_unlock(mu)"
 * (deferred), "defer co_mutex_unlock(mu)", "read s->x", "write g",
 * "assign j=arg", "ret", "ret(x)", "spawn worker(arg)", "copy mu passed". */
const char *ev_str(const ir_tu *tu, const ir_event *e);
/* The events of a block joined with "; ". */
const char *block_str(const ir_tu *tu, const ir_func *fn, uint32_t b);
/* Follows the CFG from the entry: at a block with several successors takes
 * successor choices[i++] (a missing choice = 0); stops at the exit. Returns
 * the events along the way joined with "; ", and the number of blocks visited
 * (entry and exit included) in *nblocks. At most 1000 steps. */
const char *path_str(const ir_tu *tu, const ir_func *fn, const char *choices, uint32_t *nblocks);
/* All events of the function in index order, joined with "; ". */
const char *all_events(const ir_tu *tu, const ir_func *fn);
/* The first event whose ev_str starts with `prefix`, or -1. */
int32_t find_event(const ir_tu *tu, const ir_func *fn, const char *prefix);
/* The block holding event `ev`. */
uint32_t block_of(const ir_func *fn, uint32_t ev);
/* Number of notes whose message contains `needle`. */
size_t notes_matching(const diag_list *notes, const char *needle);

#endif
