/* frontend.h: the only module that includes clang-c/Index.h. It parses one
 * file and lowers the functions defined in its main file into the IR. One
 * frontend per worker thread (it owns a CXIndex). */
#ifndef CVET_FRONTEND_H
#define CVET_FRONTEND_H

#include "diag.h"
#include "ir.h"

typedef struct frontend frontend;

/* Creates a frontend. `co_include_dir` is the directory holding co.h (the
 * driver finds it); it and clang's resource directory are added to every
 * parse. Create frontends one at a time (libclang's rule). */
frontend *frontend_new(const char *co_include_dir);
void frontend_free(frontend *fe);

/* Parses `path` with compiler arguments `args` (not including the file),
 * as if run in `workdir` (NULL = current directory). Problems go to
 * `notes`: parse errors, missing headers, unreadable or binary files.
 * Returns the TU, or NULL when the file could not be analysed at all.
 * `*analysable` is set false when the file had errors, so no rule should
 * run on it (the TU is still returned for diagnostics). */
ir_tu *frontend_parse(frontend *fe, const char *path, const char *const *args, size_t nargs,
                      const char *workdir, diag_list *notes, bool *analysable);

/* libclang's version string, for --version. */
const char *frontend_clang_version(void);

#endif /* CVET_FRONTEND_H */
